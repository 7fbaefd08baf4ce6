package org.figx.grammar;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.figx.text.Token;

/**
 * What the token after a rule's first atom must be, tested before the rule is
 * tried: a rule indexed by a common word ({@code le|la? {rank:nth-day-words} …})
 * or starting with a number ({@code {n:count} {dir:direction-words} …}) then
 * costs a look-up where it cannot match, not an attempt. A pure shortcut: a rule
 * it lets through is matched as before, and it stops only rules that would fail.
 */
final class Lookahead {
    /**
     * The atom a rule starts with when it starts with words or a word list
     * ({@code first}, else null), and what the token after it, or after the rule's
     * first slot, must start: one of {@code words}, or what slot {@code slot} reads.
     */
    private record Test(Atom first, FirstWords words, String slot) {
        boolean starts(Scanner s, Token k) {
            return k != null && (words != null ? words.startsAt(s.text(), k) : s.slot(slot, k) != null);
        }
    }

    /** Whether rules fill a slot type (no cheap test: reading it is matching rules). */
    private final java.util.function.Predicate<String> filledByRules;

    /** Tests of rules that start with words. */
    private final Map<Rule, Test> afterWords = new IdentityHashMap<>();
    /** Tests of rules whose first token is a slot's ("{n:count}", or after optional words). */
    private final Map<Rule, Test> afterSlot = new IdentityHashMap<>();

    /**
     * @param startWords the words a rule (by name) may start with, or null when it may
     *                   start with a slot
     */
    Lookahead(List<Rule> rules, Grammar.ListWords lists, BiFunction<String, Grammar.ListWords, Set<String>> startWords,
              java.util.function.Predicate<String> filledByRules, Starts starts) {
        this.filledByRules = filledByRules;
        for (Rule r : rules) {
            List<Atom> p = r.pattern();
            if (p.size() >= 2 && (p.get(0) instanceof Atom.Words || p.get(0) instanceof Atom.FromList)) {
                Test t = test(p.get(0), p.get(1), lists, startWords);
                if (t != null) {
                    afterWords.put(r, t);
                }
            }
            for (int i = 0; i + 1 < p.size(); i++) {
                Atom a = p.get(i);
                if (a instanceof Atom.Not) {
                    continue; // reads nothing: what follows starts at the same token
                }
                if (a instanceof Atom.Slot slot && !slot.isRule() && !a.optional()) {
                    Test t = test(null, p.get(i + 1), lists, startWords);
                    if (t != null) {
                        afterSlot.put(r, t);
                    }
                }
                if (!a.optional() || !(a instanceof Atom.Words || a instanceof Atom.FromList)) {
                    break;
                }
            }
        }
        afterReferredSlots(rules);
        for (Rule r : rules) {
            List<Atom> p = r.pattern();
            if (p.size() >= 2 && p.get(0) instanceof Atom.Slot slot && slot.isRule() && !slot.optional()) {
                After after = after(p, 1, starts);
                if (after != null) {
                    afterRule.put(r, after);
                }
            }
        }
    }

    /** Every way an atom may start: its words, and the slot types the scanner reads. */
    interface Starts {
        void of(Atom atom, Set<String> words, Set<String> slots);
    }

