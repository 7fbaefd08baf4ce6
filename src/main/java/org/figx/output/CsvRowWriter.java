package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * CSV in UTF-8 with a header row, in one of the {@link Dialect}s.
 *
 * <p>Fields are quoted by hand, by the rules Apache Commons CSV's {@code CSVFormat.RFC4180}
 * follows (its minimal quote mode), so that the output stays the same bytes it was when
 * figx wrote through that library (a property test holds the two together):
 * <ul>
 * <li>a field is quoted when it contains the delimiter, a double quote, CR or LF;</li>
 * <li>or when it starts with a character up to {@code '#'} (space, control characters,
 *     {@code !}, {@code "}, {@code #}), or ends with one up to space;</li>
 * <li>an empty field is quoted ({@code ""}) only first in its record, so that a record
 *     is never an empty line;</li>
 * <li>quoting doubles each double quote inside.</li>
 * </ul>
 * Records end with CRLF. Writing the characters straight into the row text, without the
 * library's per-record arrays and per-character interface calls, is what makes it fast.
 *
 * <p>In the excel dialects a text cell a spreadsheet would read as a formula is written
 * with a leading {@code '} and always quoted ({@link FormulaGuard}).
 */
public final class CsvRowWriter extends LineRowWriter {
    private static final char QUOTE = '"';

    private final Dialect dialect;
    private final Columns columns;
    /** Per column, whether its cells are checked for formulas; null when the dialect does not guard. */
    private final boolean[] guarded;

    public CsvRowWriter(OutputStream stream, Dialect dialect, Columns columns) {
        super(stream, 256);
        this.dialect = dialect;
        this.columns = columns;
        this.guarded = dialect.guardsFormulas() ? FormulaGuard.guardedColumns(columns.names()) : null;
    }

    @Override
    void writeHeader(Appendable to) throws IOException {
        if (dialect.byteOrderMark()) {
            to.append('\uFEFF');
        }
        writeRecord(columns.names(), dialect.delimiter(), to);
    }

    @Override
    void writeRow(Row row, Appendable to) throws IOException {
        Row written = dialect.decimalComma() ? row.withDecimalComma() : row;
        List<String> cells = columns.cells(written);
        if (guarded == null) {
            writeRecord(cells, dialect.delimiter(), to);
        } else {
            writeGuardedRecord(cells, to);
        }
    }

    /** As {@link #writeRecord}, a cell that would start a formula marked as text and quoted. */
    private void writeGuardedRecord(List<String> cells, Appendable to) throws IOException {
        char delimiter = dialect.delimiter();
        int size = cells.size();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                to.append(delimiter);
            }
            String cell = cells.get(i);
            if (cell == null) {
                cell = "";
            }
            if (guarded[i] && FormulaGuard.startsFormula(cell, dialect.decimalMark())) {
                to.append(QUOTE).append(FormulaGuard.TEXT_MARK);
                writeQuotedContent(cell, to);
            } else {
                writeField(cell, delimiter, i == 0, to);
            }
        }
        to.append("\r\n");
    }

    /** One record, CRLF included; null fields are written empty. */
    static void writeRecord(List<String> cells, char delimiter, Appendable to) throws IOException {
        int size = cells.size();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                to.append(delimiter);
            }
            String cell = cells.get(i);
            writeField(cell == null ? "" : cell, delimiter, i == 0, to);
        }
        to.append("\r\n");
    }

    static void writeField(String field, char delimiter, boolean firstInRecord, Appendable to) throws IOException {
        if (!needsQuotes(field, delimiter, firstInRecord)) {
            to.append(field);
            return;
        }
        to.append(QUOTE);
        writeQuotedContent(field, to);
    }

    /** The field after its opening quote: each double quote doubled, then the closing quote. */
    private static void writeQuotedContent(String field, Appendable to) throws IOException {
        int from = 0;
        for (int i = field.indexOf(QUOTE); i >= 0; i = field.indexOf(QUOTE, i + 1)) {
            to.append(field, from, i + 1).append(QUOTE);
            from = i + 1;
        }
        to.append(field, from, field.length()).append(QUOTE);
    }

    /** Commons CSV's minimal quoting: see the class comment. */
    static boolean needsQuotes(String field, char delimiter, boolean firstInRecord) {
        int length = field.length();
        if (length == 0) {
            return firstInRecord;
        }
        if (field.charAt(0) <= '#' || field.charAt(length - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = field.charAt(i);
            if (c == delimiter || c == QUOTE || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
