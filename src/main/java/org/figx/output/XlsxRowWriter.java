package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook (Office Open XML) through Apache POI's streaming writer, which
 * keeps only a window of rows in memory and spills the rest to a temporary file.
 *
 * <p>One sheet, {@code figures}, with the CSV columns. {@code line}, {@code column},
 * {@code start} and {@code end} are numeric cells, and so are {@code value} and
 * {@code value_max} of numeric kinds when a spreadsheet number holds them exactly
 * (15 significant digits); a longer figure stays a text cell rather than be rounded.
 * Other fields are text cells, absent ones empty. A sheet holds at most 1,048,576
 * rows: past that, the rows go on in sheets {@code figures 2}, {@code figures 3}...
 * each with its header, so that nothing is lost. With {@code --explain} the rule
 * is a last text column.
 */
public final class XlsxRowWriter implements RowWriter {
    /** The most significant digits an Excel number keeps. */
    static final int EXCEL_DIGITS = 15;
    /** The most characters a cell holds. */
    static final int CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String SHEET = "figures";

    private static final int VALUE = Row.COLUMNS.indexOf("value");
    private static final int VALUE_MAX = Row.COLUMNS.indexOf("value_max");
    private static final int FIRST_POSITION = Row.COLUMNS.indexOf("line");
    private static final int LAST_POSITION = Row.COLUMNS.indexOf("end");

    private final OutputStream stream;
    private final Columns columns;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final int maxRows;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;

    public XlsxRowWriter(OutputStream stream, Columns columns) {
        this(stream, columns, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows rows per sheet, header included (smaller in tests) */
    XlsxRowWriter(OutputStream stream, Columns columns, int maxRows) {
        QuietPoiLogging.install();
        try {
            XlsxTempFiles.install();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make a temporary folder for the workbook", e);
        }
        this.stream = stream;
        this.columns = columns;
        this.maxRows = maxRows;
        this.workbook = new SXSSFWorkbook(256);
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    @Override
    public void writeHeader() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? SHEET : SHEET + " " + sheets);
        sheet.createFreezePane(0, 1);
        nextRow = 0;
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(nextRow++);
        List<String> names = columns.names();
        for (int i = 0; i < names.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(headerStyle);
        }
    }

    @Override
    public void write(List<Row> rows) {
        for (Row row : rows) {
            if (nextRow >= maxRows) {
                writeHeader();
            }
            org.apache.poi.ss.usermodel.Row xlsxRow = sheet.createRow(nextRow++);
            List<String> cells = columns.cells(row);
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text == null) {
                    continue;
                }
                Cell cell = xlsxRow.createCell(i);
                boolean numeric = (i >= FIRST_POSITION && i <= LAST_POSITION)
                        || ((i == VALUE || i == VALUE_MAX) && row.kind().isNumeric());
                Double number = numeric ? exactNumber(text) : null;
                if (number != null) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(fitted(text));
                }
            }
        }
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
    private static String fitted(String text) {
        if (text.length() <= CELL_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(CELL_CHARS)) ? CELL_CHARS - 1 : CELL_CHARS;
        return text.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = stream) {
            if (sheet == null) {
                writeHeader();
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
