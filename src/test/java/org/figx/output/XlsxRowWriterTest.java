package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.figx.Kind;
import org.junit.jupiter.api.Test;

class XlsxRowWriterTest {

    @Test
    void numbersThatASpreadsheetHoldsExactlyAreNumeric() {
        assertEquals(2.8e10, XlsxRowWriter.exactNumber("28000000000"));
        assertEquals(1234.56, XlsxRowWriter.exactNumber("1234.56"));
        assertEquals(-0.6, XlsxRowWriter.exactNumber("-0.6"));
        assertEquals(0.0, XlsxRowWriter.exactNumber("0"));
        assertNull(XlsxRowWriter.exactNumber("28000000000000000001"), "more than 15 digits");
        assertNull(XlsxRowWriter.exactNumber("2024-11"));
    }

    @Test
    void rowsGoOnInANewSheetWhenOneIsFullAndLongFiguresStayText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowWriter writer = new XlsxRowWriter(out, Columns.STANDARD, 3)) {
            writer.writeHeader();
            writer.write(List.of(row(Kind.MONEY, "28000000000"), row(Kind.DATE, "2024-11-27"),
                    row(Kind.NUMBER, "28000000000000000001")));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("figures 2", workbook.getSheetName(1));
            var first = workbook.getSheetAt(0);
            assertEquals(CellType.NUMERIC, first.getRow(1).getCell(7).getCellType());
            assertEquals(CellType.STRING, first.getRow(2).getCell(7).getCellType());
            assertEquals(CellType.NUMERIC, first.getRow(2).getCell(1).getCellType());
            var second = workbook.getSheetAt(1);
            assertEquals("source", second.getRow(0).getCell(0).getStringCellValue());
            assertEquals("28000000000000000001", second.getRow(1).getCell(7).getStringCellValue());
        }
    }

    @Test
    void anEmptyRunIsAWorkbookWithTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = OutputFormat.XLSX.open(out, Dialect.RFC4180)) {
            writer.writeHeader();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(0, workbook.getSheetAt(0).getLastRowNum());
        }
    }

    private static Row row(Kind kind, String value) {
        return new Row("a.txt", 1, 1, 0, 4, kind, "x", value, null, null, null, null, null, null, "s.");
    }
}
