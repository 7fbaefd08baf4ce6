package org.figx.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden article tests: every {@code testdata/articles/<lang>/<name>.txt} is run through
 * the extractor and its mentions, rendered one per line as
 * {@code start end kind text value value_max unit qualifier} (tab-separated, offsets in
 * code points), are compared with {@code <name>.expected.tsv}.
 *
 * <p>Run with {@code -Dfigx.updateGolden=true} to (re)write the expected files instead;
 * then review the diff against {@code <name>.figures.md}, the hand-made list of figures.
 */
class ArticleTest {

    static final Path ARTICLES_ROOT = Path.of("testdata", "articles");
    static final String HEADER = "start\tend\tkind\ttext\tvalue\tvalue_max\tunit\tqualifier";

    @TestFactory
    Stream<DynamicTest> goldenArticles() throws IOException {
        if (!Files.isDirectory(ARTICLES_ROOT)) {
            throw new IllegalStateException("articles directory not found: "
                    + ARTICLES_ROOT.toAbsolutePath() + " (run the tests from the project root)");
        }
        List<Path> articles;
        try (Stream<Path> walk = Files.walk(ARTICLES_ROOT, 2)) {
            articles = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> ARTICLES_ROOT.relativize(p).getNameCount() == 2)
                    .sorted()
                    .toList();
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article under " + ARTICLES_ROOT.toAbsolutePath());
        }
        return articles.stream().map(p -> DynamicTest.dynamicTest(
                ARTICLES_ROOT.relativize(p).toString().replace('\\', '/'), () -> check(p)));
    }

    private static void check(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Language language = Language.valueOf(
                article.getParent().getFileName().toString().toUpperCase(Locale.ROOT));
        ExtractOptions options = ExtractOptions.defaults();
        options = new ExtractOptions(options.kinds(), language, options.referenceDate());
        List<Mention> mentions = Figx.forLanguage(language).extract(text, options);
        String actual = render(text, mentions);

        String name = article.getFileName().toString();
        Path expectedFile = article.resolveSibling(
                name.substring(0, name.length() - ".txt".length()) + ".expected.tsv");
        if (Boolean.getBoolean("figx.updateGolden")) {
            Path tmp = expectedFile.resolveSibling(expectedFile.getFileName() + ".tmp");
            Files.writeString(tmp, actual, StandardCharsets.UTF_8);
            Files.move(tmp, expectedFile, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("golden file missing: " + expectedFile + "\nReview the output below against "
                    + name.replace(".txt", ".figures.md") + ", then create it with "
                    + "mvn test -Dtest=ArticleTest -Dfigx.updateGolden=true\n" + actual);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8)
                .replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, article + " differs from " + expectedFile.getFileName()
                    + " (-expected +actual):\n" + diff(expected, actual)
                    + "\nIf the change is right, regenerate with -Dfigx.updateGolden=true");
        }
    }

    /** One line per mention, in start order; offsets in code points as in the CSV. */
    static String render(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Mention m : sorted) {
            if (!text.substring(m.start(), m.end()).equals(m.text())) {
                fail("mention text «" + m.text() + "» is not the input between its offsets ["
                        + m.start() + "," + m.end() + ")");
            }
            sb.append(text.codePointCount(0, m.start())).append('\t')
                    .append(text.codePointCount(0, m.end())).append('\t')
                    .append(m.kind().label()).append('\t')
                    .append(cell(m.text())).append('\t')
                    .append(cell(m.value())).append('\t')
                    .append(cell(m.valueMax())).append('\t')
                    .append(cell(m.unit())).append('\t')
                    .append(m.qualifier() == null ? "" : m.qualifier().label())
                    .append('\n');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String diff(String expected, String actual) {
        Set<String> exp = new LinkedHashSet<>(expected.lines().toList());
        Set<String> act = new LinkedHashSet<>(actual.lines().toList());
        StringBuilder sb = new StringBuilder();
        for (String l : exp) {
            if (!act.contains(l)) {
                sb.append("- ").append(l).append('\n');
            }
        }
        for (String l : act) {
            if (!exp.contains(l)) {
                sb.append("+ ").append(l).append('\n');
            }
        }
        return sb.length() == 0 ? "(same lines, different order or duplicates)\n" : sb.toString();
    }
}
