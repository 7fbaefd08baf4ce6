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

    /**
     * One document's rows made ready to write: for text formats, the text itself encoded,
     * so that worker threads do the formatting and the writing thread only copies bytes.
     * Must be safe to call from any thread, while other documents are written.
     */
    default Prepared prepare(List<Row> rows) {
        return new Prepared(rows, null);
    }

    /** Writes what {@link #prepare} made, as {@link #write} would have written the rows. */
    default void write(Prepared prepared) throws IOException {
        write(prepared.rows());
    }

    /** Rows, and their formatted text in the output's encoding when the format made it ahead (else null). */
    record Prepared(List<Row> rows, byte[] encoded) {
    }

    /** Flushes what is buffered and closes the stream written to. */
    @Override
    void close() throws IOException;
}
