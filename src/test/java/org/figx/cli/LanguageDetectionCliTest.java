package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang auto} over a folder of French and English files (testdata/languages,
 * each named after its language): every row of a file carries that language, in
 * JSON Lines and with {@code --explain}; {@code --lang} forces one language on all.
 */
class LanguageDetectionCliTest {
    private static final Path FILES = Path.of("testdata", "languages");
    private static final Pattern SOURCE_AND_LANG = Pattern.compile(
            "\"source\":\"[^\"]*/([^\"/]+)\".*\"lang\":\"([a-z]+)\"}");

    /** The language of each file's rows in JSON Lines output, one language per file or a failure. */
    private static Map<String, String> languagesByFile(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.stderr());
        Map<String, String> out = new TreeMap<>();
        for (String line : result.stdout().split("\n")) {
            Matcher m = SOURCE_AND_LANG.matcher(line);
            assertTrue(m.find(), line);
            String before = out.put(m.group(1), m.group(2));
            assertTrue(before == null || before.equals(m.group(2)), m.group(1) + " has rows in two languages");
        }
        return out;
    }

    private static Map<String, String> expected(String forced) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(FILES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = file.getFileName().toString();
                out.put(name, forced != null ? forced : name.substring(0, 2));
            }
        }
        return out;
    }

    @Test
    void autoGivesEachFileItsLanguage() throws IOException {
        assertEquals(expected(null), languagesByFile(Cli.run("", "--format", "jsonl", FILES.toString())));
        assertEquals(expected(null), languagesByFile(Cli.run("", "--format", "jsonl", "--lang", "auto",
                FILES.toString())));
    }

    @Test
    void langForcesOneLanguageOnEveryFile() throws IOException {
        assertEquals(expected("en"), languagesByFile(Cli.run("", "--format", "jsonl", "--lang", "en",
                FILES.toString())));
        assertEquals(expected("fr"), languagesByFile(Cli.run("", "--format", "jsonl", "--lang", "fr",
                FILES.toString())));
    }

    @Test
    void explainEndsEachRowWithItsLanguage() {
        Cli.Result result = Cli.run("", "--explain", FILES.resolve("en-city.txt").toString());
        assertEquals(0, result.exitCode(), result.stderr());
        String[] lines = result.stdout().split("\r?\n");
        assertTrue(lines[0].endsWith(",rule,lang"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].endsWith(",en"), lines[i]);
        }
    }

    @Test
    void standardInputIsDetectedToo() {
        Cli.Result english = Cli.run("The board said revenue was up 4% in 2024 and it will pay a dividend.\n",
                "--format", "jsonl");
        assertTrue(english.stdout().contains("\"lang\":\"en\""), english.stdout());
        Cli.Result undecided = Cli.run("28 milliards USD\n", "--format", "jsonl");
        assertTrue(undecided.stdout().contains("\"lang\":\"fr\""), undecided.stdout());
    }
}