    /** What the token after a rule's first atom must be: one of {@code words}, or where one of {@code slots} reads. */
    private record After(FirstWords words, String[] slots) {
        boolean starts(Scanner s, Token k) {
            if (k == null) {
                return false;
            }
            if (words.startsAt(s.text(), k)) {
                return true;
            }
            for (String slot : slots) {
                if (s.slot(slot, k) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What atoms {@code i..} of {@code p} may start with: each optional atom and the
     * first required one ({@code !ATOM} reads nothing); null when all may be absent.
     */
    private static After after(List<Atom> p, int i, Starts starts) {
        Set<String> words = new HashSet<>();
        Set<String> slots = new java.util.LinkedHashSet<>();
        for (; i < p.size(); i++) {
            Atom a = p.get(i);
            if (a instanceof Atom.Not) {
                continue;
            }
            starts.of(a, words, slots);
            if (!a.optional()) {
                return new After(new FirstWords(words), slots.toArray(new String[0]));
            }
        }
        return null; // the rest may be empty: anything may follow
    }

    /**
     * Tests of rules starting with other rules ({@code {d:@a-day} de ...}): the token
     * after what the first rule read must start one of the rule's next atoms. The
     * day is read once per place, then rule after rule (day-hours, day-part) fails
     * on the next token: this test costs a look-up, not an attempt.
     */
    private final Map<Rule, After> afterRule = new IdentityHashMap<>();

    /** Whether rule {@code r} may match after its first atom, a rule slot, read {@code reads}. */
    boolean admitsAfterRule(Rule r, Scanner s, List<Item> reads) {
        After t = afterRule.get(r);
        if (t == null) {
            return true;
        }
        for (Item read : reads) {
            if (t.starts(s, s.next(read.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #admitsAfterRule} tests rule {@code r}. */
    boolean testsAfterRule(Rule r) {
        return afterRule.containsKey(r);
    }

    /**
     * Rules that start with other rules ({@code {first:@duration|duration-sign} ...})
     * take the tests of those: what must follow their first slot must follow it here
     * too. Repeated until nothing changes, since such rules may start with each other.
     */
    private void afterReferredSlots(List<Rule> rules) {
        Map<String, Rule> byName = new java.util.HashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule r : rules) {
                if (afterSlot.containsKey(r)) {
                    continue;
                }
                Atom first = null;
                for (Atom a : r.pattern()) {
                    if (!(a instanceof Atom.Not)) {
                        first = a;
                        break;
                    }
                }
                if (!(first instanceof Atom.Slot slot) || !slot.isRule() || first.optional()) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                boolean known = true;
                for (String name : slot.ruleNames()) {
                    Test t = afterSlot.get(byName.get(name));
                    if (t == null || t.words() == null) {
                        known = false;
                        break;
                    }
                    words.addAll(t.words().words());
                }
                if (known) {
                    afterSlot.put(r, new Test(null, new FirstWords(words), null));
                    changed = true;
                }
            }
        }
    }

    /** The test that {@code next}, a required atom, starts at a token; null when none is cheap. */
    private Test test(Atom first, Atom next, Grammar.ListWords lists,
                             BiFunction<String, Grammar.ListWords, Set<String>> startWords) {
        if (next instanceof Atom.Glued g) {
            next = g.atom(); // glued or not, it starts with one of its words
        }
        if (next.optional()) {
            return null;
        }
        Set<String> words = new HashSet<>();
        if (next instanceof Atom.Words w) {
            w.alternatives().forEach(tokens -> words.add(tokens[0]));
        } else if (next instanceof Atom.FromList l) {
            words.addAll(lists.firstWords(l.list()));
        } else if (next instanceof Atom.Slot slot && slot.isRule()) {
            for (String name : slot.ruleNames()) {
                Set<String> ruleWords = startWords.apply(name, lists);
                if (ruleWords == null) {
                    return null;
                }
                words.addAll(ruleWords);
            }
        } else if (next instanceof Atom.Slot slot && !filledByRules.test(slot.type())) {
            return new Test(first, null, slot.type());
        } else {
            return null; // "!ATOM", "+ATOM", several slots: no cheap test
        }
        return new Test(first, new FirstWords(words), null);
    }

    /** Whether rule {@code r}, indexed by the word {@code k}, may match from it. */
    boolean admits(Rule r, Scanner s, Token k) {
        Test t = afterWords.get(r);
        if (t == null) {
            return true;
        }
        boolean matched = false;
        if (t.first() instanceof Atom.Words w) {
            for (String[] phrase : w.alternatives()) {
                int end = Grammar.wordsAt(phrase, s, k);
                if (end >= 0) {
                    matched = true;
                    if (t.starts(s, s.next(end))) {
                        return true;
                    }
                }
            }
        } else {
            Item entry = s.fromList(((Atom.FromList) t.first()).list(), k);
            matched = entry != null;
            if (matched && t.starts(s, s.next(entry.end()))) {
                return true;
            }
        }
        // an optional first atom may be left out: then the second starts here
        return t.first().optional() && (!matched || t.starts(s, k));
    }

    /** Whether rule {@code r}, whose first slot read {@code read}, may go on after it. */
    boolean admitsAfter(Rule r, Scanner s, Item read) {
        Test t = afterSlot.get(r);
        return t == null || t.starts(s, s.next(read.end()));
    }
}
