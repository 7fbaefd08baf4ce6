package org.figx.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format that writes each row as one record of UTF-8 text (CSV, TSV, JSON Lines):
 * the loop, the preparation on worker threads and the output are shared; a
 * format only says how one row is written.
 */
abstract class LineRowWriter implements RowWriter {
    private final Writer out;
    private final int charsPerRow;

    /** @param charsPerRow a guess of one row's length, to size the text of prepared rows */
    LineRowWriter(OutputStream stream, int charsPerRow) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                OutputFormat.BUFFER_CHARS);
        this.charsPerRow = charsPerRow;
    }

    /** Writes one row, line end included. */
    abstract void writeRow(Row row, Writer to) throws IOException;

    /** The header line, or nothing for a format that has none. */
    @Override
    public void writeHeader() throws IOException {
    }

    final Writer out() {
        return out;
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        for (Row row : rows) {
            writeRow(row, out);
        }
    }

    @Override
    public Prepared prepare(List<Row> rows) {
        StringWriter text = new StringWriter(rows.size() * charsPerRow);
        try {
            for (Row row : rows) {
                writeRow(row, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return new Prepared(rows, text.toString());
    }

    @Override
    public void write(Prepared prepared) throws IOException {
        if (prepared.text() == null) {
            write(prepared.rows());
        } else {
            out.write(prepared.text());
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
