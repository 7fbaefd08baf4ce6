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
    public static final String DIGITS = TokenClass.DIGITS;

    /** For each slot type that rules fill ({@code slot date day}), those rules, in file order. */
    private final Map<String, List<Rule>> fillers = new LinkedHashMap<>();

    private final List<Rule> rules;
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    /** The rules referred to by each rule slot ({@code @duration-sum|duration}), read once. */
    private final Map<Atom.Slot, List<Compiled>> referred = new java.util.IdentityHashMap<>();
    /** What the matcher knows of each rule, found with one look-up. */
    private final Map<Rule, Compiled> compiled = new java.util.IdentityHashMap<>();
    /** The rules proposed on their own, by the tokens they may start with. */
    private final StartIndex<Compiled> proposed;
    /** For each slot type rules fill, those rules by the tokens they may start with. */
    private final Map<String, StartIndex<Compiled>> fillerStarts = new HashMap<>();
    private final Builder<R> builder;

    public Grammar(List<Rule> rules, ListWords lists, Builder<R> builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
        for (Rule r : rules) {
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        Set<Rule> remembered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Rule r : rules) {
            r.slots().forEach(type -> fillers.computeIfAbsent(type, k -> new ArrayList<>()).add(r));
            if (!r.slots().isEmpty()) {
                remembered.add(r); // a date rule fills both "date" and "day": matched once
            }
            for (Atom inner : inner(r.pattern())) {
                if (inner instanceof Atom.Slot s && s.isRule()) {
                    s.ruleNames().forEach(name -> remembered.add(rule(name, r)));
                }
            }
        }
        for (Rule r : rules) {
            Collection<String> first = firstWords(r, lists);
            int firstAtom = firstAtom(r.pattern());
            compiled.put(r, new Compiled(r, remembered.contains(r) ? "@" + r.name() : null,
                    first == null ? null : new FirstWords(first), requiredFirstSlot(r), leadWords(r, lists),
                    firstAtom, firstAtom < 0 ? null : follow(r.pattern(), firstAtom + 1, lists)));
        }
        for (Rule r : rules) {
            for (Atom inner : inner(r.pattern())) {
                if (inner instanceof Atom.Slot s && s.isRule()) {
                    referred.put(s, s.ruleNames().stream().map(name -> compiled.get(rule(name, r))).toList());
                }
            }
        }
        List<Compiled> proposedRules = rules.stream().filter(Rule::proposed).map(compiled::get).toList();
        this.proposed = new StartIndex<>(proposedRules, Compiled::words);
        fillers.forEach((type, those) -> fillerStarts.put(type,
                new StartIndex<>(those.stream().map(compiled::get).toList(), Compiled::words)));
    }

    /** The index of the first atom of {@code pattern} that reads something ({@code !ATOM} reads nothing), or -1. */
    private static int firstAtom(List<Atom> pattern) {
        for (int i = 0; i < pattern.size(); i++) {
            if (!(pattern.get(i) instanceof Atom.Not)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What atoms {@code i..} of {@code pattern} may start with: each optional atom's
     * and the first required one's; null when all may be absent (anything may follow).
     */
    private Follow follow(List<Atom> pattern, int i, ListWords lists) {
        Set<String> words = new HashSet<>();
        Set<String> slots = new java.util.LinkedHashSet<>();
        for (; i < pattern.size(); i++) {
            Atom a = pattern.get(i);
            if (a instanceof Atom.Not) {
                continue;
            }
            starts(a, lists, words, slots, new HashSet<>());
            if (!a.optional()) {
                List<String> read = new ArrayList<>();
                for (String type : slots) {
                    Collection<String> its = lists.slotFirstWords(type);
                    if (its == null) {
                        read.add(type);
                    } else {
                        words.addAll(its);
                    }
                }
                return new Follow(new FirstWords(words), read.toArray(new String[0]));
            }
        }
        return null;
    }

    /**
     * What the matcher knows of a rule: its memo key (null when not remembered: no
     * other rule asks for it), the tokens it may start with (null: any), and the
     * scanner's slot that must read at its first token unless that token is one of
     * its optional leading words ({@code le|la? {rank:ordinal}}: the ordinal, unless
     * "le" or "la"), each null when there is none or it is not known; the index of
     * its first atom that reads, and what the token after that atom must start (null:
     * no test).
     */
    private record Compiled(Rule rule, String memoKey, FirstWords startsWith, String firstSlot, FirstWords leadWords,
                            int firstAtom, Follow follow) {
        /** The words and token classes it may start with, or null: anywhere. */
        Collection<String> words() {
            return startsWith == null ? null : startsWith.words();
        }
    }

    /**
     * The words and token classes a rule may start with (through optional atoms,
     * the rules it refers to and those filling its slots, a scanner's slot by the
     * first words it names), or null when it may start anywhere: one of its first
     * slots names none.
     */
    private Collection<String> firstWords(Rule r, ListWords lists) {
        Set<String> words = new HashSet<>();
        Set<String> slots = new java.util.LinkedHashSet<>();
        startsOfRule(r, lists, words, slots, new HashSet<>());
        for (String type : slots) {
            Collection<String> its = lists.slotFirstWords(type);
            if (its == null) {
                return null;
            }
            words.addAll(its);
        }
        return words;
    }

    /**
     * Whether {@code c} may match from token {@code first} at {@code pos}: it may start
     * there ({@code startKnown}: the caller found it by that token), the token after
     * its first atom may follow, and its first slot, when it must read there, does. A
     * pure shortcut: it stops only attempts that would fail.
     */
    private boolean mayMatch(Compiled c, Scanner s, Token first, int pos, boolean startKnown) {
        if (!startKnown && c.startsWith() != null && !c.startsWith().startsAt(s, first)) {
            return false;
        }
        if (c.firstSlot() != null && (c.leadWords() == null || !c.leadWords().startsAt(s, first))
                && readSlot(c.firstSlot(), s, first) == null) {
            return false;
        }
        return c.follow() == null || followed(c, s, first, pos);
    }

    /**
     * Whether what {@code c}'s first atom reads at {@code pos} may be followed by the
     * rest of its rule: the token after one of its readings starts the rest, or, the
     * atom being optional, {@code first} does.
     */
    private boolean followed(Compiled c, Scanner s, Token first, int pos) {
        Atom a = c.rule().pattern().get(c.firstAtom());
        Follow rest = c.follow();
        if (a instanceof Atom.Words w) {
            for (String[] phrase : w.alternatives()) {
                int end = wordsAt(phrase, s, first);
                if (end >= 0 && rest.startsAt(s, s.next(end))) {
                    return true;
                }
            }
        } else {
            List<Item> reads = items(a, s, pos);
            for (int i = 0; i < reads.size(); i++) {
                if (rest.startsAt(s, s.next(reads.get(i).end()))) {
                    return true;
                }
            }
        }
        return a.optional() && rest.startsAt(s, first);
    }

    /**
     * Every way atom {@code a} may start: the words into {@code words}, the slot types
     * the scanner reads into {@code slots} (through the rules it refers to, and the
     * rules filling its slots).
     */
    private void starts(Atom a, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        a = a instanceof Atom.Glued g ? g.atom() : a;
        if (a instanceof Atom.Words w) {
            w.alternatives().forEach(tokens -> words.add(tokens[0]));
        } else if (a instanceof Atom.FromList l) {
            words.addAll(lists.firstWords(l.list()));
        } else if (a instanceof Atom.AnyOf any) {
            any.alternatives().forEach(one -> starts(one, lists, words, slots, seen));
        } else if (a instanceof Atom.Slot slot && slot.isRule()) {
            slot.ruleNames().forEach(name -> startsOfRule(byName.get(name), lists, words, slots, seen));
        } else if (a instanceof Atom.Slot slot) {
            if (fillers.containsKey(slot.type())) {
                fillers.get(slot.type()).forEach(r -> startsOfRule(r, lists, words, slots, seen));
            } else {
                slots.add(slot.type());
            }
        }
    }

    /** {@link #starts} of a rule: its first atoms', through optional ones ({@code !ATOM} reading nothing). */
    private void startsOfRule(Rule r, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        if (!seen.add(r.name())) {
            return; // its starts are being added already
        }
        for (Atom a : r.pattern()) {
            if (a instanceof Atom.Not) {
                continue;
            }
            starts(a, lists, words, slots, seen);
            if (!a.optional()) {
                return;
            }
        }
    }

    /**
     * The words of the optional atoms a rule may start with before its first slot
     * ({@code le|la? {rank:ordinal}}: "le", "la"), through the rules it starts with;
     * an empty set when it starts with the slot, null when some optional atom there
     * is more than words (the slot then need not read at the first token).
     */
    private FirstWords leadWords(Rule r, ListWords lists) {
        Set<String> words = new HashSet<>();
        return leadWords(r, lists, words, new HashSet<>()) ? new FirstWords(words) : null;
    }

    private boolean leadWords(Rule r, ListWords lists, Set<String> out, Set<String> seen) {
        if (!seen.add(r.name())) {
            return false;
        }
        for (Atom atom : r.pattern()) {
            if (atom instanceof Atom.Not) {
                continue;
            }
            Atom a = atom instanceof Atom.Glued g ? g.atom() : atom;
            if (a instanceof Atom.Slot slot && slot.isRule()) {
                for (String name : slot.ruleNames()) {
                    if (!leadWords(byName.get(name), lists, out, new HashSet<>(seen))) {
                        return false;
                    }
                }
            } else if (a instanceof Atom.Slot) {
                return true;
            } else if (a.optional() && a instanceof Atom.Words w) {
                w.alternatives().forEach(tokens -> out.add(tokens[0]));
            } else if (a.optional() && a instanceof Atom.FromList l) {
                out.addAll(lists.firstWords(l.list()));
            } else {
                return false;
            }
            if (!a.optional()) {
                return true;
            }
        }
        return false;
    }

    /** The atoms of a pattern, with those inside {@code !}, {@code +} and any-of atoms. */
    private static List<Atom> inner(List<Atom> pattern) {
        List<Atom> out = new ArrayList<>();
        for (Atom a : pattern) {
            Atom in = a instanceof Atom.Not n ? n.atom() : a instanceof Atom.Glued g ? g.atom() : a;
            if (in instanceof Atom.AnyOf any) {
                out.addAll(inner(any.alternatives()));
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /**
     * The engine's own builder, for pieces: {@code make value of=$n} makes no
     * expression, the piece's match stands for that capture (or literal) in the
     * rules that use it.
     */
    public static final String VALUE = "value";

    /**
     * The slot that must read at the first token of a rule where none of its words
     * starts ("le|la? {rank:ordinal}": the ordinal), or null when that is not one slot.
     */
    private String requiredFirstSlot(Rule rule) {
        for (Atom atom : rule.pattern()) {
            if (atom instanceof Atom.Not) {
                continue;
            }
            Atom a = atom instanceof Atom.Glued g ? g.atom() : atom;
            if (a instanceof Atom.Slot) {
                return a.optional() ? null : firstSlot(rule, new HashSet<>());
            }
            if (a instanceof Atom.AnyOf) {
                return null;
            }
            if (!a.optional()) {
                return null;
            }
        }
        return null;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The slot type {@code rule} always starts with ({@code amount}), or null when it may start otherwise. */
    private String firstSlot(Rule rule, Set<String> seen) {
        if (!seen.add(rule.name())) {
            return null;
        }
        for (Atom atom : rule.pattern()) {
            if (atom instanceof Atom.Not) {
                continue;
            }
            Atom a = atom instanceof Atom.Glued g ? g.atom() : atom;
            if (a.optional() && !(a instanceof Atom.Slot)) {
                continue; // an optional word: where it is absent, the slot must read
            }
            if (a.optional() || !(a instanceof Atom.Slot slot)) {
                return null;
            }
            if (!slot.isRule()) {
                return Slots.isSlot(slot.type()) && !fillers.containsKey(slot.type()) ? slot.type() : null;
            }
            String type = null;
            for (String name : slot.ruleNames()) {
                String t = firstSlot(byName.get(name), new HashSet<>(seen));
                if (t == null || type != null && !type.equals(t)) {
                    return null;
                }
                type = t;
            }
            return type;
        }
        return null;
    }

    private Rule rule(String name, Rule from) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalStateException(from.file() + ":" + from.line() + ": rule " + from.name()
                    + " refers to unknown rule @" + name);
        }
        return r;
    }

    /** Whether some rule proposed on its own may start at token {@code first}. */
    public boolean startsWith(Scanner s, Token first) {
        return first != null && !proposed.at(s, first).isEmpty();
    }

    /** What every rule that can start at the token at {@code pos} makes there. */
    public void matchAt(Scanner s, int pos, List<R> out) {
        Token first = s.next(pos);
        if (first == null) {
            return;
        }
        List<Compiled> candidates = proposed.at(s, first);
        for (int i = 0; i < candidates.size(); i++) {
            Compiled c = candidates.get(i);
            if (mayMatch(c, s, first, pos, true)) {
                add(remembered(c, s, pos), out);
            }
        }
    }

    /** What slot {@code type} reads at token {@code k}: the rules that fill it, or the scanner. */
    private Item readSlot(String type, Scanner s, Token k) {
        return fillers.containsKey(type) ? filledItem(type, s, k.start()) : s.slot(type, k);
    }

    /** Whether rules fill slot type {@code type} ({@code slot date}), rather than the scanner. */
    public boolean fillsSlot(String type) {
        return fillers.containsKey(type);
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
            List<Compiled> those = fillerStarts.get(type).at(s, first);
            for (int i = 0; i < those.size(); i++) {
                Compiled c = those.get(i);
                Item item = mayMatch(c, s, first, pos, true) ? remembered(c, s, pos) : null;
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
        Item item = match(compiled.get(r), s, pos);
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
     * A match of {@code c}'s rule from {@code pos}: its span and built result, or null.
     * A rule other rules refer to ({@code @duration}) is asked again at the same
     * place: what it made there is remembered for the text, as for filled slots.
     */
    private Item match(Compiled c, Scanner s, int pos) {
        if (c.memoKey() != null) {
            Item known = s.recall(c.memoKey(), pos);
            if (known != null) {
                return known == Scanner.NOTHING ? null : known;
            }
        }
        Token first = s.next(pos);
        if (first == null || !mayMatch(c, s, first, pos, false)) {
            return c.memoKey() == null ? null : s.remember(c.memoKey(), pos, null); // cannot match here: not tried
        }
        return remembered(c, s, pos);
    }

    private Item remembered(Compiled c, Scanner s, int pos) {
        String key = c.memoKey();
        if (key == null) {
            return matchAnew(c.rule(), s, pos);
        }
        Item known = s.recall(key, pos);
        if (known != null) {
            return known == Scanner.NOTHING ? null : known;
        }
        return s.remember(key, pos, matchAnew(c.rule(), s, pos));
    }

    /**
     * A match of {@code rule} from {@code pos}: its span and built result, or null.
     * Each way the pattern matches is tried until the builder takes one: a count
     * the builder refuses as minutes leaves the optional minutes out.
     */
    private Item matchAnew(Rule rule, Scanner s, int pos) {
        State state = new State(rule);
        return step(rule.pattern(), 0, s, pos, state) ? state.result : null;
    }

    /** What a complete match makes: the builder's result, or for a piece making a {@link #VALUE}, that value. */
    private Object build(State state) {
        Rule rule = state.rule;
        Map<String, Object> captures = state.captures == null ? Map.of() : state.captures;
        if (VALUE.equals(rule.builder())) {
            String raw = rule.arguments().get("of");
            if (raw == null) {
                throw new IllegalStateException(rule.file() + ":" + rule.line() + ": piece " + rule.name()
                        + " makes a value with no 'of'");
            }
            return raw.startsWith("$") ? captures.get(raw.substring(1)) : raw;
        }
        return builder.build(rule, captures, state.start, state.end);
    }

    /** The captures and span so far of one attempt. */
    private static final class State {
        final Rule rule;
        /** Made at the first capture: most attempts fail before one. */
        Captures captures;
        int start = -1;
        int end = -1;
        Item result;

        State(Rule rule) {
            this.rule = rule;
        }
    }

    /** Matches atoms {@code i..} from {@code pos}, trying each way an atom can match (backtracking). */
    private boolean step(List<Atom> atoms, int i, Scanner s, int pos, State state) {
        if (i == atoms.size()) {
            if (state.start < 0) {
                return false;
            }
            Object result = build(state);
            if (result == null) {
                return false; // the builder refuses this way: try the next
            }
            state.result = new Item(state.start, state.end, result);
            return true;
        }
        Atom atom = atoms.get(i);
        if (atom instanceof Atom.Not not) {
            return items(not.atom(), s, pos).isEmpty() && step(atoms, i + 1, s, pos, state);
        }
        List<Item> reads = items(atom, s, pos);
        for (int r = 0; r < reads.size(); r++) {
            Item item = reads.get(r);
            int start = state.start;
            int end = state.end;
            if (atom.capture() != null) {
                if (state.captures == null) {
                    state.captures = new Captures();
                }
                state.captures.push(atom.capture(), item.value());
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
                state.captures.pop();
            }
        }
        return atom.optional() && step(atoms, i + 1, s, pos, state);
    }

    /** Items by their end, the longest reading first. */
    private static final java.util.Comparator<Item> LONGEST_FIRST = (a, b) -> b.end() - a.end();

    /** The ways {@code atom} matches at the token from {@code pos}, longest first. */
    private List<Item> items(Atom atom, Scanner s, int pos) {
        Token k = s.next(pos);
        if (k == null) {
            return List.of();
        }
        if (atom instanceof Atom.Glued g) {
            return k.start() == pos ? items(g.atom(), s, pos) : List.of();
        }
        if (atom instanceof Atom.AnyOf any) {
            List<Item> out = null; // made at the second reading: most places have none or one
            List<Item> only = List.of();
            for (int i = 0; i < any.alternatives().size(); i++) {
                List<Item> these = items(any.alternatives().get(i), s, pos);
                if (these.isEmpty()) {
                    continue;
                }
                if (only.isEmpty()) {
                    only = these;
                    continue;
                }
                out = out == null ? new ArrayList<>(only) : out;
                out.addAll(these);
            }
            if (out == null && only.size() < 2) {
                return only;
            }
            out = out == null ? new ArrayList<>(only) : out;
            out.sort(LONGEST_FIRST);
            return out;
        }
        List<Compiled> those = atom instanceof Atom.Slot rules && rules.isRule() ? referred.get(rules) : null;
        if (those != null && those.size() > 1) {
            List<Item> out = null;
            Item only = null;
            for (int i = 0; i < those.size(); i++) {
                Item one = match(those.get(i), s, pos);
                if (one == null) {
                    continue;
                }
                if (only == null) {
                    only = one;
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(those.size());
                    out.add(only);
                }
                out.add(one);
            }
            if (out == null) {
                return only == null ? List.of() : List.of(only);
            }
            out.sort(LONGEST_FIRST);
            return out;
        }
        if (atom instanceof Atom.Words w) {
            List<Item> out = null; // made at the first phrase read: most do not
            for (String[] phrase : w.alternatives()) {
                int end = wordsAt(phrase, s, k);
                if (end >= 0) {
                    out = out == null ? new ArrayList<>(1) : out;
                    out.add(new Item(k.start(), end, null));
                }
            }
            return out == null ? List.of() : out;
        }
        Item item;
        if (atom instanceof Atom.FromList l) {
            item = s.fromList(l.list(), k);
            if (item != null && !l.allowed().isEmpty() && !l.allowed().contains(String.valueOf(item.value()))) {
                item = null;
            }
        } else {
            Atom.Slot slot = (Atom.Slot) atom;
            item = those != null ? match(those.get(0), s, pos) : readSlot(slot.type(), s, k);
        }
        return item == null ? List.of() : List.of(item);
    }

    /** Where the folded phrase {@code tokens} ends when it starts at {@code k}, or -1. */
    static int wordsAt(String[] tokens, Scanner s, Token k) {
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
