package org.figx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format that writes each row as one record of UTF-8 text (CSV, TSV, JSON Lines):
 * the loop, the preparation on worker threads and the output are shared; a
 * format only says how one row is written.
 *
 * <p>Rows are formatted and encoded to UTF-8 by {@link #prepare} on the worker that
 * found them, so the one writing thread only copies bytes: with several workers it
 * would otherwise become the bottleneck.
 */
abstract class LineRowWriter implements RowWriter {
    private final OutputStream out;
    private final int charsPerRow;

    /** @param charsPerRow a guess of one row's length, to size the text of prepared rows */
    LineRowWriter(OutputStream stream, int charsPerRow) {
        this.out = new BufferedOutputStream(stream, OutputFormat.BUFFER_BYTES);
        this.charsPerRow = charsPerRow;
    }

    /** Writes one row, line end included. */
    abstract void writeRow(Row row, Appendable to) throws IOException;

    /** Writes the header line; nothing for a format that has none. */
    void writeHeader(Appendable to) throws IOException {
    }

    @Override
    public final void writeHeader() throws IOException {
        StringBuilder header = new StringBuilder();
        writeHeader(header);
        out.write(header.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        write(prepare(rows));
    }

    @Override
    public Prepared prepare(List<Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * charsPerRow);
        try {
            for (Row row : rows) {
                writeRow(row, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new Prepared(rows, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(Prepared prepared) throws IOException {
        if (prepared.encoded() == null) {
            write(prepared.rows());
        } else {
            out.write(prepared.encoded());
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
