package org.figx.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.Mention;
import org.figx.Qualifier;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table-driven specification: every non-comment line of every
 * {@code testdata/corpus/<lang>/<kind>.tsv} file is one test.
 *
 * <p>Line format (tab-separated, 6 or 7 columns):
 * {@code phrase kind value value_max unit qualifier [reference]}.
 * <ul>
 *   <li>Positive line: the phrase marks exactly one span with {@code [[ ]]}. After the
 *       markers are removed, exactly one mention must have that span, with the given
 *       kind, value, value_max (empty = none), unit (empty = none) and qualifier
 *       (empty = not checked, {@code -} = none); no other numeric mention may overlap the span.</li>
 *   <li>Negative line: kind {@code none}, no markers, other cells empty. No mention of
 *       the file's kind (the file name without {@code .tsv}) may be found.</li>
 * </ul>
 * Numeric values are compared as decimals ({@code 10} equals {@code 10.0}); temporal
 * values as strings. The optional {@code reference} column is an ISO date or
 * date-time used as the reference date. Malformed lines fail; they are never skipped.
 */
class CorpusTest {

    static final Path CORPUS_ROOT = Path.of("testdata", "corpus");
    static final String OPEN = "[[";
    static final String CLOSE = "]]";
    static final String NEGATIVE = "none";
    /** SPEC "Values": plain decimal, '.' decimal point, no grouping, no exponent. */
    static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** One line of a corpus file, as read; parsing errors are reported when the test runs. */
    record Line(Path file, String fileName, Language language, Kind fileKind, int number,
                String raw) {
        @Override
        public String toString() {
            return fileName + ":" + number;
        }
    }

