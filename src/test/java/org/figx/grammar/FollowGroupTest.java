package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Rules starting with the same slot are tested together: their first slot's test is
 * made once at a place with the group's follow test, and each reads what it reads alone.
 */
class FollowGroupTest {
    private static final List<Rule> RULES = RuleFile.parse("t.rules", List.of(
            "rule clock-h",
            "  pattern  {h:count} h",
            "  make     x",
            "rule hours",
            "  pattern  {h:count} heure|heures",
            "  make     x",
            "rule years",
            "  pattern  {n:count} ans",
            "  make     x",
            "rule alone",
            "  pattern  {n:count}",
            "  make     x"));

    private static final Grammar.ListWords WORDS = WordListScanner.listWords(Map.of());
    private static final Grammar.Builder<String> NAMES = WordListScanner.NAMES;

    private static Scanner scanner(String text) {
        return new WordListScanner(text, Map.of());
    }

    private static List<String> read(Grammar<String> grammar, String text) {
        List<String> out = new ArrayList<>();
        grammar.matchAt(scanner(text), 0, out);
        return out;
    }

    @Test
    void rulesStartingWithTheSameSlotShareItsTest() {
        Grammar<String> grammar = new Grammar<>(RULES, WORDS, NAMES);
        CompiledRule clock = grammar.compiledRule("clock-h", RULES.get(0));
        FollowGroup group = clock.group;
        assertEquals(3, group.size); // "alone" has no follow test: in no group
        assertTrue(group.sameFirstSlot);
        assertEquals("count", clock.firstSlot);
        assertSame(group, grammar.compiledRule("years", RULES.get(0)).group);
        assertEquals(null, grammar.compiledRule("alone", RULES.get(0)).group);
    }

    @Test
    void eachReadsWhatItReadsWithNoShortcut() {
        Grammar<String> fast = new Grammar<>(RULES, WORDS, NAMES);
        Grammar<String> exhaustive = Grammar.withoutShortcuts(RULES, WORDS, NAMES);
        for (String text : List.of("14 heures", "14 h", "14 ans", "14 %", "le 14")) {
            assertEquals(read(exhaustive, text), read(fast, text), text);
        }
        assertEquals(List.of("hours:0-9", "alone:0-2"), read(fast, "14 heures"));
        assertEquals(List.of("clock-h:0-4", "alone:0-2"), read(fast, "14 h"));
        assertEquals(List.of("alone:0-2"), read(fast, "14 %"));
        assertEquals(List.of(), read(fast, "le 14"));
    }
}
