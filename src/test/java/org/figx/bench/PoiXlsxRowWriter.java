package org.figx.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.figx.output.Columns;
import org.figx.output.Row;
import org.figx.output.RowWriter;
import org.figx.output.XlsxRowWriter;

/**
 * The xlsx writer figx had until issue 14, through Apache POI's streaming writer (SXSSF: a
 * window of 256 rows in memory, the rest flushed to compressed temporary files, the
 * workbook assembled from them at the end), kept in the tests so that
 * {@link WriterBenchmark} measures it beside today's fastexcel writer in the same run. The
 * same cells: positions and exact numeric values as numbers, the rest as text, the header
 * in bold and frozen, a new sheet past 1,048,576 rows.
 */
final class PoiXlsxRowWriter implements RowWriter {
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream stream;
    private final Columns columns;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;

    PoiXlsxRowWriter(OutputStream stream, Columns columns) {
        // POI logs through the Log4j API: without a back end it warns on stderr
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        this.stream = stream;
        this.columns = columns;
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
        sheet = workbook.createSheet(sheets == 1 ? "figures" : "figures " + sheets);
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
            if (nextRow >= MAX_ROWS) {
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
                Double number = XlsxRowWriter.numberIn(row, i, text); // the same cells as today's writer
                if (number != null) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(XlsxRowWriter.fitted(text));
                }
            }
        }
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
