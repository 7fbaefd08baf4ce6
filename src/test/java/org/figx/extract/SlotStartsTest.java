package org.figx.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.figx.Language;
import org.figx.grammar.Slots;
import org.figx.grammar.TokenClass;
import org.figx.lang.Lexicon;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar tries a rule that starts with a slot only at the words the scanner
 * says that slot may start with ({@link TemporalScanner#firstWords}). Were a slot
 * to read at another word, a rule would silently miss it: on every token of the
 * project's French texts (test articles, bench prose, corpus phrases), each slot
 * that reads something must start with one of its first words.
 */
class SlotStartsTest {
    private static final Language LANGUAGE = Language.FR;

    @TestFactory
    Stream<DynamicTest> everySlotReadsOnlyWhereItsFirstWordsSay() throws IOException {
        Lexicon lexicon = Lexicon.load(LANGUAGE);
        org.figx.grammar.Grammar<TemporalReading> grammar = new TemporalGrammar(lexicon).grammar();
        List<String> texts = texts();
        List<DynamicTest> tests = new ArrayList<>();
        for (String type : new java.util.TreeSet<>(Slots.TYPES)) {
            Collection<String> starts = TemporalScanner.firstWords(lexicon, type);
            if (grammar.fillsSlot(type) || starts == null) {
                continue; // read by rules (their own first words are walked), or tried anywhere
            }
            tests.add(DynamicTest.dynamicTest(type, () -> {
                int reads = 0;
                for (String text : texts) {
                    TemporalScanner scanner = new TemporalScanner(text, lexicon);
                    scanner.useNumbers(new NumberScanner(lexicon).scan(text, 0, text.length()).numbers());
                    for (Token k = scanner.next(0); k != null; k = scanner.next(k.end())) {
                        if (scanner.slot(type, k) != null) {
                            reads++;
                            String word = text.substring(k.start(), k.end());
                            assertTrue(admits(starts, text, k),
                                    () -> "slot " + type + " reads at '" + word + "', not among its first words, in: " + text);
                        }
                    }
                }
                assertTrue(reads > 0, "slot " + type + " read nothing in the project's texts: add a phrase that has one");
            }));
        }
        return tests.stream();
    }

    private static boolean admits(Collection<String> starts, String text, Token k) {
        char c = text.charAt(k.start());
        return starts.contains(Fold.fold(text, k.start(), k.end()))
                || (Chars.isDigit(c) || org.figx.numbers.VulgarFractions.is(c)) && starts.contains(TokenClass.DIGITS)
                || Character.isUpperCase(c) && starts.contains(TokenClass.CAPITAL);
    }

    /** Each test article and bench text whole, and each corpus phrase, line by line. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("testdata/articles/fr", "testdata/bench/fr")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("testdata/corpus/fr"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line.split("\t")[0].replace("[[", "").replace("]]", ""));
                    }
                }
            }
        }
        return texts;
    }
}
