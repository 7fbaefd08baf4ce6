package org.figx.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.text.Token;

/**
 * Rules compiled once and indexed by the tokens they can start with, so that
 * at each position only the rules that can start there run ({@link Matcher}
 * matches them). Compiling works out, for each rule, what it may start with
 * and what may follow its first atom, through optional atoms, the rules it
 * refers to and those filling its slots. Knows no language: words come from
 * the rules, word lists and slots from the {@link Scanner}, and what a match
 * makes from the {@link Builder}.
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
         * The first words (folded) a slot the scanner reads can start with, the keys
         * of {@link TokenClass} standing for any figure or capitalised word; null
         * when it may start anywhere. Rules starting with such a slot are indexed
         * like words; one starting with a slot that may start anywhere is tried at
         * every token.
         */
        default Collection<String> slotFirstWords(String type) {
            return null;
        }
    }

    /** For each slot type that rules fill ({@code slot date day}), those rules, in file order. */
    private final Map<String, List<Rule>> fillers = new LinkedHashMap<>();

    private final List<Rule> rules;
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    /** What the matcher knows of each rule. */
    private final Map<Rule, CompiledRule> compiled = new java.util.IdentityHashMap<>();
    /** The rules proposed on their own, by the tokens they may start with. */
    private final StartIndex<CompiledRule> proposed;
    /** For each slot type rules fill, those rules by the tokens they may start with. */
    private final Map<String, StartIndex<CompiledRule>> fillerStarts = new HashMap<>();
    private final Matcher matcher;
    /** Every word the compiled rules and indexes name, by id: tokens are tested by their id. */
    private final WordIds ids = new WordIds();

    public Grammar(List<Rule> rules, ListWords words, Builder<R> builder) {
        this(rules, words, builder, true);
    }

    /**
     * A grammar that tries every rule at every place, with none of the index and tests
     * that skip attempts bound to fail: slow, and the same readings. Tests compare the
     * two to hold the shortcuts to "they only stop attempts that would fail".
     */
    public static <R> Grammar<R> withoutShortcuts(List<Rule> rules, ListWords words, Builder<R> builder) {
        return new Grammar<>(rules, words, builder, false);
    }

    private Grammar(List<Rule> rules, ListWords words, Builder<R> builder, boolean shortcuts) {
        this.rules = List.copyOf(rules);
        ListWords lists = remembering(words);
        for (Rule r : rules) {
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        Set<Rule> remembered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Rule r : rules) {
            for (String type : r.slots()) {
                listOf(fillers, type).add(r);
            }
            if (!r.slots().isEmpty()) {
                remembered.add(r); // a date rule fills both "date" and "day": matched once
            }
            for (Atom inner : inner(r.pattern())) {
                if (inner instanceof Atom.Slot s && s.isRule()) {
                    for (String name : s.ruleNames()) {
                        remembered.add(rule(name, r));
                    }
                }
            }
        }
        for (Rule r : rules) {
            Collection<String> first = firstWords(r, lists);
            int atoms = r.pattern().size();
            Follow[] followAfter = new Follow[atoms];
            int[] nextAtom = new int[atoms];
            for (int i = 0; i < atoms; i++) {
                followAfter[i] = follow(r.pattern(), i + 1, lists);
                nextAtom[i] = nextAtom(r.pattern(), i + 1);
            }
            compiled.put(r, new CompiledRule(r, remembered.contains(r) ? "@" + r.name() : null,
                    first == null ? null : firstWordsOf(first), requiredFirstSlot(r), leadWords(r, lists),
                    nextAtom(r.pattern(), 0), followAfter, nextAtom));
        }
        // plain loops, no lambdas or streams: each would cost a class to load at start-up
        List<CompiledRule> all = new ArrayList<>();
        List<CompiledRule> proposedRules = new ArrayList<>();
        for (Rule r : rules) {
            all.add(compiled.get(r));
            if (r.proposed()) {
                proposedRules.add(compiled.get(r));
            }
        }
        this.proposed = StartIndex.of(proposedRules, ids);
        for (Map.Entry<String, List<Rule>> filling : fillers.entrySet()) {
            List<CompiledRule> those = new ArrayList<>();
            for (Rule r : filling.getValue()) {
                those.add(compiled.get(r));
            }
            fillerStarts.put(filling.getKey(), StartIndex.of(those, ids));
        }
        for (Rule r : rules) {
            Node[] pattern = new Node[r.pattern().size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = Node.of(r.pattern().get(i), this, r);
            }
            compiled.get(r).pattern = pattern;
        }
        this.matcher = new Matcher(builder, groups(all, ids), shortcuts, ids);
        ids.close();
    }

    /**
     * Puts the rules that start with the same atom and have a follow test into
     * {@link FollowGroup}s; returns how many there are.
     */
    private static int groups(List<CompiledRule> all, WordIds ids) {
        Map<String, List<CompiledRule>> byFirst = new LinkedHashMap<>();
        for (CompiledRule c : all) {
            // an optional first atom is tested with the atom after it, rule by rule
            if (c.follow != null && !c.rule.pattern().get(c.firstAtom).optional()) {
                listOf(byFirst, key(c.rule.pattern().get(c.firstAtom))).add(c);
            }
        }
        int count = 0;
        for (List<CompiledRule> alike : byFirst.values()) {
            if (alike.size() > 1) {
                new FollowGroup(count++, alike.get(0).pattern[alike.get(0).firstAtom], alike, ids);
            }
        }
        return count;
    }

    /** What atom {@code a} reads, written as a key: atoms alike but for their capture read the same. */
    private static String key(Atom a) {
        String optional = a.optional() ? "?" : "";
        if (a instanceof Atom.Words w) {
            StringBuilder phrases = new StringBuilder("words:");
            for (String[] phrase : w.alternatives()) {
                phrases.append(String.join("_", phrase)).append('|');
            }
            return phrases + optional;
        }
        if (a instanceof Atom.FromList l) {
            return "list:" + l.list() + new java.util.TreeSet<>(l.allowed()) + optional;
        }
        if (a instanceof Atom.Slot slot) {
            return "slot:" + slot.type() + optional;
        }
        if (a instanceof Atom.AnyOf any) {
            StringBuilder alternatives = new StringBuilder("any:");
            for (Atom one : any.alternatives()) {
                alternatives.append(key(one)).append('|');
            }
            return alternatives + optional;
        }
        if (a instanceof Atom.Glued g) {
            return "glued:" + key(g.atom());
        }
        return "not:" + key(((Atom.Not) a).atom());
    }

    /**
     * {@code words}, each list's and slot's first words read once: compiling walks
     * rule after rule through the same lists (start-up time is the user's).
     */
    private static ListWords remembering(ListWords words) {
        Map<String, Collection<String>> ofLists = new HashMap<>();
        Map<String, Collection<String>> ofSlots = new HashMap<>(); // null: the slot may start anywhere
        return new ListWords() {
            @Override
            public Collection<String> firstWords(String list) {
                Collection<String> known = ofLists.get(list);
                if (known == null) {
                    known = words.firstWords(list);
                    ofLists.put(list, known);
                }
                return known;
            }

            @Override
            public Collection<String> slotFirstWords(String type) {
                if (!ofSlots.containsKey(type)) {
                    ofSlots.put(type, words.slotFirstWords(type));
                }
                return ofSlots.get(type);
            }
        };
    }

    /** Each set of first words made so far, by its words: many rules and atoms share one. */
    private final Map<Set<String>, FirstWords> firstWordSets = new HashMap<>();

    private FirstWords firstWordsOf(Collection<String> words) {
        Set<String> key = Set.copyOf(words);
        FirstWords known = firstWordSets.get(key);
        if (known == null) {
            known = new FirstWords(key, ids);
            firstWordSets.put(key, known);
        }
        return known;
    }

    /** The list {@code key} names in {@code map}, made empty when it is not there yet. */
    private static <K, V> List<V> listOf(Map<K, List<V>> map, K key) {
        List<V> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    /** The grammar's vocabulary, for the nodes compiled with it. */
    WordIds ids() {
        return ids;
    }

    /** The compiled rule {@code name}, which rule {@code from} refers to. */
    CompiledRule compiledRule(String name, Rule from) {
        return compiled.get(rule(name, from));
    }

    /** The rules filling slot {@code type}, by the tokens they may start with; null when the scanner reads it. */
    StartIndex<CompiledRule> fillersOf(String type) {
        return fillerStarts.get(type);
    }

    /** The index of the first atom from {@code from} on that reads something, or -1. */
    private static int nextAtom(List<Atom> pattern, int from) {
        for (int i = from; i < pattern.size(); i++) {
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
                        read.add(type.intern()); // a memo key, as Node's names
                    } else {
                        words.addAll(its);
                    }
                }
                return new Follow(firstWordsOf(words), read.toArray(new String[0]));
            }
        }
        return null;
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
     * Every way atom {@code a} may start: the words into {@code words}, the slot types
     * the scanner reads into {@code slots} (through the rules it refers to, and the
     * rules filling its slots).
     */
    private void starts(Atom a, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        a = a instanceof Atom.Glued g ? g.atom() : a;
        if (a instanceof Atom.Words w) {
            for (String[] phrase : w.alternatives()) {
                words.add(phrase[0]);
            }
        } else if (a instanceof Atom.FromList l) {
            words.addAll(lists.firstWords(l.list()));
        } else if (a instanceof Atom.AnyOf any) {
            for (Atom one : any.alternatives()) {
                starts(one, lists, words, slots, seen);
            }
        } else if (a instanceof Atom.Slot slot && slot.isRule()) {
            for (String name : slot.ruleNames()) {
                startsOfRule(byName.get(name), lists, words, slots, seen);
            }
        } else if (a instanceof Atom.Slot slot) {
            if (fillers.containsKey(slot.type())) {
                for (Rule r : fillers.get(slot.type())) {
                    startsOfRule(r, lists, words, slots, seen);
                }
            } else {
                slots.add(slot.type());
            }
        }
    }

    /** {@link #starts} of a rule: its first atoms', through optional ones ({@code !ATOM} reading nothing). */
    private void startsOfRule(Rule r, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
        RuleStarts known = ruleStarts.get(r.name());
        if (known != null) {
            words.addAll(known.words());
            slots.addAll(known.slots());
            return;
        }
        if (!seen.add(r.name())) {
            return; // its starts are being added already
        }
        if (seen.size() == 1) { // a walk from this rule: its result is whole, kept for the next walk
            Set<String> its = new HashSet<>();
            Set<String> itsSlots = new java.util.LinkedHashSet<>();
            addStarts(r, lists, its, itsSlots, seen);
            ruleStarts.put(r.name(), new RuleStarts(its, itsSlots));
            words.addAll(its);
            slots.addAll(itsSlots);
            return;
        }
        addStarts(r, lists, words, slots, seen);
    }

    /** What a rule may start with, walked from it: words and the scanner's slots. */
    private record RuleStarts(Set<String> words, Set<String> slots) {
    }

    /** The starts of each rule walked from itself, by name: compiling asks for the same rules again and again. */
    private final Map<String, RuleStarts> ruleStarts = new HashMap<>();

    private void addStarts(Rule r, ListWords lists, Set<String> words, Set<String> slots, Set<String> seen) {
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
        return leadWords(r, lists, words, new HashSet<>()) ? firstWordsOf(words) : null;
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
                for (String[] phrase : w.alternatives()) {
                    out.add(phrase[0]);
                }
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

    /** What every rule that can start at the token at {@code pos} makes there. */
    public void matchAt(Scanner s, int pos, List<R> out) {
        Token first = s.next(pos);
        if (first == null) {
            return;
        }
        List<CompiledRule> candidates = matcher.shortcuts ? proposed.at(s, first) : proposed.all();
        if (candidates.isEmpty()) {
            return;
        }
        boolean[][] groupTests = matcher.groupTests();
        for (int i = 0; i < candidates.size(); i++) {
            CompiledRule c = candidates.get(i);
            if (matcher.mayMatch(c, s, first, pos, groupTests)) {
                add(matcher.remembered(c, s, pos), out);
            }
        }
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
        Item item = matcher.filled(type, fillerStarts.get(type), s, pos);
        @SuppressWarnings("unchecked")
        R result = item == null ? null : (R) item.value();
        return result;
    }

    /** What one named rule makes at {@code pos}, or null. */
    public R matchRule(String name, Scanner s, int pos) {
        Rule r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + name);
        }
        Item item = matcher.match(compiled.get(r), s, pos);
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
}
