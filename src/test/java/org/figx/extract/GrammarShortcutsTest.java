package org.figx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figx.Language;
import org.figx.grammar.Grammar;
import org.figx.lang.Lexicon;
import org.figx.text.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar's speed comes from shortcuts: rules indexed by the tokens they may
 * start with, the token after a rule's first atom tested before it is tried,
 * rules starting alike tested together. Each must only skip attempts that would
 * fail. At every token of the project's French texts (test articles, bench
 * prose, corpus phrases), the grammar reads exactly what the same rules read
 * with no shortcut at all, every rule tried everywhere.
 */
class GrammarShortcutsTest {
    private static final Lexicon LEXICON = Lexicon.load(Language.FR);
    private static final Grammar<TemporalReading> FAST = new TemporalGrammar(LEXICON).grammar();
    private static final Grammar<TemporalReading> EXHAUSTIVE = new TemporalGrammar(LEXICON, false).grammar();

    @TestFactory
    Stream<DynamicTest> shortcutsChangeNoReading() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dir : List.of("testdata/articles/fr", "testdata/bench/fr")) {
            for (Path f : files(dir, ".txt")) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                tests.add(DynamicTest.dynamicTest(f.toString(), () -> assertSameReadings(List.of(text))));
            }
        }
        for (Path f : files("testdata/corpus/fr", ".tsv")) {
            List<String> phrases = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    phrases.add(line.split("\t")[0].replace("[[", "").replace("]]", ""));
                }
            }
            tests.add(DynamicTest.dynamicTest(f.toString(), () -> assertSameReadings(phrases)));
        }
        return tests.stream();
    }

    private static void assertSameReadings(List<String> texts) {
        int readings = 0;
        for (String text : texts) {
            TemporalScanner fast = scanner(text);
            TemporalScanner exhaustive = scanner(text);
            int pos = 0;
            while (pos < text.length()) {
                Token k = fast.next(pos);
                if (k == null) { // the end of a line: the next line starts after its break
                    int lineBreak = text.indexOf('\n', pos);
                    if (lineBreak < 0) {
                        break;
                    }
                    pos = lineBreak + 1;
                    continue;
                }
                pos = k.end();
                List<TemporalReading> expected = new ArrayList<>();
                EXHAUSTIVE.matchAt(exhaustive, k.start(), expected);
                List<TemporalReading> actual = new ArrayList<>();
                FAST.matchAt(fast, k.start(), actual);
                int at = k.start();
                assertEquals(expected, actual, () -> "at " + at + " ('" + text.substring(at, Math.min(text.length(), at + 40))
                        + "…'), the shortcuts change what the grammar reads");
                readings += actual.size();
            }
        }
        assertTrue(readings > 0, "no temporal reading at all: the comparison proves nothing");
    }

    private static TemporalScanner scanner(String text) {
        TemporalScanner scanner = new TemporalScanner(text, LEXICON);
        scanner.useNumbers(new NumberScanner(LEXICON).scan(text, 0, text.length()).numbers());
        return scanner;
    }

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> listing = Files.list(Path.of(dir))) {
            return listing.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
