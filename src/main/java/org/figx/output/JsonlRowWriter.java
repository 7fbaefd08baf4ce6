package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * One JSON object per row, keys named like the CSV columns, absent fields omitted; rows
 * of a web page add its {@code title} and {@code url}.
 * Positions are JSON numbers; values stay strings, since a figure such as
 * 28000000000000000001 or a TIMEX3 value must survive any JSON reader unchanged.
 */
public final class JsonlRowWriter extends LineRowWriter {
    private static final Set<String> NUMBER_COLUMNS = Set.of("line", "column", "start", "end");
    /** The fields a web page's rows add. */
    static final String PAGE_TITLE = "title";
    static final String PAGE_URL = "url";

    private final Columns columns;

    public JsonlRowWriter(OutputStream stream, Columns columns) {
        super(stream, 384);
        this.columns = columns.withLang();
    }

    /** One object a line; JSON Lines has no header: each object names its own fields. */
    @Override
    void writeRow(Row row, Appendable out) throws IOException {
        List<String> cells = columns.cells(row);
        out.append('{');
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            String column = columns.names().get(i);
            writeString(column, out);
            out.append(':');
            if (NUMBER_COLUMNS.contains(column)) {
                out.append(cell);
            } else {
                writeString(cell, out);
            }
        }
        writeField(PAGE_TITLE, row.title(), out);
        writeField(PAGE_URL, row.url(), out);
        out.append("}\n");
    }

    /** A string field after others, when it has a value. */
    private static void writeField(String name, String value, Appendable out) throws IOException {
        if (value != null) {
            out.append(',');
            writeString(name, out);
            out.append(':');
            writeString(value, out);
        }
    }

    private static void writeString(String s, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

}
