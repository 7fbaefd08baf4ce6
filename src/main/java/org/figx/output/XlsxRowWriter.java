package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (Office Open XML) through fastexcel, which streams each sheet's XML
 * into the zip as rows come: memory holds at most {@value #ROWS_IN_MEMORY} rows, and
 * nothing goes to a temporary file.
 *
 * <p>One sheet, {@code figures}, with the CSV columns, header in bold and frozen.
 * {@code line}, {@code column}, {@code start} and {@code end} are numeric cells, and so
 * are {@code value} and {@code value_max} of numeric kinds when a spreadsheet number
 * holds them exactly (15 significant digits); a longer figure stays a text cell rather
 * than be rounded. Other fields are text cells, written inline (no shared-strings table,
 * which would keep every distinct sentence in memory to the end); absent ones are empty.
 * A sheet holds at most 1,048,576 rows: past that, the rows go on in sheets
 * {@code figures 2}, {@code figures 3}... each with its header, so that nothing is lost.
 * With {@code --explain} the rule and the language are last text columns.
 */
public final class XlsxRowWriter implements RowWriter {
    /** The most significant digits an Excel number keeps. */
    static final int EXCEL_DIGITS = 15;
    /** The most characters a cell holds (Excel's limit). */
    static final int CELL_CHARS = 32_767;
    /** The most rows a sheet holds, header included (Excel's limit). */
    static final int SHEET_ROWS = Worksheet.MAX_ROWS;
    static final String SHEET = "figures";
    /** Rows kept in fastexcel's memory before they are written into the zip. */
    static final int ROWS_IN_MEMORY = 512;
    /**
     * The sentence column's width, in characters: fastexcel fits each column to the first
     * rows it writes, which makes a column of sentences 255 characters wide (its maximum),
     * pushing {@code --explain}'s columns off the screen; a long sentence overflows anyway.
     */
    static final double SENTENCE_WIDTH = 80;
    private static final int SENTENCE = Row.COLUMNS.indexOf("sentence");

    private static final int VALUE = Row.COLUMNS.indexOf("value");
    private static final int VALUE_MAX = Row.COLUMNS.indexOf("value_max");
    private static final int FIRST_POSITION = Row.COLUMNS.indexOf("line");
    private static final int LAST_POSITION = Row.COLUMNS.indexOf("end");

    private final OutputStream stream;
    private final Columns columns;
    private final Workbook workbook;
    private final int maxRows;
    private Worksheet sheet;
    private int sheets;
    private int nextRow;
    private int unflushedRows;

    public XlsxRowWriter(OutputStream stream, Columns columns) {
        this(stream, columns, SHEET_ROWS);
    }

    /** @param maxRows rows per sheet, header included (smaller in tests) */
    XlsxRowWriter(OutputStream stream, Columns columns, int maxRows) {
        if (maxRows < 2 || maxRows > SHEET_ROWS) {
            throw new IllegalArgumentException("rows per sheet: " + maxRows);
        }
        this.stream = stream;
        this.columns = columns;
        this.maxRows = maxRows;
        // the version must read as Excel's "major.minor"; null leaves it out
        this.workbook = new Workbook(stream, "figx", null);
    }

    @Override
    public void writeHeader() throws IOException {
        if (sheet != null) {
            sheet.finish(); // a zip is written one entry after the other: end this sheet first
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? SHEET : SHEET + " " + sheets);
        sheet.freezePane(0, 1);
        sheet.width(SENTENCE, SENTENCE_WIDTH);
        nextRow = 0;
        List<String> names = columns.names();
        for (int i = 0; i < names.size(); i++) {
            sheet.inlineString(nextRow, i, names.get(i));
        }
        sheet.range(nextRow, 0, nextRow, names.size() - 1).style().bold().set();
        nextRow++;
        unflushedRows = 1;
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        for (Row row : rows) {
            if (nextRow >= maxRows) {
                writeHeader();
            }
            int r = nextRow++;
            List<String> cells = columns.cells(row);
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text == null) {
                    continue;
                }
                Double number = numberIn(row, i, text);
                if (number != null) {
                    sheet.value(r, i, number);
                } else {
                    sheet.inlineString(r, i, fitted(text));
                }
            }
            if (++unflushedRows >= ROWS_IN_MEMORY) {
                sheet.flush();
                unflushedRows = 0;
            }
        }
    }

    /**
     * The number cell {@code column} of {@code row}, whose text is {@code text}, holds: a
     * position, or a numeric kind's value when a spreadsheet number holds it exactly; null
     * for a text cell. Public for the benchmark's POI writer, which writes the same cells.
     */
    public static Double numberIn(Row row, int column, String text) {
        boolean numeric = (column >= FIRST_POSITION && column <= LAST_POSITION)
                || ((column == VALUE || column == VALUE_MAX) && row.kind().isNumeric());
        return numeric ? exactNumber(text) : null;
    }

    /** The number a spreadsheet cell can hold without rounding it, or null. */
    static Double exactNumber(String text) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().precision() > EXCEL_DIGITS) {
            return null;
        }
        return decimal.doubleValue();
    }

    /** A cell holds at most 32,767 characters: a longer sentence is cut, never mid-character. */
    public static String fitted(String text) {
        if (text.length() <= CELL_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(CELL_CHARS)) ? CELL_CHARS - 1 : CELL_CHARS;
        return text.substring(0, end);
    }

    /** Ends the workbook (its last sheet, styles, index) and closes the stream. */
    @Override
    public void close() throws IOException {
        try (OutputStream out = stream) {
            if (sheet == null) {
                writeHeader();
            }
            workbook.finish();
        }
    }
}
