package org.figx.extract;

import java.util.ArrayList;
import java.util.List;
import org.figx.grammar.Grammar;
import org.figx.grammar.Rule;
import org.figx.grammar.RuleFile;
import org.figx.lang.Lexicon;
import org.figx.lang.ResourceLists;

/**
 * A language's temporal rule files ({@code /org/figx/lang/<lang>/time/*.rules},
 * listed in {@code time/files.txt}), compiled once into a {@link Grammar}.
 */
final class TemporalGrammar {
    private final Grammar<TemporalReading> grammar;

    TemporalGrammar(Lexicon lexicon) {
        this(lexicon, true);
    }

    /** With {@code shortcuts} false, a grammar that tries every rule everywhere ({@link Grammar#withoutShortcuts}). */
    TemporalGrammar(Lexicon lexicon, boolean shortcuts) {
        String base = "/org/figx/lang/" + lexicon.language().code() + "/";
        List<Rule> rules = new ArrayList<>();
        for (String file : new ResourceLists(lexicon.language()).lines("time/files.txt")) {
            rules.addAll(RuleFile.read(base + "time/" + file));
        }
        for (Rule r : rules) {
            if (!TemporalBuilders.NAMES.contains(r.builder()) && !(r.piece() && r.builder().equals(Grammar.VALUE))) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name()
                        + " makes unknown '" + r.builder() + "' (known: " + new java.util.TreeSet<>(TemporalBuilders.NAMES) + ")");
            }
        }
        var lists = lexicon.temporal().grammarLists();
        Grammar.ListWords listWords = new Grammar.ListWords() {
            @Override
            public java.util.Collection<String> firstWords(String list) {
                return lists.firstWords(list);
            }

            @Override
            public java.util.Collection<String> slotFirstWords(String type) {
                return TemporalScanner.firstWords(lexicon, type);
            }
        };
        this.grammar = shortcuts ? new Grammar<>(rules, listWords, new TemporalBuilders())
                : Grammar.withoutShortcuts(rules, listWords, new TemporalBuilders());
    }

    Grammar<TemporalReading> grammar() {
        return grammar;
    }
}
