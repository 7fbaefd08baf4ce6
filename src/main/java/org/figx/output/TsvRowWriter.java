package org.figx.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tab-separated values in UTF-8 with a header row: no quoting, so tabs and line
 * breaks inside a field become spaces.
 */
public final class TsvRowWriter implements RowWriter {
    private final Writer out;

    public TsvRowWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                OutputFormat.BUFFER_CHARS);
    }

    @Override
    public void writeHeader() throws IOException {
        writeLine(Row.COLUMNS, out);
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        for (Row row : rows) {
            writeLine(row.cells(), out);
        }
    }

    @Override
    public Prepared prepare(List<Row> rows) {
        java.io.StringWriter text = new java.io.StringWriter(rows.size() * 256);
        try {
            for (Row row : rows) {
                writeLine(row.cells(), text);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    private static void writeLine(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            String cell = cells.get(i);
            if (cell != null) {
                out.write(cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
            }
        }
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
