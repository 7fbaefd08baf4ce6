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
            for (Rule rule : new TemporalGrammar(Lexicon.load(language)).grammar().rules()) {
                if (rule.piece()) {
                    continue; // a piece makes no mention of its own: the rules using it show it at work
                }
                tests.add(DynamicTest.dynamicTest(rule.name() + " has examples",
                        () -> assertFalse(rule.examples().isEmpty(), rule.file() + ":" + rule.line())));
                for (Rule.Example example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(rule.name() + ": " + example.text(),
                            () -> assertReads(figx, rule, example)));
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

    private static void assertReads(Figx figx, Rule rule, Rule.Example example) {
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
        assertEquals(rule.name(), found.rule(), where + ": made by another rule");
        if (example.value() != null) {
            assertEquals(example.value(), found.value(), where);
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
