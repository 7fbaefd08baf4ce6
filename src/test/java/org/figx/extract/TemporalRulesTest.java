package org.figx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.figx.grammar.Rule;
import org.figx.lang.Lexicon;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of every temporal rule file: read with no reference date, the
 * example's span is one mention, made by that rule (no other rule wins), with
 * the value the example gives.
 */
class TemporalRulesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleReadsItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            Figx figx = Figx.forLanguage(language);
            Lexicon lexicon = Lexicon.load(language);
            org.figx.grammar.Grammar<TemporalReading> grammar = new TemporalGrammar(lexicon).grammar();
            for (Rule rule : grammar.rules()) {
                if (rule.piece()) {
                    continue; // a piece makes no mention of its own: the rules using it show it at work
                }
                tests.add(DynamicTest.dynamicTest(rule.name() + " has examples",
                        () -> assertFalse(rule.examples().isEmpty(), rule.file() + ":" + rule.line())));
                for (Rule.Example example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(rule.name() + ": " + example.text(), rule.slotOnly()
                            ? () -> assertFills(lexicon, grammar, rule, example)
                            : () -> assertReads(figx, rule, readers(grammar, rule), example)));
                }
            }
        }
        return tests.stream();
    }

    /** The grammar README documents every builder a rule may make, so a new one cannot go undocumented. */
    @org.junit.jupiter.api.Test
    void readmeDocumentsEveryBuilder() throws java.io.IOException {
        String readme;
        try (var in = TemporalRulesTest.class.getResourceAsStream("/org/figx/lang/fr/time/README.md")) {
            assertNotNull(in, "time/README.md is missing");
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String builder : new java.util.TreeSet<>(TemporalBuilders.NAMES)) {
            org.junit.jupiter.api.Assertions.assertTrue(readme.contains("| `" + builder + "` |"),
                    "time/README.md has no row for builder " + builder);
        }
    }

    /**
     * The names a rule's mentions may bear: its own, and those of the rules
     * filling a slot of its pattern when it hands on what they read ({@code
     * written-date}: the mention keeps the name of the form that read the date).
     */
    private static java.util.Set<String> readers(org.figx.grammar.Grammar<TemporalReading> grammar, Rule rule) {
        java.util.Set<String> names = new java.util.HashSet<>(java.util.Set.of(rule.name()));
        for (org.figx.grammar.Atom a : rule.pattern()) {
            if (a instanceof org.figx.grammar.Atom.Slot s && grammar.fillsSlot(s.type())
                    && rule.arguments().containsValue("$" + s.capture())) {
                grammar.rules().stream().filter(r -> r.slots().contains(s.type())).forEach(r -> names.add(r.name()));
            }
        }
        return names;
    }

    private static void assertReads(Figx figx, Rule rule, java.util.Set<String> names, Rule.Example example) {
        if (rule.builder().equals(TemporalBuilders.NOT_TEMPORAL)) {
            assertReadsNothing(figx, rule, example);
            return;
        }
        Mention found = null;
        for (Mention m : figx.extract(example.text())) {
            if (m.start() == example.start() && m.end() == example.end()) {
                found = m;
            }
        }
        String where = rule.file() + ":" + rule.line() + " example '" + example.text() + "'";
        assertNotNull(found, where + ": no mention over "
                + example.text().substring(example.start(), example.end()) + " in " + figx.extract(example.text()));
        org.junit.jupiter.api.Assertions.assertTrue(names.contains(found.rule()),
                where + ": made by another rule, " + found.rule());
        if (example.value() != null) {
            assertEquals(example.value(), found.value(), where);
        }
    }

    /**
     * A {@code slot-only} rule's example, read by that rule alone (it makes no
     * mention of its own): exactly the example's span, with its value.
     */
    private static void assertFills(Lexicon lexicon, org.figx.grammar.Grammar<TemporalReading> grammar, Rule rule,
                                    Rule.Example example) {
        String where = rule.file() + ":" + rule.line() + " example '" + example.text() + "'";
        TemporalReading r = grammar.matchRule(rule.name(), new TemporalScanner(example.text(), lexicon),
                example.start());
        assertNotNull(r, where + ": not read");
        assertEquals(example.end(), r.end(), where + ": span");
        if (example.value() != null) {
            assertEquals(example.value(), org.figx.time.Resolver.resolve(r.expr(), org.figx.time.Reference.none())
                    .value(), where);
        }
    }

    /** A {@code none} rule's example: no temporal mention inside its span. */
    private static void assertReadsNothing(Figx figx, Rule rule, Rule.Example example) {
        for (Mention m : figx.extract(example.text())) {
            boolean inside = example.start() <= m.start() && m.end() <= example.end()
                    && (!rule.arguments().containsKey("kind") || m.kind().name().equalsIgnoreCase(rule.arguments().get("kind")));
            org.junit.jupiter.api.Assertions.assertFalse(inside && !m.kind().isNumeric(),
                    rule.file() + ":" + rule.line() + " example '" + example.text() + "': " + m);
        }
    }
}