    static Stream<Arguments> corpusLines() throws IOException {
        if (!Files.isDirectory(CORPUS_ROOT)) {
            throw new IllegalStateException("corpus directory not found: "
                    + CORPUS_ROOT.toAbsolutePath() + " (run the tests from the project root)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS_ROOT, 2)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .filter(p -> CORPUS_ROOT.relativize(p).getNameCount() == 2)
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no corpus files under " + CORPUS_ROOT.toAbsolutePath());
        }
        List<Arguments> out = new ArrayList<>();
        for (Path file : files) {
            String fileName = CORPUS_ROOT.relativize(file).toString().replace('\\', '/');
            String langDir = file.getParent().getFileName().toString();
            Language language = Language.valueOf(langDir.toUpperCase(Locale.ROOT));
            String base = file.getFileName().toString();
            // a file named for a kind (money.tsv) holds negatives of that kind; a file named for a
            // topic (vague.tsv) holds only positive lines, each naming its kind
            Kind fileKind = kindNamed(base.substring(0, base.length() - ".tsv".length()));
            // readAllLines with an explicit charset fails on bytes that are not UTF-8
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int cases = 0;
            for (int i = 0; i < lines.size(); i++) {
                String raw = stripCr(lines.get(i));
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                Line line = new Line(file, fileName, language, fileKind, i + 1, raw);
                String phrase = raw.split("\t", -1)[0];
                out.add(Arguments.of(line + " " + phrase, line));
                cases++;
            }
            if (cases == 0) {
                throw new IllegalStateException(fileName + " holds no case");
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusLines")
    void corpusLine(String displayName, Line line) {
        String[] cols = line.raw().split("\t", -1);
        if (cols.length != 6 && cols.length != 7) {
            fail(line + ": malformed line: expected 6 or 7 tab-separated columns "
                    + "(phrase, kind, value, value_max, unit, qualifier[, reference]), found "
                    + cols.length + ": " + visible(line.raw()));
        }
        String phrase = cols[0];
        String kindCell = cols[1].trim();
        String valueCell = cols[2].trim();
        String maxCell = cols[3].trim();
        String unitCell = cols[4].trim();
        String qualifierCell = cols[5].trim();
        ExtractOptions options = ExtractOptions.defaults();
        if (cols.length == 7 && !cols[6].isBlank()) {
            options = options.withReferenceDate(parseReference(line, cols[6].trim()));
        }
        if (line.language() != options.language()) {
            options = new ExtractOptions(options.kinds(), line.language(), options.referenceDate());
        }
        if (phrase.isBlank()) {
            fail(line + ": malformed line: empty phrase");
        }

        if (kindCell.equals(NEGATIVE)) {
            checkNegative(line, phrase, valueCell, maxCell, unitCell, qualifierCell, options);
        } else {
            checkPositive(line, phrase, kindCell, valueCell, maxCell, unitCell, qualifierCell,
                    options);
        }
    }

    private static void checkNegative(Line line, String phrase, String value, String max,
                                      String unit, String qualifier, ExtractOptions options) {
        if (phrase.contains(OPEN) || phrase.contains(CLOSE)) {
            fail(line + ": malformed negative line: kind 'none' but the phrase has [[ ]] markers");
        }
        if (!value.isEmpty() || !max.isEmpty() || !unit.isEmpty() || !qualifier.isEmpty()) {
            fail(line + ": malformed negative line: value, value_max, unit and qualifier "
                    + "must be empty when kind is 'none'");
        }
        if (line.fileKind() == null) {
            fail(line + ": a negative line needs a file named for a kind (" + line.fileName()
                    + " names none): move it to <kind>.tsv");
        }
        List<Mention> found = extract(line, phrase, options);
        List<Mention> wrong = found.stream().filter(m -> m.kind() == line.fileKind()).toList();
        if (!wrong.isEmpty()) {
            fail(line + ": expected no '" + line.fileKind().label() + "' mention in «" + phrase
                    + "» but found:\n" + describe(wrong) + "\nall mentions:\n" + describe(found));
        }
    }

    private static void checkPositive(Line line, String marked, String kindCell, String value,
                                      String max, String unit, String qualifier,
                                      ExtractOptions options) {
        Kind kind;
        try {
            kind = Kind.fromLabel(kindCell);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(line + ": malformed line: unknown kind '" + kindCell
                    + "' (use a SPEC kind or 'none')");
        }
        int open = marked.indexOf(OPEN);
        int close = marked.indexOf(CLOSE);
        if (open < 0 || close < 0 || close < open
                || marked.indexOf(OPEN, open + 1) >= 0 || marked.indexOf(CLOSE, close + 1) >= 0) {
            fail(line + ": malformed positive line: the phrase must mark exactly one span "
                    + "with [[ and ]]: " + marked);
        }
        String text = marked.substring(0, open) + marked.substring(open + OPEN.length(), close)
                + marked.substring(close + CLOSE.length());
        int start = open;
        int end = close - OPEN.length();
        if (end <= start) {
            fail(line + ": malformed positive line: empty [[ ]] span");
        }
        if (value.isEmpty()) {
            fail(line + ": malformed positive line: the value column is empty");
        }
        Qualifier expectedQualifier = null;
        boolean noQualifier = qualifier.equals("-");
        if (!qualifier.isEmpty() && !noQualifier) {
            try {
                expectedQualifier = Qualifier.fromLabel(qualifier);
            } catch (IllegalArgumentException e) {
                fail(line + ": malformed line: unknown qualifier '" + qualifier + "'");
            }
        }
        if (kind.isNumeric()) {
            requireDecimal(line, "value", value);
            if (!max.isEmpty()) {
                requireDecimal(line, "value_max", max);
            }
        }
        String expectedText = text.substring(start, end);

        List<Mention> found = extract(line, text, options);
        List<Mention> atSpan = found.stream()
                .filter(m -> m.start() == start && m.end() == end).toList();
        if (atSpan.size() != 1) {
            fail(line + ": expected exactly one mention at [" + start + "," + end + ") «"
                    + expectedText + "» (" + kind.label() + " " + value
                    + (max.isEmpty() ? "" : ".." + max) + (unit.isEmpty() ? "" : " " + unit)
                    + ") but found " + atSpan.size() + "; all mentions in «" + text + "»:\n"
                    + describe(found));
        }
        Mention m = atSpan.get(0);
        Qualifier q = expectedQualifier;
        List<Executable> checks = new ArrayList<>();
        String where = line + " «" + expectedText + "»: ";
        checks.add(() -> assertEquals(expectedText, m.text(), where + "text"));
        checks.add(() -> assertEquals(kind, m.kind(), where + "kind"));
        checks.add(() -> assertValue(where + "value", kind, value, m.value()));
        checks.add(() -> assertValue(where + "value_max", kind, emptyToNull(max), m.valueMax()));
        checks.add(() -> assertEquals(emptyToNull(unit), emptyToNull(m.unit()), where + "unit"));
        if (q != null) {
            checks.add(() -> assertEquals(q.label(),
                    m.qualifier() == null ? null : m.qualifier().label(), where + "qualifier"));
        } else if (noQualifier) {
            checks.add(() -> assertEquals(null, m.qualifier() == null ? null : m.qualifier().label(),
                    where + "qualifier"));
        }
        List<Mention> overlapping = found.stream()
                .filter(o -> o != m && o.kind().isNumeric() && o.start() < end && start < o.end())
                .toList();
        checks.add(() -> assertTrue(overlapping.isEmpty(), where
                + "other numeric mentions overlap the expected span:\n" + describe(overlapping)));
        assertAll(line + ": mention at [" + start + "," + end + ") found; all mentions:\n"
                + describe(found), checks);
    }

    private static void assertValue(String message, Kind kind, String expected, String actual) {
        if (expected == null) {
            assertEquals(null, emptyToNull(actual), message);
            return;
        }
        if (actual == null) {
            fail(message + ": expected <" + expected + "> but was <null>");
        }
        if (!kind.isNumeric()) {
            assertEquals(expected, actual, message);
            return;
        }
        assertTrue(PLAIN_DECIMAL.matcher(actual).matches(), message + ": <" + actual
                + "> is not a plain decimal (SPEC: '.' decimal point, no grouping, no exponent)");
        assertTrue(new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0,
                () -> message + ": expected <" + expected + "> but was <" + actual + ">");
    }

    private static void requireDecimal(Line line, String column, String cell) {
        if (!PLAIN_DECIMAL.matcher(cell).matches()) {
            fail(line + ": malformed line: " + column + " '" + cell
                    + "' is not a plain decimal (digits, optional '-', '.' decimal point)");
        }
    }

    private static LocalDateTime parseReference(Line line, String cell) {
        try {
            return cell.contains("T") ? LocalDateTime.parse(cell)
                    : LocalDate.parse(cell).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new AssertionError(line + ": malformed line: reference '" + cell
                    + "' is not an ISO date or date-time");
        }
    }

    private static List<Mention> extract(Line line, String text, ExtractOptions options) {
        List<Mention> found = Figx.forLanguage(line.language()).extract(text, options);
        for (Mention m : found) {
            if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
                fail(line + ": mention text does not match the input between its offsets: "
                        + describe(List.of(m)));
            }
        }
        return found;
    }

    static String describe(List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return "  (none)";
        }
        return mentions.stream().map(m -> "  " + m.kind().label() + " [" + m.start() + ","
                        + m.end() + ") «" + m.text() + "» value=" + m.value()
                        + (m.valueMax() == null ? "" : " value_max=" + m.valueMax())
                        + (m.unit() == null ? "" : " unit=" + m.unit())
                        + (m.qualifier() == null ? "" : " qualifier=" + m.qualifier().label()))
                .collect(Collectors.joining("\n"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String visible(String s) {
        return s.replace("\t", "⇥");
    }

    /** The kind a corpus file is named for, or null for a topic file such as vague.tsv. */
    private static Kind kindNamed(String name) {
        for (Kind kind : Kind.values()) {
            if (kind.label().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
