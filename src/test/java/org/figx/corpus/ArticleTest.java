package org.figx.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.figx.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden article tests: every {@code testdata/articles/<lang>/<name>.txt} goes through
 * the real command line ({@code figx --lang <lang> <path>}) and its whole CSV output is
 * compared with {@code <name>.expected.csv}, so a change in any column shows up as a
 * diff to review.
 *
 * <p>Run with {@code -Dfigx.updateGolden=true} to (re)write the expected files instead;
 * then {@link OracleTest} checks them against {@code <name>.figures.md} or
 * {@code .facts.md}, the hand-made lists of figures, and names each new disagreement.
 */
class ArticleTest {

    static final Path ARTICLES_ROOT = Path.of("testdata", "articles");

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
        String language = article.getParent().getFileName().toString();
        String actual = runFigx("--lang", language, article.toString().replace('\\', '/'));

        String name = article.getFileName().toString();
        Path expectedFile = article.resolveSibling(
                name.substring(0, name.length() - ".txt".length()) + ".expected.csv");
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
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, article + " differs from " + expectedFile.getFileName()
                    + " (-expected +actual):\n" + diff(expected, actual)
                    + "\nIf the change is right, regenerate with -Dfigx.updateGolden=true");
        }
    }

    private static String runFigx(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), outStream, errStream, false)
                    .execute(args);
            outStream.flush();
            assertEquals(0, code, "figx exit code; stderr: " + err.toString(StandardCharsets.UTF_8));
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The lines only in one side, marked - (expected) and + (actual). */
    private static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder sb = new StringBuilder();
        e.stream().filter(line -> !a.contains(line)).forEach(line -> sb.append("- ").append(line).append('\n'));
        a.stream().filter(line -> !e.contains(line)).forEach(line -> sb.append("+ ").append(line).append('\n'));
        return sb.toString();
    }
}
