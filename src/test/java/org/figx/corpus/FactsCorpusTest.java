package org.figx.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts a figure carries, table-driven: every non-comment line of every
 * {@code testdata/corpus/<lang>/facts/*.tsv} file is one test, read in that language.
 *
 * <p>Line format (tab-separated, 6 or 7 columns):
 * {@code phrase kind value when subject modality [reference]}. The phrase marks one
 * figure with {@code [[ ]]}; exactly one mention has that span, with that kind and
 * value, and its {@code when}, {@code subject} and {@code modality} are exactly the
 * cells: an empty cell means the column must be empty ("empty rather than wrong").
 * The reference is an ISO date. Malformed lines fail; they are never skipped.
 */
class FactsCorpusTest {
    static final Path CORPUS = Path.of("testdata", "corpus");

    record Line(Language language, String file, int number, String raw) {
        @Override
        public String toString() {
            return language.code() + "/" + file + ":" + number;
        }
    }

    static Stream<Arguments> factLines() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            Path folder = CORPUS.resolve(language.code()).resolve("facts");
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no facts corpus under " + folder.toAbsolutePath());
            }
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String raw = lines.get(i);
                    if (!raw.isBlank() && !raw.startsWith("#")) {
                        Line line = new Line(language, "facts/" + file.getFileName(), i + 1, raw);
                        out.add(Arguments.of(line + " " + raw.split("\t", -1)[0], line));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factLines")
    void factLine(String displayName, Line line) {
        String[] cols = line.raw().split("\t", -1);
        if (cols.length != 6 && cols.length != 7) {
            fail(line + ": malformed line: expected 6 or 7 tab-separated columns "
                    + "(phrase, kind, value, when, subject, modality[, reference]), found " + cols.length);
        }
        String marked = cols[0];
        int open = marked.indexOf("[[");
        int close = marked.indexOf("]]");
        if (open < 0 || close < open) {
            fail(line + ": malformed line: the phrase must mark one figure with [[ ]]");
        }
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        int start = open;
        int end = close - 2;
        ExtractOptions options = ExtractOptions.defaults();
        if (cols.length == 7 && !cols[6].isBlank()) {
            options = options.withReferenceDate(LocalDate.parse(cols[6].trim()).atStartOfDay());
        }
        List<Mention> found = Figx.forLanguage(line.language()).extract(text, options.withLanguage(line.language()));
        List<Mention> at = found.stream().filter(m -> m.start() == start && m.end() == end).toList();
        if (at.size() != 1) {
            fail(line + ": expected one mention at «" + text.substring(start, end) + "» in «" + text
                    + "», found " + at.size() + " there; all: " + found.stream()
                    .map(m -> m.kind().label() + " «" + m.text() + "»").toList());
        }
        Mention m = at.get(0);
        assertAll(
                () -> assertEquals(cols[1].trim(), m.kind().label(), line + " kind"),
                () -> assertEquals(0, new BigDecimal(cols[2].trim()).compareTo(new BigDecimal(m.value())),
                        line + " value: expected " + cols[2].trim() + ", got " + m.value()),
                () -> assertEquals(emptyAsNull(cols[3]), m.when(), line + " when"),
                () -> assertEquals(emptyAsNull(cols[4]), m.subject(), line + " subject"),
                () -> assertEquals(emptyAsNull(cols[5]), m.modality() == null ? null : m.modality().label(),
                        line + " modality"));
    }

    private static String emptyAsNull(String cell) {
        return cell.isBlank() ? null : cell.trim();
    }
}
