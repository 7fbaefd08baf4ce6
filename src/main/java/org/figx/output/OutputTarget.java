package org.figx.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the rows go. A run writes to {@link #stream()}, closes what it wrapped
 * around it, then calls {@link #commit()}; {@link #close()} without a commit
 * discards what a file target had written.
 */
public interface OutputTarget extends Closeable {

    OutputStream stream();

    /**
     * True once the reader is gone (stdout closed, as in {@code figx big/ | head}): stop
     * writing. A file or a device has no reader to lose; its write errors are IOExceptions.
     */
    default boolean readerGone() {
        return false;
    }

    /** Makes the output final. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
