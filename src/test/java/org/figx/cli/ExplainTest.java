package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.figx.output.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --explain}: two last columns, {@code rule} naming the rule behind each row
 * and {@code lang} the language its document was read in,
 * and nothing changed without it. The rule names asserted here are the ones a
 * user reads today; they are for debugging, not a contract, so a renamed rule
 * is fixed here, not kept for compatibility.
 */
class ExplainTest {
    static final String PHRASE = "Fin 2025, le festival du 13 au 15 juillet coûtera 3 millions USD.";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Les ventes reculeront fin 2025.                      | fin 2025                             | boundary-year
            Le festival a lieu du 13 au 15 juillet.              | du 13 au 15 juillet                  | period-du-au
            Le budget atteint 28 milliards USD.                  | 28 milliards USD                     | money-symbol-after
            Il a coûté 3 millions d'euros.                       | 3 millions d'euros                   | money-name-after
            Le billet coûte $10 ici.                             | $10                                  | money-symbol-before
            Le prix est de 1 USD et 23 centimes.                 | 1 USD et 23 centimes                 | money-with-cents
            Il reste 99 centimes.                                | 99 centimes                          | money-subunits
            La part atteint entre 10 et 20 % du total.           | entre 10 et 20 %                     | percent-range
            Les baisses de -50, -70 et -90 % sont rares.         | -50                                  | percent-list-item
            Le taux de chômage a reculé de 2 points.             | 2 points                             | percentage-points-in-context
            Il a parcouru 14 km.                                 | 14 km                                | quantity-symbol
            Il a parcouru 14 kilomètres.                         | 14 kilomètres                        | quantity-unit-name
            Il fait 10 degrés en dessous de zéro.                | 10 degrés en dessous de zéro         | quantity-below-zero
            Il a bu 2 tasses de café.                            | 2 tasses de café                     | quantity-container
            Il a signé 300 contrats.                             | 300 contrats                         | counted-noun
            Entre 10 et 20 millions de personnes.                | Entre 10 et 20 millions de personnes | counted-noun-range
            Le score est de 12 contre vingt-huit.                | 12                                   | number
            Le score est de 12 contre vingt-huit.                | vingt-huit                           | spelled-number
            Il est arrivé 2e.                                    | 2e                                   | ordinal-digits
            Il est arrivé premier.                               | premier                              | ordinal-words
            Il habite le XIVe arrondissement.                    | XIVe                                 | ordinal-roman
            """)
    void eachRowNamesItsRule(String phrase, String text, String rule) {
        Cli.Result result = Cli.run(phrase, "--explain");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(rule, row(result.rows(), text).get("rule"), result::stdout);
    }

    @Test
    void withoutExplainTheHeaderIsTheSpecs() {
        Cli.Result result = Cli.run(PHRASE);

        assertEquals(CliTest.HEADER, result.stdout().lines().findFirst().orElseThrow());
        assertEquals(Row.COLUMNS, List.copyOf(result.rows().get(0).getParser().getHeaderNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rfc4180", "excel", "excel-fr"})
    void everyCsvDialectEndsWithTheRuleColumn(String dialect) {
        Cli.Result plain = Cli.run(PHRASE, "--dialect", dialect);
        Cli.Result explained = Cli.run(PHRASE, "--dialect", dialect, "--explain");

        String delimiter = dialect.equals("excel-fr") ? ";" : ",";
        List<String> plainLines = plain.stdout().lines().toList();
        List<String> explainedLines = explained.stdout().lines().toList();
        assertEquals(plainLines.get(0) + delimiter + "rule" + delimiter + "lang", explainedLines.get(0));
        assertEquals(plainLines.size(), explainedLines.size());
        // the rows are today's with two more cells: the temporal row first, then the money row
        assertEquals(plainLines.get(1) + delimiter + "boundary-year" + delimiter + "fr", explainedLines.get(1));
        assertTrue(explainedLines.stream().anyMatch(line -> line.endsWith(delimiter + "money-symbol-after"
                + delimiter + "fr")), explained::stdout);
    }

    @Test
    void tsvEndsWithTheRuleColumn() {
        List<String> lines = Cli.run(PHRASE, "--format", "tsv", "--explain").stdout().lines().toList();

        assertTrue(lines.get(0).endsWith("\tsentence\trule\tlang"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.contains("\tdu 13 au 15 juillet\t")
                && line.endsWith("\tperiod-du-au\tfr")), () -> String.join("\n", lines));
    }

    @Test
    void jsonlHasARuleFieldOnlyWithExplain() {
        List<String> explained = Cli.run(PHRASE, "--format", "jsonl", "--explain").stdout().lines().toList();
        List<String> plain = Cli.run(PHRASE, "--format", "jsonl").stdout().lines().toList();

        assertEquals(plain.size(), explained.size());
        assertTrue(explained.get(0).endsWith(",\"rule\":\"boundary-year\",\"lang\":\"fr\"}"), explained.get(0));
        assertTrue(explained.stream().anyMatch(line -> line.contains("\"text\":\"3 millions USD\"")
                && line.endsWith(",\"rule\":\"money-symbol-after\",\"lang\":\"fr\"}")),
                () -> String.join("\n", explained));
        for (int i = 0; i < plain.size(); i++) {
            assertFalse(plain.get(i).contains("\"rule\""), plain.get(i));
            assertTrue(plain.get(i).endsWith(",\"lang\":\"fr\"}"), plain.get(i));
            assertEquals(plain.get(i), explained.get(i).replaceFirst(",\"rule\":\"[a-z-]+\"", ""));
        }
    }

    @Test
    void xlsxHasARuleColumnLast() throws IOException {
        Path out = dir.resolve("facts.xlsx");
        Cli.Result result = Cli.run(PHRASE, "--explain", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int rule = Row.COLUMNS.size();
            assertEquals("rule", sheet.getRow(0).getCell(rule).getStringCellValue());
            assertEquals("lang", sheet.getRow(0).getCell(rule + 1).getStringCellValue());
            assertEquals(rule + 2, sheet.getRow(0).getLastCellNum());
            assertEquals("fin 2025", sheet.getRow(1).getCell(Row.COLUMNS.indexOf("text")).getStringCellValue()
                    .toLowerCase(java.util.Locale.ROOT));
            assertEquals("boundary-year", sheet.getRow(1).getCell(rule).getStringCellValue());
            assertEquals("fr", sheet.getRow(1).getCell(rule + 1).getStringCellValue());
        }
    }

    /**
     * Every row of the golden articles names a rule: none is lost by a stage that
     * copies mentions (overlaps, ranges, facts, the kind filter), and the rest of
     * each row is what it is without {@code --explain}.
     */
    @Test
    void everyGoldenRowNamesARuleAndIsOtherwiseUnchanged() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("testdata", "articles", "fr"))) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(articles.isEmpty());
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            List<CSVRecord> plain = Cli.run(text).rows();
            List<CSVRecord> explained = Cli.run(text, "--explain").rows();
            assertEquals(plain.size(), explained.size(), article::toString);
            for (int i = 0; i < plain.size(); i++) {
                CSVRecord row = explained.get(i);
                assertTrue(row.get("rule").matches("[a-z]+(-[a-z]+)*"),
                        () -> article + ": no rule for " + row);
                assertEquals(cells(plain.get(i)), cells(row).subList(0, Row.COLUMNS.size()), article::toString);
            }
        }
    }

    @Test
    void typesFilterKeepsTheRule() {
        List<CSVRecord> rows = Cli.run(PHRASE, "--types", "money", "--explain").rows();

        assertEquals(1, rows.size());
        assertEquals("money-symbol-after", rows.get(0).get("rule"));
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        return cells;
    }

    private static CSVRecord row(List<CSVRecord> rows, String text) {
        List<CSVRecord> matching = rows.stream().filter(r -> r.get("text").equalsIgnoreCase(text)).toList();
        assertEquals(1, matching.size(), () -> "rows with text '" + text + "': " + rows);
        return matching.get(0);
    }
}
