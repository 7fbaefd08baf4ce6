package org.figx.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.text.FoldedWordMap;
import org.figx.text.Token;

/**
 * Rules compiled once and indexed by the words they can start with, so that
 * at each position only the rules that can start there run. Knows no
 * language: words come from the rules, word lists and slots from the
 * {@link Scanner}, and what a match makes from the {@link Builder}.
 *
 * @param <R> what a rule makes (for dates: a reading with its typed expression)
 */
public final class Grammar<R> {

    /** Makes a rule's result from its captures, or null when they do not fit ("dans 2,5 jours"). */
    public interface Builder<R> {
        R build(Rule rule, Map<String, Object> captures, int start, int end);
    }

    /** The first words (folded) of each word list's phrases, for the index. */
    public interface ListWords {
        Collection<String> firstWords(String list);
    }

    /**
     * The engine's own builder, for pieces: {@code make value of=$n} makes no
     * expression, the piece's match stands for that capture (or literal) in the
     * rules that use it.
     */
    public static final String VALUE = "value";

    private final List<Rule> rules;
    /** Each rule's place in {@link #rules}, for the memo of one {@link #matchAt}. */
    private final Map<Rule, Integer> index = new java.util.IdentityHashMap<>();
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    private final FoldedWordMap<List<Rule>> byFirstWord;
    /** Rules that start with a slot (a count, a date): tried wherever the scanner reads one. */
    private final List<Rule> slotFirst = new ArrayList<>();
    private final Builder<R> builder;

