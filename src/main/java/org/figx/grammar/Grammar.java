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
    /** The rule each {@code @rule} atom names, found once. */
    private final Map<Atom, Integer> referred = new java.util.IdentityHashMap<>();
    /** A number for each scanner slot type, after the rules' numbers, for the memo. */
    private final Map<String, Integer> slotIds = new HashMap<>();
    /** What referred rules, slots and word lists read during one {@link #matchAt}, per thread. */
    private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(Memo::new);
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    private final FoldedWordMap<List<Rule>> byFirstWord;
    /** Rules that start with a slot (a count, a date): tried wherever the scanner reads one. */
    private final List<Rule> slotFirst = new ArrayList<>();
    /** For each rule of {@link #slotFirst}, the slot types it can start with: tried only where one reads. */
    private final List<String[]> startSlots = new ArrayList<>();
    private final Builder<R> builder;
    /** Each rule's pattern compiled for matching, by the rule's place in {@link #rules}. */
    private final Compiled[][] patterns;
    /** The slot types of {@link #startSlots}, compiled. */
    private final Compiled[][] startSlotSteps;

    public Grammar(List<Rule> rules, ListWords lists, Builder<R> builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
        for (Rule r : rules) {
            index.put(r, index.size());
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        for (Rule r : rules) {
            for (Atom a : r.pattern()) {
                resolve(a, r);
            }
        }
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : rules) {
            if (r.piece()) {
                continue; // matched only inside the rules that use it
            }
            Set<String> words = new HashSet<>();
            Set<String> slots = new java.util.TreeSet<>();
            starts(r, lists, words, slots, new HashSet<>());
            if (!slots.isEmpty()) {
                slotFirst.add(r);
                startSlots.add(slots.toArray(new String[0]));
            }
            for (String w : words) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        this.byFirstWord = new FoldedWordMap<>(index);
        this.patterns = new Compiled[this.rules.size()][];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = compile(this.rules.get(i).pattern());
        }
        this.startSlotSteps = new Compiled[startSlots.size()][];
        for (int i = 0; i < startSlotSteps.length; i++) {
            String[] types = startSlots.get(i);
            startSlotSteps[i] = new Compiled[types.length];
            for (int j = 0; j < types.length; j++) {
                startSlotSteps[i][j] = compile(new Atom.Slot(types[j], null, false, false));
            }
        }
    }

    /**
     * An atom ready for matching: its kind, its memo number (a referred rule's
     * place, a slot type's or word list's number) and its parts as arrays.
     */
    private record Compiled(int kind, int id, String[][] words, String name, Set<String> allowed,
                            Compiled[] alternatives, String capture, boolean optional, boolean context) {
        static final int WORDS = 0;
        static final int LIST = 1;
        static final int SLOT = 2;
        static final int RULE = 3;
        static final int ANY = 4;
        static final int NOT = 5;
    }

    private Compiled[] compile(List<Atom> atoms) {
        Compiled[] out = new Compiled[atoms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(atoms.get(i));
        }
        return out;
    }

    private Compiled compile(Atom a) {
        if (a instanceof Atom.Words w) {
            return new Compiled(Compiled.WORDS, -1, w.alternatives().toArray(new String[0][]), null, null, null,
                    null, w.optional(), w.context());
        } else if (a instanceof Atom.FromList l) {
            return new Compiled(Compiled.LIST, slotIds.get("list:" + l.list()), null, l.list(),
                    l.allowed().isEmpty() ? null : l.allowed(), null, l.capture(), l.optional(), l.context());
        } else if (a instanceof Atom.Not n) {
            return new Compiled(Compiled.NOT, -1, null, null, null, new Compiled[] {compile(n.atom())}, null, false, true);
        } else if (a instanceof Atom.AnyOf any) {
            return new Compiled(Compiled.ANY, -1, null, null, null, compile(any.alternatives()), any.capture(),
                    any.optional(), any.context());
        }
        Atom.Slot slot = (Atom.Slot) a;
        if (slot.isRule()) {
            return new Compiled(Compiled.RULE, referred.get(slot), null, slot.ruleName(), null, null, slot.capture(),
                    slot.optional(), slot.context());
        }
        slotIds.putIfAbsent(slot.type(), rules.size() + slotIds.size());
        return new Compiled(Compiled.SLOT, slotIds.get(slot.type()), null, slot.type(), null, null, slot.capture(),
                slot.optional(), slot.context());
    }

    /** Finds the rule each {@code @rule} atom inside {@code a} names, and numbers slot types. */
    private void resolve(Atom a, Rule from) {
        if (a instanceof Atom.Not not) {
            resolve(not.atom(), from);
        } else if (a instanceof Atom.AnyOf any) {
            any.alternatives().forEach(one -> resolve(one, from));
        } else if (a instanceof Atom.Slot slot) {
            if (slot.isRule()) {
                referred.put(slot, index.get(rule(slot.ruleName(), from)));
            } else {
                slotIds.putIfAbsent(slot.type(), rules.size() + slotIds.size());
            }
        } else if (a instanceof Atom.FromList list) {
            slotIds.putIfAbsent("list:" + list.list(), rules.size() + slotIds.size());
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Adds every word and slot type a rule can start with, through optional
     * atoms and the rules it names; true if all its atoms may be absent.
     */
    private boolean starts(Rule rule, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        if (!seen.add(rule.name())) {
            return false;
        }
        for (Atom a : rule.pattern()) {
            if (a instanceof Atom.Not) {
                continue; // reads nothing: the next atom starts the match
            }
            boolean mayBeEmpty = false;
            for (Atom one : a instanceof Atom.AnyOf any ? any.alternatives() : List.of(a)) {
                mayBeEmpty |= starts(one, lists, words, slots, seen);
            }
            if (!a.optional() && !mayBeEmpty) {
                return false;
            }
        }
        return true;
    }

    /** Adds the words and slot types atom {@code a} can start with; true if it may read nothing. */
    private boolean starts(Atom a, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        if (a instanceof Atom.Words w) {
            w.alternatives().forEach(tokens -> words.add(tokens[0]));
            return false;
        } else if (a instanceof Atom.FromList l) {
            words.addAll(lists.firstWords(l.list()));
            return false;
        } else if (a instanceof Atom.Slot s && s.isRule()) {
            return starts(rules.get(referred.get(s)), lists, words, slots, new HashSet<>(seen));
        }
        slots.add(((Atom.Slot) a).type());
        return false;
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
        Memo memo = memos.get().clear();
        List<Rule> candidates = byFirstWord.get(s.text(), first);
        if (candidates != null) {
            for (Rule r : candidates) {
                add(match(r, s, pos, memo), out);
            }
        }
        for (int i = 0; i < slotFirst.size(); i++) {
            Rule r = slotFirst.get(i);
            if ((candidates == null || !containsSame(candidates, r)) && anySlotAt(startSlotSteps[i], s, first, memo)) {
                add(match(r, s, pos, memo), out);
            }
        }
    }

    private boolean anySlotAt(Compiled[] slots, Scanner s, Token k, Memo memo) {
        for (Compiled slot : slots) {
            if (slotAt(slot, s, k, memo) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsSame(List<Rule> rules, Rule r) {
        for (Rule one : rules) {
            if (one == r) {
                return true;
            }
        }
        return false;
    }

    /** What one named rule makes at {@code pos}, or null. */
    public R matchRule(String name, Scanner s, int pos) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + name);
        }
        Item item = match(r, s, pos, memos.get().clear());
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
    private Item match(Rule rule, Scanner s, int pos, Memo memo) {
        return match(index.get(rule), s, pos, memo);
    }

    private Item match(int rule, Scanner s, int pos, Memo memo) {
        State state = new State(rules.get(rule), memo);
        return step(patterns[rule], 0, s, pos, state) ? state.result : null;
    }

    /** What the rule a {@code @rule} atom names makes at {@code pos}, read once per {@link #matchAt}. */
    private Item matchReferred(Compiled ref, Scanner s, int pos, Memo memo) {
        int i = ref.id();
        long key = (long) i << 32 | pos;
        Object known = memo.get(key);
        if (known != null) {
            return known == NO_MATCH ? null : (Item) known;
        }
        Item item = match(i, s, pos, memo);
        memo.put(key, item == null ? NO_MATCH : item);
        return item;
    }

    /** What the scanner reads as slot {@code slot} at token {@code k}, read once per {@link #matchAt}. */
    private Item slotAt(Compiled slot, Scanner s, Token k, Memo memo) {
        long key = (long) slot.id() << 32 | k.start();
        Object known = memo.get(key);
        if (known != null) {
            return known == NO_MATCH ? null : (Item) known;
        }
        Item item = s.slot(slot.name(), k);
        memo.put(key, item == null ? NO_MATCH : item);
        return item;
    }

    /** The entry of a word list at token {@code k}, looked up once per {@link #matchAt}. */
    private Item listAt(Compiled list, Scanner s, Token k, Memo memo) {
        long key = (long) list.id() << 32 | k.start();
        Object known = memo.get(key);
        if (known != null) {
            return known == NO_MATCH ? null : (Item) known;
        }
        Item item = s.fromList(list.name(), k);
        memo.put(key, item == null ? NO_MATCH : item);
        return item;
    }

    private static final Item NO_MATCH = new Item(-1, -1, null);

    /**
     * A table of what was read at which position by which rule, slot or word
     * list during one {@link #matchAt}: many rules start with the same piece ("a
     * clock time"), read once. Emptied by moving to a new generation; when full,
     * what does not fit is read again.
     */
    private static final class Memo {
        private static final int SIZE = 1024;
        private static final int PROBES = 16;
        private final long[] keys = new long[SIZE];
        private final Object[] values = new Object[SIZE];
        private final int[] generations = new int[SIZE];
        private int generation = 1;
        /** This table, emptied. */
        Memo clear() {
            generation++;
            return this;
        }

        Object get(long key) {
            int i = slot(key);
            for (int n = 0; n < PROBES; n++, i = (i + 1) & (SIZE - 1)) {
                if (generations[i] != generation) {
                    return null;
                }
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        void put(long key, Object value) {
            int i = slot(key);
            for (int n = 0; n < PROBES; n++, i = (i + 1) & (SIZE - 1)) {
                if (generations[i] != generation || keys[i] == key) {
                    generations[i] = generation;
                    keys[i] = key;
                    values[i] = value;
                    return;
                }
            }
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 54) & (SIZE - 1);
        }
    }

    /** The captures and span so far of one attempt. */
    private static final class State {
        final Rule rule;
        final Memo memo;
        /** Made at the first capture: most attempts fail before one. */
        Map<String, Object> captures = Map.of();
        int start = -1;
        int end = -1;
        Item result;

        State(Rule rule, Memo memo) {
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
    private boolean step(Compiled[] atoms, int i, Scanner s, int pos, State state) {
        if (i == atoms.length) {
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
        Compiled atom = atoms[i];
        List<Item> items = items(atom, s, pos, state.memo);
        for (int n = 0; n < items.size(); n++) {
            Item item = items.get(n);
            int start = state.start;
            int end = state.end;
            if (atom.capture() != null) {
                if (state.captures.isEmpty()) {
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
            if (atom.capture() != null && !state.captures.isEmpty()) {
                state.captures.remove(atom.capture());
            }
        }
        return atom.optional() && step(atoms, i + 1, s, pos, state);
    }

    /** The ways {@code atom} matches at the token from {@code pos}, longest first. */
    private List<Item> items(Compiled atom, Scanner s, int pos, Memo memo) {
        if (atom.kind() == Compiled.NOT) {
            return items(atom.alternatives()[0], s, pos, memo).isEmpty() ? List.of(new Item(pos, pos, null)) : List.of();
        }
        Token k = s.next(pos);
        if (k == null) {
            return List.of();
        }
        Item item;
        switch (atom.kind()) {
            case Compiled.WORDS -> {
                List<Item> out = List.of();
                for (String[] phrase : atom.words()) {
                    int end = wordsAt(phrase, s, k);
                    if (end >= 0) {
                        if (out.isEmpty()) {
                            out = List.of(new Item(k.start(), end, null));
                        } else {
                            out = new ArrayList<>(out);
                            out.add(new Item(k.start(), end, null));
                        }
                    }
                }
                return out;
            }
            case Compiled.ANY -> {
                List<Item> out = null;
                for (Compiled one : atom.alternatives()) {
                    List<Item> these = items(one, s, pos, memo);
                    if (!these.isEmpty()) {
                        if (out == null) {
                            out = new ArrayList<>(2);
                        }
                        out.addAll(these);
                    }
                }
                if (out == null) {
                    return List.of();
                }
                if (out.size() > 1) {
                    out.sort(LONGEST_FIRST);
                }
                return out;
            }
            case Compiled.LIST -> {
                item = listAt(atom, s, k, memo);
                if (item != null && atom.allowed() != null && !atom.allowed().contains(String.valueOf(item.value()))) {
                    item = null;
                }
            }
            case Compiled.RULE -> item = matchReferred(atom, s, pos, memo);
            default -> item = slotAt(atom, s, k, memo);
        }
        return item == null ? List.of() : List.of(item);
    }

    private static final java.util.Comparator<Item> LONGEST_FIRST = (a, b) -> Integer.compare(b.end(), a.end());

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
