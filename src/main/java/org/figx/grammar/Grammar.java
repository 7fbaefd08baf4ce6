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

    /** For each slot type that rules fill ({@code slot date day}), those rules, in file order. */
    private final Map<String, List<Rule>> fillers = new LinkedHashMap<>();

    private final List<Rule> rules;
    private final Map<String, Rule> byName = new LinkedHashMap<>();
    private final FoldedWordMap<List<Rule>> byFirstWord;
    /** Rules that start with a slot (a count, a date): tried wherever the scanner reads one. */
    private final List<Rule> slotFirst = new ArrayList<>();
    /**
     * For each rule of {@link #slotFirst}, the index in {@link #slotTypes} of the slot it
     * must read at its first token when it does not start with one of its words (-1 when
     * that is not known): it is not tried where that slot reads nothing, and each slot
     * is read once per position.
     */
    private int[] slotFirstType;
    /**
     * For each rule of {@link #slotFirst}, the indexes in {@link #slotTypes} of every slot
     * it may start with (through optional atoms and the rules it refers to): where none of
     * them reads and none of its words starts, it cannot match, and is not tried.
     */
    private int[][] slotFirstTypes;
    /** Whether each rule of {@link #slotFirst} may also start with a word (it is in the index too). */
    private boolean[] indexedToo;
    /** The slot types some rule may start with ("count", "ordinal"). */
    private final List<String> slotTypes = new ArrayList<>();
    /** The rules each rule slot names ({@code @duration-sum|duration}), read once. */
    private final Map<Atom.Slot, List<Rule>> referred = new java.util.IdentityHashMap<>();
    private final Builder<R> builder;
    /** What the token after a rule's first atom must be: most attempts that would fail cost a look-up. */
    private final Lookahead lookahead;

    public Grammar(List<Rule> rules, ListWords lists, Builder<R> builder) {
        this.rules = List.copyOf(rules);
        this.builder = builder;
        for (Rule r : rules) {
            if (byName.put(r.name(), r) != null) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": rule " + r.name() + " defined twice");
            }
        }
        for (Rule r : rules) {
            for (Atom inner : inner(r.pattern())) {
                if (inner instanceof Atom.Slot s && s.isRule()) {
                    referred.put(s, s.ruleNames().stream().map(name -> rule(name, r)).toList());
                    referred.get(s).forEach(one -> memoKeys.putIfAbsent(one, "@" + one.name()));
                }
            }
        }
        for (Rule r : this.rules) {
            order.put(r, order.size());
        }
        for (Rule r : rules) {
            r.slots().forEach(type -> fillers.computeIfAbsent(type, k -> new ArrayList<>()).add(r));
            if (!r.slots().isEmpty()) {
                memoKeys.putIfAbsent(r, "@" + r.name()); // a date rule fills both "date" and "day": matched once
            }
        }
        Map<String, List<Rule>> index = new HashMap<>();
        List<Boolean> alsoIndexed = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.proposed()) {
                continue; // a piece, or read only where a rule asks for its slot
            }
            Set<String> words = new HashSet<>();
            if (firstWords(r, lists, words, new HashSet<>())) {
                slotFirst.add(r);
                alsoIndexed.add(!words.isEmpty());
            }
            for (String w : words) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        this.byFirstWord = new FoldedWordMap<>(index);
        Set<String> types = new java.util.LinkedHashSet<>();
        for (Rule r : slotFirst) {
            startsOfRule(r, lists, new HashSet<>(), types, new HashSet<>());
        }
        slotTypes.addAll(types);
        slotFirstType = new int[slotFirst.size()];
        slotFirstTypes = new int[slotFirst.size()][];
        indexedToo = new boolean[slotFirst.size()];
        for (int i = 0; i < slotFirst.size(); i++) {
            Set<String> its = new java.util.LinkedHashSet<>();
            startsOfRule(slotFirst.get(i), lists, new HashSet<>(), its, new HashSet<>());
            slotFirstTypes[i] = its.stream().mapToInt(slotTypes::indexOf).toArray();
            indexedToo[i] = alsoIndexed.get(i);
            String type = requiredFirstSlot(slotFirst.get(i));
            slotFirstType[i] = type == null ? -1 : slotTypes.indexOf(type);
        }
        this.lookahead = new Lookahead(rules, lists, this::startWords, fillers::containsKey,
                (atom, words, slots) -> starts(atom, lists, words, slots, new HashSet<>()));
        for (Rule r : rules) {
            Set<String> words = new HashSet<>();
            if (!firstWords(r, lists, words, new HashSet<>())) {
                startsOnlyWith.put(r, new org.figx.text.FoldedWordSet(words));
            }
        }
        fillers.forEach((type, those) -> fillerStarts.put(type, new FillerStarts(those, startsOnlyWith)));
        for (Rule r : rules) {
            known.put(r, new Known(memoKeys.get(r), startsOnlyWith.get(r)));
        }
    }

    /**
     * What {@link #match} asks of a rule at each call, found with one look-up: its memo
     * key (null when not remembered) and the only words it may start with (null: any).
     */
    private record Known(String memoKey, org.figx.text.FoldedWordSet startsOnlyWith) {
    }

    private final Map<Rule, Known> known = new java.util.IdentityHashMap<>();

    /**
     * Which of the rules filling one slot type may start at a token, found with one
     * look-up rather than one per rule: each word, {@link #DIGITS} too, names the
     * rules (by their place in the type's list) that may start with it, those that
     * may start with a slot included.
     */
    private static final class FillerStarts {
        private final org.figx.text.FoldedWordMap<boolean[]> byWord;
        /** The rules that may start anywhere (with a slot). */
        private final boolean[] anywhere;

        FillerStarts(List<Rule> those, Map<Rule, org.figx.text.FoldedWordSet> startsOnlyWith) {
            anywhere = new boolean[those.size()];
            Map<String, boolean[]> index = new HashMap<>();
            for (int i = 0; i < those.size(); i++) {
                org.figx.text.FoldedWordSet words = startsOnlyWith.get(those.get(i));
                if (words == null) {
                    anywhere[i] = true;
                    continue;
                }
                for (String w : words.words()) {
                    index.computeIfAbsent(w, k -> new boolean[those.size()])[i] = true;
                }
            }
            for (boolean[] mask : index.values()) {
                for (int i = 0; i < mask.length; i++) {
                    mask[i] |= anywhere[i];
                }
            }
            byWord = new org.figx.text.FoldedWordMap<>(index);
        }

        /** For each rule, whether it may start at token {@code k}. */
        boolean[] at(Scanner s, Token k) {
            boolean[] word = byWord.get(s.text(), k);
            boolean[] digits = org.figx.text.Chars.isDigit(s.text().charAt(k.start())) ? byWord.get(DIGITS) : null;
            if (word == null || digits == null) {
                return word != null ? word : digits != null ? digits : anywhere;
            }
            boolean[] both = word.clone();
            for (int i = 0; i < both.length; i++) {
                both[i] |= digits[i];
            }
            return both;
        }
    }

    /** For each slot type rules fill, which of them may start at a token. */
    private final Map<String, FillerStarts> fillerStarts = new HashMap<>();

    /**
     * For each rule that can start only with words (none of its first atoms is a
     * slot read anywhere), those words: asked at another token (a date rule where
     * the {@code day} slot is read, a piece another rule refers to), it is not tried.
     */
    private final Map<Rule, org.figx.text.FoldedWordSet> startsOnlyWith = new java.util.IdentityHashMap<>();

    /** Whether {@code rule} may start at token {@code k}: one of its first words, or it may start with a slot. */
    private static boolean mayStart(Known rule, Scanner s, Token k) {
        org.figx.text.FoldedWordSet words = rule.startsOnlyWith();
        return words == null || words.contains(s.text(), k)
                || org.figx.text.Chars.isDigit(s.text().charAt(k.start())) && words.contains(DIGITS);
    }

    /** The words a rule may start with, or null when it may start with a slot. */
    private Set<String> startWords(String ruleName, ListWords lists) {
        Rule r = byName.get(ruleName);
        Set<String> words = new HashSet<>();
        return r == null || firstWords(r, lists, words, new HashSet<>()) ? null : words;
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
            referred.get(slot).forEach(r -> startsOfRule(r, lists, words, slots, seen));
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

    /** Every word a rule can start with (its first atoms', through optional ones); true if it may start with a slot. */
    private boolean firstWords(Rule rule, ListWords lists, Set<String> out, Set<String> seen) {
        if (!seen.add(rule.name())) {
            return false;
        }
        for (Atom atom : rule.pattern()) {
            if (atom instanceof Atom.Not) {
                continue; // reads nothing: the rule starts with what follows
            }
            Atom a = atom instanceof Atom.Glued g ? g.atom() : atom;
            boolean slot = false;
            if (a instanceof Atom.AnyOf any) {
                for (Atom one : any.alternatives()) {
                    slot |= firstWordsOf(one, rule, lists, out, seen);
                }
            } else {
                slot = firstWordsOf(a, rule, lists, out, seen);
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
    private boolean firstWordsOf(Atom a, Rule rule, ListWords lists, Set<String> out, Set<String> seen) {
        boolean slot = false;
        if (a instanceof Atom.Words w) {
            w.alternatives().forEach(tokens -> out.add(tokens[0]));
        } else if (a instanceof Atom.FromList l) {
            out.addAll(lists.firstWords(l.list()));
        } else if (a instanceof Atom.Slot s && s.isRule()) {
            for (String name : s.ruleNames()) {
                slot |= firstWords(rule(name, rule), lists, out, seen);
            }
        } else {
            slot = slotFirstWords(((Atom.Slot) a).type(), rule, lists, out, seen);
        }
        return slot;
    }

    /**
     * Adds the words slot {@code type} starts with: those of the rules that fill it,
     * or those its scanner names; true when it may start with no known word.
     */
    private boolean slotFirstWords(String type, Rule rule, ListWords lists, Set<String> out, Set<String> seen) {
        List<Rule> those = fillers.get(type);
        if (those != null) {
            boolean slot = false;
            for (Rule filler : those) {
                slot |= firstWords(filler, lists, out, new HashSet<>(seen));
            }
            return slot;
        }
        Collection<String> starts = lists.slotFirstWords(type);
        if (starts == null) {
            return true;
        }
        out.addAll(starts);
        return false;
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
            for (Rule r : referred.get(slot)) {
                String t = firstSlot(r, new HashSet<>(seen));
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

    /**
     * Whether some rule starts with the word {@code first}. Rules that start with
     * a slot (a count, a date) are tried wherever the scanner reads one: the
     * caller's own test for numbers and dates admits those positions.
     */
    public boolean startsWith(Scanner s, Token first) {
        return first != null && byFirst(s, first) != null;
    }

    /** The rules indexed by the word {@code first}, or by {@link #DIGITS} when it is digits. */
    private List<Rule> byFirst(Scanner s, Token first) {
        List<Rule> byWord = byFirstWord.get(s.text(), first);
        if (!org.figx.text.Chars.isDigit(s.text().charAt(first.start()))) {
            return byWord;
        }
        List<Rule> byDigits = byFirstWord.get(DIGITS);
        if (byWord == null || byDigits == null) {
            return byWord == null ? byDigits : byWord;
        }
        List<Rule> both = new ArrayList<>(byDigits);
        for (Rule r : byWord) {
            if (!containsRule(both, r)) {
                both.add(r);
            }
        }
        both.sort(java.util.Comparator.comparingInt(order::get)); // file order, as for words
        return both;
    }

    /** Each rule's place in the files. */
    private final Map<Rule, Integer> order = new java.util.IdentityHashMap<>();

    /**
     * Whether a rule starting with a slot may start at the token {@code first}: some
     * slot a rule starts with reads something there ("T1", "XXIe" are no words).
     */
    public boolean startsWithSlot(Scanner s, Token first) {
        if (first == null) {
            return false;
        }
        for (String type : slotTypes) {
            if (readSlot(type, s, first) != null) {
                return true;
            }
        }
        return false;
    }

    /** What every rule that can start at the token at {@code pos} makes there. */
    public void matchAt(Scanner s, int pos, List<R> out) {
        Token first = s.next(pos);
        if (first == null) {
            return;
        }
        List<Rule> candidates = byFirst(s, first);
        if (candidates != null) {
            for (Rule r : candidates) {
                if (lookahead.admits(r, s, first) && goesOn(r, s, pos)) {
                    add(remembered(r, s, pos), out); // indexed by this word: it may start here
                }
            }
        }
        Object[] reads = null; // per slot type: what it reads here (NOTHING), null until read
        for (int i = 0; i < slotFirst.size(); i++) {
            Rule r = slotFirst.get(i);
            if (candidates != null && indexedToo[i] && containsRule(candidates, r)) {
                continue; // tried above
            }
            if (reads == null) {
                reads = new Object[slotTypes.size()];
            }
            int type = slotFirstType[i];
            if (type >= 0) {
                Object read = read(type, reads, s, first);
                if (read == NOTHING || !lookahead.admitsAfter(r, s, (Item) read)) {
                    continue;
                }
            } else if (!anyReads(slotFirstTypes[i], reads, s, first)) {
                continue; // not at one of its words (those are tried above), and no slot it starts with reads
            }
            if (goesOn(r, s, pos)) {
                add(remembered(r, s, pos), out); // it may start with a slot: no test of its first words
            }
        }
    }

    /**
     * Whether rule {@code r}, when it starts with another rule ({@code {d:@a-day} de ...}),
     * may go on after what that rule reads here (remembered for the place, so read once
     * for all the rules starting with it).
     */
    private boolean goesOn(Rule r, Scanner s, int pos) {
        return !lookahead.testsAfterRule(r) || lookahead.admitsAfterRule(r, s, items(r.pattern().get(0), s, pos));
    }

    /** What slot type {@code type} (an index in {@link #slotTypes}) reads at {@code first}, read once in {@code reads}. */
    private Object read(int type, Object[] reads, Scanner s, Token first) {
        if (reads[type] == null) {
            Item read = readSlot(slotTypes.get(type), s, first);
            reads[type] = read == null ? NOTHING : read;
        }
        return reads[type];
    }

    /** Whether one of the slot types {@code types} reads something at {@code first}. */
    private boolean anyReads(int[] types, Object[] reads, Scanner s, Token first) {
        for (int type : types) {
            if (read(type, reads, s, first) != NOTHING) {
                return true;
            }
        }
        return false;
    }

    /** A slot that read nothing at a position, told apart from one not read yet. */
    private static final Object NOTHING = new Object();

    /** Whether {@code rules} holds {@code r} itself (rules are records: equals would compare their examples). */
    private static boolean containsRule(List<Rule> rules, Rule r) {
        for (Rule candidate : rules) {
            if (candidate == r) {
                return true;
            }
        }
        return false;
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
            List<Rule> those = fillers.get(type);
            boolean[] starts = fillerStarts.get(type).at(s, first);
            for (int i = 0; i < those.size(); i++) {
                if (!starts[i]) {
                    continue; // cannot start here
                }
                Item item = remembered(those.get(i), s, pos);
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
     * A rule other rules refer to ({@code @duration}) is asked again at the same
     * place: what it made there is remembered for the text, as for filled slots.
     */
    private Item match(Rule rule, Scanner s, int pos) {
        Token first = s.next(pos);
        Known about = known.get(rule);
        if (first == null || !mayStart(about, s, first)) {
            return null; // cannot start here: not tried
        }
        return remembered(rule, about, s, pos);
    }

    /** {@link #match}, once it is known that {@code rule} may start at {@code pos}. */
    private Item remembered(Rule rule, Scanner s, int pos) {
        return remembered(rule, known.get(rule), s, pos);
    }

    private Item remembered(Rule rule, Known about, Scanner s, int pos) {
        String key = about.memoKey();
        if (key == null) {
            return matchAnew(rule, s, pos);
        }
        Item known = s.recall(key, pos);
        if (known != null) {
            return known == Scanner.NOTHING ? null : known;
        }
        return s.remember(key, pos, matchAnew(rule, s, pos));
    }

    /** The memo key of each rule other rules refer to: "@" and its name. */
    private final Map<Rule, String> memoKeys = new java.util.IdentityHashMap<>();

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
        Map<String, Object> captures;
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
        if (atom instanceof Atom.Glued g) {
            return k.start() == pos ? items(g.atom(), s, pos) : List.of();
        }
        if (atom instanceof Atom.AnyOf any) {
            List<Item> out = new ArrayList<>(2);
            for (Atom one : any.alternatives()) {
                out.addAll(items(one, s, pos));
            }
            out.sort((a, b) -> b.end() - a.end()); // the longest reading first
            return out;
        }
        List<Rule> those = atom instanceof Atom.Slot rules && rules.isRule() ? referred.get(rules) : null;
        if (those != null && those.size() > 1) {
            List<Item> out = new ArrayList<>(2);
            for (Rule r : those) {
                Item one = match(r, s, pos);
                if (one != null) {
                    out.add(one);
                }
            }
            out.sort((a, b) -> b.end() - a.end()); // the longest reading first
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
