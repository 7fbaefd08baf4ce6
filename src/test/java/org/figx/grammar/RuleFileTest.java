package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileTest {

    @Test
    void readsARuleWithItsPatternResultAndExamples() {
        List<Rule> rules = RuleFile.parse("t.rules", List.of(
                "# a comment",
                "rule cycle-relative",
                "  pattern  le|la|l' {unit:time-units W M} [au]? {dir:direction-words LAST NEXT}? {n:count}",
                "  make     cycle unit=$unit shift=$dir",
                "  example  la semaine dernière => XXXX-WXX",
                "  example  au [[trimestre précédent]]"));
        assertEquals(1, rules.size());
        Rule r = rules.get(0);
        assertEquals("cycle-relative", r.name());
        assertEquals(2, r.line());
        assertEquals("cycle", r.builder());
        assertEquals("$unit", r.arguments().get("unit"));
        List<Atom> atoms = r.pattern();
        assertEquals(5, atoms.size());
        Atom.Words article = (Atom.Words) atoms.get(0);
        assertEquals(List.of("l", "'"), List.of(article.alternatives().get(0))); // longest phrase first
        Atom.FromList unit = (Atom.FromList) atoms.get(1);
        assertEquals("time-units", unit.list());
        assertEquals(java.util.Set.of("W", "M"), unit.allowed());
        Atom au = atoms.get(2);
        assertEquals(true, au.context());
        assertEquals(true, au.optional());
        assertEquals(true, atoms.get(3).optional());
        assertEquals("count", ((Atom.Slot) atoms.get(4)).type());
        assertEquals(new Rule.Example("la semaine dernière", 0, 19, "XXXX-WXX"), r.examples().get(0));
        assertEquals(new Rule.Example("au trimestre précédent", 3, 22, null), r.examples().get(1));
    }

    @Test
    void readsTheSlotsARuleFills() {
        List<Rule> rules = RuleFile.parse("t.rules", List.of(
                "rule date-bare-day",
                "  pattern  {d:day-number} !{m:month}",
                "  make     date day=$d",
                "  slot-only date day",
                "rule date-day-after-le",
                "  pattern  le {d:day-number}",
                "  make     date day=$d",
                "  slot     date day",
                "rule plain",
                "  pattern  hier",
                "  make     relative-day days=-1"));
        assertEquals(java.util.Set.of("date", "day"), rules.get(0).slots());
        assertEquals(true, rules.get(0).slotOnly());
        assertEquals(true, rules.get(0).pattern().get(1) instanceof Atom.Not);
        assertEquals(java.util.Set.of("date", "day"), rules.get(1).slots());
        assertEquals(false, rules.get(1).slotOnly());
        assertEquals(java.util.Set.of(), rules.get(2).slots());
        assertEquals(false, rules.get(2).slotOnly());
    }

    @Test
    void readsAPieceAlternativesAndNegatedAtoms() {
        List<Rule> rules = RuleFile.parse("t.rules", List.of(
                "piece minutes",
                "  pattern  {n:count} !{u:time-units} {d:day|@holiday|date-prefixes}",
                "  make     value of=$n"));
        Rule r = rules.get(0);
        assertEquals(true, r.piece());
        assertEquals(Grammar.VALUE, r.builder());
        Atom.Not not = (Atom.Not) r.pattern().get(1);
        assertEquals("time-units", ((Atom.FromList) not.atom()).list());
        assertEquals(true, not.context());
        Atom.AnyOf any = (Atom.AnyOf) r.pattern().get(2);
        assertEquals("d", any.capture());
        assertEquals("day", ((Atom.Slot) any.alternatives().get(0)).type());
        assertEquals("holiday", ((Atom.Slot) any.alternatives().get(1)).ruleName());
        assertEquals("date-prefixes", ((Atom.FromList) any.alternatives().get(2)).list());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleFile.parse("t.rules", List.of("rule x", "  pattern  hier", "  make  value of=1")));
        assertEquals(true, e.getMessage().contains("only a piece"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pattern before rule      | '  pattern  hier'                       | t.rules:1: 'pattern' before the first 'rule'",
        "unknown key              | 'rule x|  matches  hier'                | t.rules:2: unknown key 'matches'",
        "rule without make        | 'rule x|  pattern  hier'                | t.rules:1: rule x needs a 'pattern' and a 'make'",
        "unclosed brace           | 'rule x|  pattern  {unit:time-units'    | t.rules:2: unclosed {",
        "brace without a name     | 'rule x|  pattern  {time-units}'        | t.rules:2: expected {name:what}",
        "argument without a value | 'rule x|  pattern  hier|  make  cycle W' | t.rules:3: expected key=value",
    })
    void malformedLinesNameTheFileAndLine(String what, String text, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleFile.parse("t.rules", List.of(text.split("\\|", -1))));
        assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
    }
}
