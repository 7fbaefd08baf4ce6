package org.figx.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table made at build time from ICU's data (Unicode, CLDR) and read at run time
 * instead of asking ICU, whose data takes long to load: UTF-8 text, one row a line,
 * fields separated by tabs, lines starting with {@code #} comments. A field keeps
 * every character as ICU gave it: a tab, a backslash, a line break and any space
 * other than the plain one (no-break, narrow no-break) or invisible character is
 * written as a {@code \}{@code uXXXX} escape, so that the file shows what it holds;
 * {@code \N} alone is a missing value (null).
 */
public final class GeneratedTable {
    private static final String NULL = "\\N";

    private GeneratedTable() {
    }

    /** The rows of the table at a class-path resource; an error if it is missing. */
    public static List<String[]> read(String resource) {
        List<String> lines;
        try {
            lines = ResourceText.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generated table " + resource, e);
        }
        if (lines == null) {
            throw new IllegalStateException("missing generated table " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) != '#') {
                rows.add(fields(line));
            }
        }
        return rows;
    }

    /** The fields of a line: counted first, so that they go straight into their array (start-up reads ~2,500 rows). */
    private static String[] fields(String line) {
        int count = 1;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', tab + 1)) {
            count++;
        }
        String[] out = new String[count];
        int start = 0;
        for (int f = 0; f < count - 1; f++) {
            int tab = line.indexOf('\t', start);
            out[f] = unescape(line.substring(start, tab));
            start = tab + 1;
        }
        out[count - 1] = unescape(line.substring(start));
        return out;
    }

    static String unescape(String field) {
        if (field.equals(NULL)) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 5 < field.length() && field.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(field.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                throw new IllegalStateException("bad escape in generated table field '" + field + "'");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One row as a line of a table: fields escaped, joined by tabs (the build-time side). */
    public static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < fields.length; f++) {
            if (f > 0) {
                out.append('\t');
            }
            out.append(escape(fields[f]));
        }
        return out.toString();
    }

    static String escape(String field) {
        if (field == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean edge = i == 0 || i == field.length() - 1;
            if (needsEscape(c) || c == ' ' && edge || c == '#' && i == 0) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        if (c == '\\' || c == '\t' || Character.isISOControl(c)) {
            return true;
        }
        if (c == ' ') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
