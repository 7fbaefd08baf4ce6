package org.figx.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * One JSON object per row, keys named like the CSV columns, absent fields omitted.
 * Positions are JSON numbers; values stay strings, since a figure such as
 * 28000000000000000001 or a TIMEX3 value must survive any JSON reader unchanged.
 */
public final class JsonlRowWriter implements RowWriter {
    private static final Set<String> NUMBER_COLUMNS = Set.of("line", "column", "start", "end");

    private final Writer out;

    public JsonlRowWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                OutputFormat.BUFFER_CHARS);
    }

    /** JSON Lines has no header: each object names its own fields. */
    @Override
    public void writeHeader() {
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        for (Row row : rows) {
            writeObject(row.cells(), out);
        }
    }

    @Override
    public Prepared prepare(List<Row> rows) {
        java.io.StringWriter text = new java.io.StringWriter(rows.size() * 384);
        try {
            for (Row row : rows) {
                writeObject(row.cells(), text);
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

    private static void writeObject(List<String> cells, Writer out) throws IOException {
        out.write('{');
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            String column = Row.COLUMNS.get(i);
            writeString(column, out);
            out.write(':');
            if (NUMBER_COLUMNS.contains(column)) {
                out.write(cell);
            } else {
                writeString(cell, out);
            }
        }
        out.write("}\n");
    }

    private static void writeString(String s, Writer out) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
