package org.figx.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes rows in one output format. Knows nothing of languages or extraction. */
public interface RowWriter extends Closeable {

    /** The column names; called once, before any row. */
    void writeHeader() throws IOException;

    /** The rows of one document, in order. */
    void write(List<Row> rows) throws IOException;

    /** Flushes what is buffered and closes the stream written to. */
    @Override
    void close() throws IOException;
}