    public Grammar(List<Rule> rules, ListWords lists, Builder<R> builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
        for (Rule r : rules) {
            index.put(r, index.size());
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : rules) {
            if (r.piece()) {
                continue; // matched only inside the rules that use it
            }
            Set<String> words = new HashSet<>();
            if (firstWords(r, lists, words, new HashSet<>())) {
                slotFirst.add(r);
            }
            for (String w : words) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        this.byFirstWord = new FoldedWordMap<>(index);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every word a rule can start with (its first atoms', through optional ones); true if it may start with a slot. */
    private boolean firstWords(Rule rule, ListWords lists, Set<String> out, Set<String> seen) {
        if (!seen.add(rule.name())) {
            return false;
        }
        for (Atom a : rule.pattern()) {
            if (a instanceof Atom.Not) {
                continue; // reads nothing: the next atom starts the match
            }
            boolean slot = false;
            for (Atom one : a instanceof Atom.AnyOf any ? any.alternatives() : List.of(a)) {
                slot |= firstWords(one, rule, lists, out, seen);
            }
            if (!a.optional()) {
                return slot;
            }
            if (slot) {
                return true;
            }
        }
        return false;
    }

    /** Adds the words atom {@code a} of {@code rule} can start with; true if it may start with a slot. */
    private boolean firstWords(Atom a, Rule rule, ListWords lists, Set<String> out, Set<String> seen) {
        if (a instanceof Atom.Words w) {
            w.alternatives().forEach(tokens -> out.add(tokens[0]));
            return false;
        } else if (a instanceof Atom.FromList l) {
            out.addAll(lists.firstWords(l.list()));
            return false;
        } else if (a instanceof Atom.Slot s && s.isRule()) {
            return firstWords(rule(s.ruleName(), rule), lists, out, new HashSet<>(seen));
        }
        return true;
    }

    private Rule rule(String name, Rule from) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalStateException(from.file() + ":" + from.line() + ": rule " + from.name()
                    + " refers to unknown rule @" + name);
        }
        return r;
    }

    /**
     * Whether some rule starts with the word {@code first}. Rules that start with
     * a slot (a count, a date) are tried wherever the scanner reads one: the
     * caller's own test for numbers and dates admits those positions.
     */
    public boolean startsWith(Scanner s, Token first) {
        return first != null && byFirstWord.get(s.text(), first) != null;
    }

    /** What every rule that can start at the token at {@code pos} makes there. */
    public void matchAt(Scanner s, int pos, List<R> out) {
        Token first = s.next(pos);
        if (first == null) {
            return;
        }
        Map<Long, Item> memo = new HashMap<>();
        List<Rule> candidates = byFirstWord.get(s.text(), first);
        if (candidates != null) {
            for (Rule r : candidates) {
                add(match(r, s, pos, memo), out);
            }
        }
        for (Rule r : slotFirst) {
            if (candidates == null || !candidates.contains(r)) {
                add(match(r, s, pos, memo), out);
            }
        }
    }

    /** What one named rule makes at {@code pos}, or null. */
    public R matchRule(String name, Scanner s, int pos) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + name);
        }
        Item item = match(r, s, pos, new HashMap<>());
        @SuppressWarnings("unchecked")
        R result = item == null || r.piece() ? null : (R) item.value();
        return result;
    }

    private void add(Item item, List<R> out) {
        if (item != null) {
            @SuppressWarnings("unchecked")
            R result = (R) item.value();
            out.add(result);
        }
    }

    /**
     * A match of {@code rule} from {@code pos}: its span and built result, or null.
     * Each way the pattern matches is tried until the builder takes one: a count
     * the builder refuses as minutes leaves the optional minutes out.
     */
    private Item match(Rule rule, Scanner s, int pos, Map<Long, Item> memo) {
        State state = new State(rule, memo);
        return step(rule.pattern(), 0, s, pos, state) ? state.result : null;
    }

    /** What the rule named by a {@code @rule} atom makes at {@code pos}, read once per {@link #matchAt}. */
    private Item matchReferred(String name, Scanner s, int pos, Map<Long, Item> memo) {
        Rule r = byName.get(name);
        long key = (long) index.get(r) << 32 | pos;
        Item item = memo.get(key);
        if (item == null) {
            item = match(r, s, pos, memo);
            memo.put(key, item == null ? NO_MATCH : item);
        }
        return item == NO_MATCH ? null : item;
    }

    private static final Item NO_MATCH = new Item(-1, -1, null);

    /** The captures and span so far of one attempt. */
    private static final class State {
        final Rule rule;
        final Map<Long, Item> memo;
        final Map<String, Object> captures = new HashMap<>();
        int start = -1;
        int end = -1;
        Item result;

        State(Rule rule, Map<Long, Item> memo) {
            this.rule = rule;
            this.memo = memo;
        }
    }

    /** What a complete match makes: the builder's result, or for a piece making a {@link #VALUE}, that value. */
    private Object build(State state) {
        Rule rule = state.rule;
        if (VALUE.equals(rule.builder())) {
            String raw = rule.arguments().get("of");
            if (raw == null) {
                throw new IllegalStateException(rule.file() + ":" + rule.line() + ": piece " + rule.name()
                        + " makes a value with no 'of'");
            }
            return raw.startsWith("$") ? state.captures.get(raw.substring(1)) : raw;
        }
        return builder.build(rule, state.captures, state.start, state.end);
    }

    /** Matches atoms {@code i..} from {@code pos}, trying each way an atom can match (backtracking). */
    private boolean step(List<Atom> atoms, int i, Scanner s, int pos, State state) {
        if (i == atoms.size()) {
            if (state.start < 0) {
                return false;
            }
            Object result = build(state);
            if (result == null) {
                return false;
            }
            state.result = new Item(state.start, state.end, result);
            return true;
        }
        Atom atom = atoms.get(i);
        for (Item item : items(atom, s, pos, state.memo)) {
            int start = state.start;
            int end = state.end;
            if (atom.capture() != null) {
                state.captures.put(atom.capture(), item.value());
            }
            if (!atom.context()) {
                state.start = start < 0 ? item.start() : start;
                state.end = item.end();
            }
            if (step(atoms, i + 1, s, item.end(), state)) {
                return true;
            }
            state.start = start;
            state.end = end;
            if (atom.capture() != null) {
                state.captures.remove(atom.capture());
            }
        }
        return atom.optional() && step(atoms, i + 1, s, pos, state);
    }

    /** The ways {@code atom} matches at the token from {@code pos}, longest first. */
    private List<Item> items(Atom atom, Scanner s, int pos, Map<Long, Item> memo) {
        if (atom instanceof Atom.Not not) {
            return items(not.atom(), s, pos, memo).isEmpty() ? List.of(new Item(pos, pos, null)) : List.of();
        }
        Token k = s.next(pos);
        if (k == null) {
            return List.of();
        }
        if (atom instanceof Atom.Words w) {
            List<Item> out = new ArrayList<>(1);
            for (String[] phrase : w.alternatives()) {
                int end = wordsAt(phrase, s, k);
                if (end >= 0) {
                    out.add(new Item(k.start(), end, null));
                }
            }
            return out;
        }
        if (atom instanceof Atom.AnyOf any) {
            List<Item> out = new ArrayList<>(2);
            for (Atom one : any.alternatives()) {
                out.addAll(items(one, s, pos, memo));
            }
            if (out.size() > 1) {
                out.sort((a, b) -> Integer.compare(b.end(), a.end()));
            }
            return out;
        }
        Item item;
        if (atom instanceof Atom.FromList l) {
            item = s.fromList(l.list(), k);
            if (item != null && !l.allowed().isEmpty() && !l.allowed().contains(String.valueOf(item.value()))) {
                item = null;
            }
        } else {
            Atom.Slot slot = (Atom.Slot) atom;
            item = slot.isRule() ? matchReferred(slot.ruleName(), s, pos, memo) : s.slot(slot.type(), k);
        }
        return item == null ? List.of() : List.of(item);
    }

    /** Where the folded phrase {@code tokens} ends when it starts at {@code k}, or -1. */
    private static int wordsAt(String[] tokens, Scanner s, Token k) {
        Token at = k;
        for (int j = 0; j < tokens.length; j++) {
            if (at == null || !s.is(at, tokens[j])) {
                return -1;
            }
            if (j + 1 < tokens.length) {
                at = s.next(at.end());
            }
        }
        return at.end();
    }
}
