package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.figx.Kind;
import org.junit.jupiter.api.Test;

/** What the xlsx writer wrote, read back by Apache POI: cell types, values, sheets. */
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
    void eachColumnHasItsCellType() throws IOException {
        Row money = new Row("a & b.txt", 3, 14, 159, 265, Kind.MONEY, "28 milliards USD", "28000000000",
                "30000000000.5", "USD", "exact", "2024-11-27", "l'État <fédéral>", "actual",
                "Le budget atteint 28 milliards USD.", "money-symbol-after", "fr");
        Row date = new Row("a & b.txt", 4, 1, 300, 310, Kind.DATE, "27 novembre", "2024-11-27", null, null, null,
                null, null, null, "Le 27 novembre.", "date-day-month", "fr");
        try (XSSFWorkbook workbook = read(write(Columns.EXPLAINED, XlsxRowWriter.SHEET_ROWS, money, date))) {
            XSSFSheet sheet = workbook.getSheet("figures");
            assertEquals(1, workbook.getNumberOfSheets());
            assertEquals(Columns.EXPLAINED.names(), texts(sheet.getRow(0)));
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(),
                    "the header is bold");
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1,
                    "the header row is frozen");
            assertEquals(XlsxRowWriter.SENTENCE_WIDTH, sheet.getColumnWidth(14) / 256.0, 1,
                    "sentences are not 255 characters wide");

            var first = sheet.getRow(1);
            double[] positions = {3, 14, 159, 265};
            for (int i = 0; i < positions.length; i++) {
                assertEquals(CellType.NUMERIC, first.getCell(1 + i).getCellType());
                assertEquals(positions[i], first.getCell(1 + i).getNumericCellValue());
            }
            assertEquals(2.8e10, first.getCell(7).getNumericCellValue());
            assertEquals(30000000000.5, first.getCell(8).getNumericCellValue());
            List<String> text = List.of("a & b.txt", "money", "28 milliards USD", "USD", "exact", "2024-11-27",
                    "l'État <fédéral>", "actual", "Le budget atteint 28 milliards USD.", "money-symbol-after", "fr");
            int[] textColumns = {0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16};
            for (int i = 0; i < textColumns.length; i++) {
                assertEquals(CellType.STRING, first.getCell(textColumns[i]).getCellType(), "column " + textColumns[i]);
                assertEquals(text.get(i), first.getCell(textColumns[i]).getStringCellValue());
            }

            var second = sheet.getRow(2);
            assertEquals(CellType.STRING, second.getCell(7).getCellType(), "a date's value is TIMEX3 text");
            assertEquals("2024-11-27", second.getCell(7).getStringCellValue());
            for (int absent : new int[] {8, 9, 10, 11, 12, 13}) {
                Cell cell = second.getCell(absent);
                assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "column " + absent + " is empty");
            }
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void aSheetHoldsExcelsRowsAndNoMore() {
        // the split is tested with small limits below; the real one is Excel's, header included
        assertEquals(1_048_576, XlsxRowWriter.SHEET_ROWS);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new XlsxRowWriter(new ByteArrayOutputStream(), Columns.STANDARD, XlsxRowWriter.SHEET_ROWS + 1));
    }

    @Test
    void rowsGoOnInANewSheetWhenOneIsFullAndLongFiguresStayText() throws IOException {
        byte[] xlsx = write(Columns.STANDARD, 3, row(Kind.MONEY, "28000000000"), row(Kind.DATE, "2024-11-27"),
                row(Kind.NUMBER, "28000000000000000001"));
        try (XSSFWorkbook workbook = read(xlsx)) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("figures 2", workbook.getSheetName(1));
            var first = workbook.getSheetAt(0);
            assertEquals(CellType.NUMERIC, first.getRow(1).getCell(7).getCellType());
            assertEquals(CellType.STRING, first.getRow(2).getCell(7).getCellType());
            assertEquals(CellType.NUMERIC, first.getRow(2).getCell(1).getCellType());
            var second = workbook.getSheetAt(1);
            assertEquals("source", second.getRow(0).getCell(0).getStringCellValue());
            assertEquals("28000000000000000001", second.getRow(1).getCell(7).getStringCellValue());
            assertEquals(1, second.getLastRowNum());
        }
    }

    /**
     * Many rows, flushed to the stream in blocks while they come, over several sheets of a
     * small limit: every row is read back in order, each sheet full but the last, each with
     * the header; bytes reached the stream before the writer was closed.
     */
    @Test
    void manyRowsAreStreamedAcrossSheetsInOrder() throws IOException {
        int rows = 2_500;
        int perSheet = 1_000; // 999 rows and the header
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowWriter writer = new XlsxRowWriter(out, Columns.STANDARD, perSheet)) {
            writer.writeHeader();
            for (int i = 0; i < rows; i++) {
                writer.write(List.of(new Row("a.txt", i + 1, 1, i, i + 1, Kind.NUMBER, "n" + i,
                        Integer.toString(i), null, null, null, null, null, null, "s" + i + ".")));
            }
            assertTrue(out.size() > 0, "rows are written as they come, not all at the end");
        }
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertEquals(3, workbook.getNumberOfSheets());
            int expected = 0;
            for (int s = 0; s < 3; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertEquals(s == 0 ? "figures" : "figures " + (s + 1), sheet.getSheetName());
                assertEquals("source", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(s < 2 ? perSheet - 1 : rows - 2 * (perSheet - 1), sheet.getLastRowNum(), sheet.getSheetName());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    assertEquals(expected, sheet.getRow(r).getCell(7).getNumericCellValue());
                    assertEquals("s" + expected + ".", sheet.getRow(r).getCell(14).getStringCellValue());
                    expected++;
                }
            }
            assertEquals(rows, expected);
        }
    }

    /** Text a web page may hold: markup characters, controls, emoji, a very long sentence. */
    @Test
    void anyTextMakesAValidWorkbookAndLongCellsAreCut() throws IOException {
        // varied letters: a repeated one compresses past POI's zip-bomb ratio
        java.util.Random random = new java.util.Random(14);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < XlsxRowWriter.CELL_CHARS - 1; i++) {
            letters.append("éabcdefghijklmnopqrstuvwxyz".charAt(random.nextInt(27)));
        }
        String longSentence = letters + "😀 and more";
        Row row = new Row("<a href=\"x\">&amp;</a>", 1, 1, 0, 1, Kind.NUMBER, "=1+1", "1", null, null, null, null,
                "tab\there, bell\u0007, 😀", null, longSentence);
        try (XSSFWorkbook workbook = read(write(Columns.STANDARD, XlsxRowWriter.SHEET_ROWS, row))) {
            var cells = workbook.getSheetAt(0).getRow(1);
            assertEquals("<a href=\"x\">&amp;</a>", cells.getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, cells.getCell(6).getCellType(), "text is never a formula");
            assertEquals("=1+1", cells.getCell(6).getStringCellValue());
            String subject = cells.getCell(12).getStringCellValue();
            assertTrue(subject.startsWith("tab\there, bell") && subject.endsWith(", 😀"), subject);
            String sentence = cells.getCell(14).getStringCellValue();
            assertEquals(XlsxRowWriter.CELL_CHARS - 1, sentence.length(), "cut before the emoji, not inside it");
            assertEquals(letters.toString(), sentence);
        }
    }

    @Test
    void anEmptyRunIsAWorkbookWithTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = OutputFormat.XLSX.open(out, Dialect.RFC4180)) {
            writer.writeHeader();
        }
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertEquals(0, workbook.getSheetAt(0).getLastRowNum());
            assertEquals("sentence", workbook.getSheetAt(0).getRow(0).getCell(14).getStringCellValue());
        }
    }

    private static byte[] write(Columns columns, int maxRows, Row... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowWriter writer = new XlsxRowWriter(out, columns, maxRows)) {
            writer.writeHeader();
            writer.write(List.of(rows));
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(org.apache.poi.ss.usermodel.Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(((XSSFCell) cell).getStringCellValue());
        }
        return texts;
    }

    private static Row row(Kind kind, String value) {
        return new Row("a.txt", 1, 1, 0, 4, kind, "x", value, null, null, null, null, null, null, "s.");
    }
}
