package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.text.Token;
import org.junit.jupiter.api.Test;

/**
 * A rule with nothing required after its first atom (no follow test) is not tried
 * where that atom, a look-up or a remembered rule, reads nothing: the readings are
 * those of the grammar with no shortcut.
 */
class FirstAtomReadTest {
    private static final List<Rule> RULES = RuleFile.parse("t.rules", List.of(
            "rule relative",
            "  pattern  {d:days}",
            "  make     x",
            "rule holiday",
            "  pattern  {a:prefixes}? {d:holidays}",
            "  make     x",
            "piece clock",
            "  pattern  {h:count} h",
            "  make     value of=$h",
            "rule time",
            "  pattern  {t:@clock} matin?",
            "  make     x",
            "rule at-clock",
            "  pattern  vers {t:@clock}",
            "  make     x"));

    /** Lists of one word or two, as written: the index knows them as the scanner does. */
    private static final Map<String, Set<String>> LISTS = Map.of("days", Set.of("hier", "demain"),
            "prefixes", Set.of("le"), "holidays", Set.of("noel"));
    private static final Grammar.ListWords WORDS = WordListScanner.listWords(LISTS);
    private static final Grammar.Builder<String> NAMES = WordListScanner.NAMES;

    private static Scanner scanner(String text) {
        return new WordListScanner(text, LISTS);
    }

    private static List<String> everywhere(Grammar<String> grammar, String text) {
        List<String> out = new ArrayList<>();
        Scanner s = scanner(text);
        for (Token k = s.next(0); k != null; k = s.next(k.end())) {
            grammar.matchAt(s, k.start(), out);
        }
        return out;
    }

    @Test
    void readsWhatTheGrammarWithNoShortcutReads() {
        Grammar<String> fast = new Grammar<>(RULES, WORDS, NAMES);
        Grammar<String> exhaustive = Grammar.withoutShortcuts(RULES, WORDS, NAMES);
        List<String> texts = List.of("hier vers 9 h matin", "le noel 12 %", "le 3 demain", "vers 9 heures");
        for (String text : texts) {
            assertEquals(everywhere(exhaustive, text), everywhere(fast, text), text);
        }
        assertEquals(List.of("relative:0-4", "at-clock:5-13", "time:10-19"), everywhere(fast, texts.get(0)));
        assertEquals(List.of("holiday:0-7", "holiday:3-7"), everywhere(fast, texts.get(1)));
        assertEquals(List.of("relative:5-11"), everywhere(fast, texts.get(2)));
        assertEquals(List.of(), everywhere(fast, texts.get(3)));
    }

    @Test
    void aWordAtomFindsItsPhrasesByTheirFirstWordFewOrMany() {
        List<Rule> rules = RuleFile.parse("w.rules", List.of(
                "rule many",
                "  pattern  a|b|c|d|e|f|g|h|i|j_k {n:count}",
                "  make     x",
                "rule few",
                "  pattern  m|n_o {n:count}",
                "  make     x"));
        Grammar<String> fast = new Grammar<>(rules, WORDS, NAMES);
        assertEquals(List.of("many:0-3"), everywhere(fast, "a 3"));
        assertEquals(List.of("many:0-5"), everywhere(fast, "j k 3"));
        assertEquals(List.of("few:0-3"), everywhere(fast, "m 3"));
        assertEquals(List.of("few:0-5"), everywhere(fast, "n o 3"));
        assertEquals(List.of(), everywhere(fast, "j 3 k n 3 z 3"));
    }
}
