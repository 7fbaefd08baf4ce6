package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.figx.Kind;
import org.junit.jupiter.api.Test;

class RowWritersTest {
    static final Row PERCENT = new Row("a, b.txt", 1, 5, 4, 10, Kind.PERCENT, "28,5 %", "28.5", null,
            "%", "approx", "2023", "la \"part\"", null, "Une part\tde 28,5 %.");

    @Test
    void csvQuotesWhatNeedsIt() throws IOException {
        assertEquals("source,line,column,start,end,kind,text,value,value_max,unit,qualifier,when,"
                        + "subject,modality,sentence\r\n"
                        + "\"a, b.txt\",1,5,4,10,percent,\"28,5 %\",28.5,,%,approx,2023,\"la \"\"part\"\"\",,"
                        + "\"Une part\tde 28,5 %.\"\r\n",
                write(OutputFormat.CSV, Dialect.RFC4180));
    }

    @Test
    void excelFrUsesSemicolonsAndDecimalCommas() throws IOException {
        String out = write(OutputFormat.CSV, Dialect.EXCEL_FR);
        assertEquals("\uFEFF", out.substring(0, 1));
        assertEquals("a, b.txt;1;5;4;10;percent;28,5 %;28,5;;%;approx;2023;\"la \"\"part\"\"\";;"
                + "Une part\tde 28,5 %.\r\n", out.lines().toList().get(1) + "\r\n");
    }

    @Test
    void tsvTurnsTabsIntoSpaces() throws IOException {
        String out = write(OutputFormat.TSV, Dialect.RFC4180);
        assertEquals("a, b.txt\t1\t5\t4\t10\tpercent\t28,5 %\t28.5\t\t%\tapprox\t2023\tla \"part\"\t\t"
                + "Une part de 28,5 %.", out.split("\n")[1]);
    }

    @Test
    void jsonlOmitsAbsentFields() throws IOException {
        assertEquals("{\"source\":\"a, b.txt\",\"line\":1,\"column\":5,\"start\":4,\"end\":10,"
                        + "\"kind\":\"percent\",\"text\":\"28,5 %\",\"value\":\"28.5\",\"unit\":\"%\","
                        + "\"qualifier\":\"approx\",\"when\":\"2023\",\"subject\":\"la \\\"part\\\"\","
                        + "\"sentence\":\"Une part\\tde 28,5 %.\"}\n",
                write(OutputFormat.JSONL, Dialect.RFC4180));
    }

    @Test
    void explainedColumnsEndWithTheRuleAndTheLanguage() throws IOException {
        Row named = new Row("a.txt", 1, 1, 0, 3, Kind.PERCENT, "3 %", "3", null, "%", "exact", null, null, null,
                "3 %.", "percent", "fr");
        Row unnamed = new Row("a.txt", 1, 1, 0, 3, Kind.PERCENT, "3 %", "3", null, "%", "exact", null, null, null,
                "3 %.");
        assertEquals("source,line,column,start,end,kind,text,value,value_max,unit,qualifier,when,"
                        + "subject,modality,sentence,rule,lang\r\n"
                        + "a.txt,1,1,0,3,percent,3 %,3,,%,exact,,,,3 %.,percent,fr\r\n"
                        + "a.txt,1,1,0,3,percent,3 %,3,,%,exact,,,,3 %.,,\r\n",
                write(OutputFormat.CSV, Dialect.RFC4180, Columns.EXPLAINED, named, unnamed));
        assertEquals("a.txt\t1\t1\t0\t3\tpercent\t3 %\t3\t\t%\texact\t\t\t\t3 %.\tpercent\tfr",
                write(OutputFormat.TSV, Dialect.RFC4180, Columns.EXPLAINED, named).split("\n")[1]);
        assertEquals("{\"source\":\"a.txt\",\"line\":1,\"column\":1,\"start\":0,\"end\":3,\"kind\":\"percent\","
                        + "\"text\":\"3 %\",\"value\":\"3\",\"unit\":\"%\",\"qualifier\":\"exact\","
                        + "\"sentence\":\"3 %.\",\"rule\":\"percent\",\"lang\":\"fr\"}\n",
                write(OutputFormat.JSONL, Dialect.RFC4180, Columns.EXPLAINED, named));
        // JSON Lines names the language even without --explain, and never the rule
        assertEquals(true, write(OutputFormat.JSONL, Dialect.RFC4180, Columns.STANDARD, named)
                .endsWith("\"sentence\":\"3 %.\",\"lang\":\"fr\"}\n"));
        // the SPEC's columns never show the rule, even when the row has one
        assertEquals(write(OutputFormat.CSV, Dialect.RFC4180, Columns.STANDARD, unnamed),
                write(OutputFormat.CSV, Dialect.RFC4180, Columns.STANDARD, named));
    }

    @Test
    void formatFromFileName() {
        assertEquals(OutputFormat.TSV, OutputFormat.forFileName("facts.TSV").orElseThrow());
        assertEquals(OutputFormat.JSONL, OutputFormat.forFileName("facts.jsonl").orElseThrow());
        assertEquals(OutputFormat.XLSX, OutputFormat.forFileName("facts.xlsx").orElseThrow());
        assertEquals(true, OutputFormat.forFileName("facts.txt").isEmpty());
    }

    @Test
    void rowsPreparedOnAnotherThreadAreWrittenTheSame() throws Exception {
        for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TSV, OutputFormat.JSONL)) {
            for (Dialect dialect : format == OutputFormat.CSV ? Dialect.values() : new Dialect[] {Dialect.RFC4180}) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (RowWriter writer = format.open(bytes, dialect)) {
                    writer.writeHeader();
                    RowWriter.Prepared prepared = java.util.concurrent.CompletableFuture
                            .supplyAsync(() -> writer.prepare(List.of(PERCENT))).get();
                    writer.write(prepared);
                }
                assertEquals(write(format, dialect), bytes.toString(StandardCharsets.UTF_8), format + " " + dialect);
            }
        }
    }

    private static String write(OutputFormat format, Dialect dialect, Columns columns, Row... rows)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RowWriter writer = format.open(bytes, dialect, columns)) {
            writer.writeHeader();
            writer.write(List.of(rows));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String write(OutputFormat format, Dialect dialect) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RowWriter writer = format.open(bytes, dialect)) {
            writer.writeHeader();
            writer.write(List.of(PERCENT));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
