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

        /**
         * The first words (folded) a slot the scanner reads can start with, {@link
         * #DIGITS} standing for any token of digits; null when it may start
         * anywhere. Rules starting with such a slot are indexed like words.
         */
        default Collection<String> slotFirstWords(String type) {
            return null;
        }
    }

    /** In {@link ListWords#slotFirstWords}: a token of digits ("27", "2024"). */
    public static final String DIGITS = "0";

    private final List<Rule> rules;
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    /** The rules proposed on their own (all but the {@code slot-only} ones). */
    private final Index proposed;
    /** For each slot type that rules fill ({@code slot date day}), those rules. */
    private final Map<String, Index> filled = new HashMap<>();
    /** For each slot type that rules fill, those rules, in file order. */
    private final Map<String, List<Rule>> fillers = new LinkedHashMap<>();
    private final Builder<R> builder;

    public Grammar(List<Rule> rules, ListWords lists, Builder<R> builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
        for (Rule r : this.rules) {
            order.put(r, order.size());
        }
        for (Rule r : rules) {
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        for (Rule r : rules) {
            r.slots().forEach(type -> fillers.computeIfAbsent(type, k -> new ArrayList<>()).add(r));
        }
        fillers.forEach((type, those) -> filled.put(type, new Index(those, lists)));
        this.proposed = new Index(rules.stream().filter(r -> !r.slotOnly()).toList(), lists);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Whether rules fill slot type {@code type} ({@code slot date}), rather than the scanner. */
    public boolean fillsSlot(String type) {
        return fillers.containsKey(type);
    }

    /**
     * Rules indexed by the words they can start with, so that at each position
     * only the rules that can start there run; rules that may start with a slot
     * are tried where one of the slots they may start with reads something.
     */
    private final class Index {
        final FoldedWordMap<List<Rule>> byFirstWord;
        /** Rules that may start with a slot (a count, a date), each with those slot types (null: any). */
        final List<Rule> slotFirst = new ArrayList<>();
        final List<Set<String>> firstSlots = new ArrayList<>();

        Index(List<Rule> rules, ListWords lists) {
            Map<String, List<Rule>> index = new HashMap<>();
            for (Rule r : rules) {
                Set<String> words = new HashSet<>();
                Set<String> slots = new HashSet<>();
                if (firstWords(r, lists, words, slots, new HashSet<>())) {
                    slotFirst.add(r);
                    firstSlots.add(slots.contains(null) ? null : Set.copyOf(slots));
                }
                for (String w : words) {
                    index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                }
            }
            this.byFirstWord = new FoldedWordMap<>(index);
        }

        /** The rules that may start at token {@code first}, in file order. */
        List<Rule> candidates(Scanner s, Token first) {
            List<Rule> byWord = org.figx.text.Chars.isDigit(s.text().charAt(first.start())) ? byFirstWord.get(DIGITS)
                    : byFirstWord.get(s.text(), first);
            if (slotFirst.isEmpty()) {
                return byWord == null ? List.of() : byWord;
            }
            List<Rule> out = null;
            for (int i = 0; i < slotFirst.size(); i++) {
                Rule r = slotFirst.get(i);
                if (byWord != null && containsSame(byWord, r)) {
                    continue;
                }
                Set<String> types = firstSlots.get(i);
                boolean may = types == null;
                if (!may) {
                    for (String type : types) {
                        if (s.slot(type, first) != null) { // the scanner remembers it for the match
                            may = true;
                            break;
                        }
                    }
                }
                if (may) {
                    if (out == null) {
                        out = byWord == null ? new ArrayList<>() : new ArrayList<>(byWord);
                    }
                    out.add(r);
                }
            }
            if (out == null) {
                return byWord == null ? List.of() : byWord;
            }
            if (byWord != null) {
                out.sort(java.util.Comparator.comparingInt(order::get));
            }
            return out;
        }

        private static boolean containsSame(List<Rule> rules, Rule r) {
            for (Rule x : rules) {
                if (x == r) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Each rule's place in the files, for candidates in file order. */
    private final Map<Rule, Integer> order = new java.util.IdentityHashMap<>();

    /**
     * Every word a rule can start with (its first atoms', through optional ones);
     * true if it may start with a slot, whose types go to {@code slots} (null for
     * a slot no scanner check can rule out: one that rules fill, or another rule).
     */
    private boolean firstWords(Rule rule, ListWords lists, Set<String> out, Set<String> slots, Set<String> seen) {
        if (!seen.add(rule.name())) {
            return false;
        }
        for (Atom a : rule.pattern()) {
            boolean slot = false;
            if (a instanceof Atom.Not) {
                continue; // reads nothing: the next atom starts the rule
            }
            if (a instanceof Atom.Words w) {
                w.alternatives().forEach(tokens -> out.add(tokens[0]));
            } else if (a instanceof Atom.FromList l) {
                out.addAll(lists.firstWords(l.list()));
            } else if (a instanceof Atom.Slot s && s.isRule()) {
                slot = firstWords(rule(s.ruleName(), rule), lists, out, slots, seen);
            } else if (fillers.containsKey(((Atom.Slot) a).type())) {
                // a slot rules fill starts where those rules start
                for (Rule filler : fillers.get(((Atom.Slot) a).type())) {
                    slot |= firstWords(filler, lists, out, slots, seen);
                }
            } else {
                String type = ((Atom.Slot) a).type();
                Collection<String> starts = lists.slotFirstWords(type);
                if (starts != null) {
                    out.addAll(starts);
                } else {
                    slot = true;
                    slots.add(type);
                }
            }
            if (!a.optional()) {
                return slot || !slots.isEmpty();
            }
        }
        return !slots.isEmpty();
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
        return first != null && (org.figx.text.Chars.isDigit(s.text().charAt(first.start()))
                ? proposed.byFirstWord.get(DIGITS) : proposed.byFirstWord.get(s.text(), first)) != null;
    }

    /** What every rule proposed on its own that can start at the token at {@code pos} makes there. */
    public void matchAt(Scanner s, int pos, List<R> out) {
        Token first = s.next(pos);
        if (first == null) {
            return;
        }
        for (Rule r : proposed.candidates(s, first)) {
            add(match(r, s, pos), out);
        }
    }

    /**
     * What fills slot {@code type} at {@code pos}: the longest of what the rules
     * filling it make there (the first in file order among equals), or null.
     * Remembered for the text when the scanner keeps a memo.
     */
    public R fill(String type, Scanner s, int pos) {
        Item item = filledItem(type, s, pos);
        @SuppressWarnings("unchecked")
        R result = item == null ? null : (R) item.value();
        return result;
    }

    private Item filledItem(String type, Scanner s, int pos) {
        Item known = s.recall(type, pos);
        if (known != null) {
            return known == Scanner.NOTHING ? null : known;
        }
        Item best = null;
        Token first = s.next(pos);
        if (first != null) {
            for (Rule r : filled.get(type).candidates(s, first)) {
                Item item = match(r, s, pos);
                if (item != null && (best == null || item.end() > best.end())) {
                    best = item;
                }
            }
        }
        return s.remember(type, pos, best);
    }

    /** What one named rule makes at {@code pos}, or null. */
    public R matchRule(String name, Scanner s, int pos) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + name);
        }
        Item item = match(r, s, pos);
        @SuppressWarnings("unchecked")
        R result = item == null ? null : (R) item.value();
        return result;
    }

    private void add(Item item, List<R> out) {
        if (item != null) {
            @SuppressWarnings("unchecked")
            R result = (R) item.value();
            out.add(result);
        }
    }

    /** A match of {@code rule} from {@code pos}: its span and built result, or null. */
    private Item match(Rule rule, Scanner s, int pos) {
        State state = new State();
        if (!step(rule.pattern(), 0, s, pos, state) || state.start < 0) {
            return null;
        }
        R result = builder.build(rule, state.captures == null ? Map.of() : state.captures, state.start, state.end);
        return result == null ? null : new Item(state.start, state.end, result);
    }

    /** The captures and span so far of one attempt. */
    private static final class State {
        /** Made at the first capture: most attempts fail before one. */
        Map<String, Object> captures;
        int start = -1;
        int end = -1;
    }

    /** Matches atoms {@code i..} from {@code pos}, trying each way an atom can match (backtracking). */
    private boolean step(List<Atom> atoms, int i, Scanner s, int pos, State state) {
        if (i == atoms.size()) {
            return true;
        }
        Atom atom = atoms.get(i);
        if (atom instanceof Atom.Not not) {
            return items(not.atom(), s, pos).isEmpty() && step(atoms, i + 1, s, pos, state);
        }
        for (Item item : items(atom, s, pos)) {
            int start = state.start;
            int end = state.end;
            if (atom.capture() != null) {
                if (state.captures == null) {
                    state.captures = new HashMap<>(8);
                }
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
    private List<Item> items(Atom atom, Scanner s, int pos) {
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
        Item item;
        if (atom instanceof Atom.FromList l) {
            item = s.fromList(l.list(), k);
            if (item != null && !l.allowed().isEmpty() && !l.allowed().contains(String.valueOf(item.value()))) {
                item = null;
            }
        } else {
            Atom.Slot slot = (Atom.Slot) atom;
            item = slot.isRule() ? match(byName.get(slot.ruleName()), s, pos)
                    : filled.containsKey(slot.type()) ? filledItem(slot.type(), s, pos) : s.slot(slot.type(), k);
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
