package org.figx.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.figx.corpus.Oracle.Disagreement;
import org.figx.corpus.Oracle.Figure;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written oracles next to the test articles ({@code *.figures.md},
 * {@code *.facts.md}) against the golden files {@link ArticleTest} holds figx to
 * ({@code *.expected.csv}): one test per oracle.
 *
 * <p>Each figure of the oracle is looked up in the expected CSV by its text, in reading
 * order (each match after the previous one), and every column the oracle lists is
 * compared: values numerically, other cells exactly, an empty cell meaning "must be
 * empty". Rows of the kinds the oracle lists that it does not name are disagreements
 * too. The test fails on any disagreement that is not in the oracle's
 * {@code ## Known disagreements} section, and on any listed there that no longer
 * happens (figx or the oracle was fixed: take it off the list). The known ones are
 * published as a report entry, so they are seen in every run, not hidden.
 */
class OracleTest {

    static Stream<Path> oracles() throws IOException {
        try (Stream<Path> walk = Files.walk(ArticleTest.ARTICLES_ROOT, 2)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".figures.md") || p.toString().endsWith(".facts.md"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no oracle under " + ArticleTest.ARTICLES_ROOT.toAbsolutePath());
            }
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void oracleAgreesWithExpectedCsv(Path file, TestReporter reporter) throws IOException {
        Oracle oracle = Oracle.read(file);
        List<CSVRecord> rows = expectedRows(file);
        Set<Disagreement> found = disagreements(oracle, rows);

        Set<Disagreement> unexpected = new LinkedHashSet<>(found);
        unexpected.removeAll(oracle.known());
        Set<Disagreement> stale = new LinkedHashSet<>(oracle.known());
        stale.removeAll(found);
        if (!oracle.known().isEmpty()) {
            // seen in every build's output, so that a known disagreement is never out of sight
            System.out.println("OracleTest: " + file + ": " + oracle.known().size()
                    + " known disagreements with figx (its section '## Known disagreements')");
            reporter.publishEntry("known disagreements", file + " (" + oracle.known().size() + "):\n"
                    + String.join("\n", oracle.known().stream().map(Disagreement::toString).toList()));
        }
        assertTrue(unexpected.isEmpty() && stale.isEmpty(), () -> file + " and its expected CSV:"
                + (unexpected.isEmpty() ? "" : "\nnew disagreements (fix figx, or correct the oracle, "
                        + "or list them under '## Known disagreements' with why):\n"
                        + String.join("\n", unexpected.stream().map(d -> d + "  (oracle: "
                                + oracleCell(oracle, d) + ")").toList()))
                + (stale.isEmpty() ? "" : "\nlisted as known but no longer found (take them off the list):\n"
                        + String.join("\n", stale.stream().map(Disagreement::toString).toList())));
    }

    /** Every way the expected rows differ from the oracle, as the known list writes them. */
    static Set<Disagreement> disagreements(Oracle oracle, List<CSVRecord> rows) {
        Set<Disagreement> found = new LinkedHashSet<>();
        Set<Integer> matched = new HashSet<>();
        int next = 0;
        for (Figure figure : oracle.figures()) {
            // a span known to differ is looked up as figx writes it, so the other columns still count
            String text = knownText(oracle, figure).orElse(Oracle.valueOf(figure.text()));
            if (!text.equals(Oracle.valueOf(figure.text()))) {
                found.add(new Disagreement(figure.number(), "text", text));
            }
            if (text.isEmpty()) {
                continue;
            }
            int at = indexOf(rows, text, next);
            if (at < 0) {
                found.add(new Disagreement(figure.number(), "text", ""));
                continue;
            }
            matched.add(at);
            next = at + 1;
            CSVRecord row = rows.get(at);
            for (Map.Entry<String, String> cell : figure.cells().entrySet()) {
                String column = cell.getKey();
                if (column.equals("text")) {
                    continue;
                }
                if (!row.isMapped(column)) {
                    throw new IllegalStateException(oracle.file() + ": no column '" + column + "' in the CSV");
                }
                String expected = Oracle.valueOf(cell.getValue());
                String actual = row.get(column);
                if (!same(column, expected, actual)) {
                    found.add(new Disagreement(figure.number(), column, actual));
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            if (!matched.contains(i) && oracle.kindsListed().contains(row.get("kind"))) {
                found.add(new Disagreement(Disagreement.EXTRA, row.get("kind"), row.get("text")));
            }
        }
        return found;
    }

    private static Optional<String> knownText(Oracle oracle, Figure figure) {
        return oracle.known().stream()
                .filter(d -> d.row().equals(figure.number()) && d.column().equals("text"))
                .map(Disagreement::figx).findFirst();
    }

    private static int indexOf(List<CSVRecord> rows, String text, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).get("text").equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Values compare as numbers where both are numbers ({@code 74,30 $} is {@code 74.3}). */
    private static boolean same(String column, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if ((column.equals("value") || column.equals("value_max")) && isNumber(expected) && isNumber(actual)) {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        }
        return false;
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    private static String oracleCell(Oracle oracle, Disagreement d) {
        if (Disagreement.EXTRA.equals(d.row())) {
            return "not listed";
        }
        return oracle.figures().stream().filter(f -> f.number().equals(d.row())).findFirst()
                .map(f -> "`" + Oracle.valueOf(f.cells().getOrDefault(d.column(), "")) + "`").orElse("?");
    }

    private static List<CSVRecord> expectedRows(Path oracle) throws IOException {
        String name = oracle.getFileName().toString();
        String article = name.substring(0, name.indexOf('.'));
        Path csv = oracle.resolveSibling(article + ".expected.csv");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
