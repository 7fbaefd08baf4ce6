package org.figx.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.figx.text.Token;

/**
 * Matches compiled rules at a place of a text, backtracking through their
 * atoms, and remembers for the text what a rule other rules ask for made at a
 * place ({@link Scanner#recall}). Before a rule is tried, cheap tests that only
 * stop attempts that would fail ({@link #mayMatch}): most places a rule is asked
 * at cost a look-up or two.
 */
final class Matcher {
    private final Grammar.Builder<?> builder;
    /** How many {@link FollowGroup}s the rules make. */
    private final int groups;

    /** Whether the index and the tests before each attempt are used: false only to check they change nothing. */
    final boolean shortcuts;

    /** The grammar's vocabulary: a phrase's words are compared by id. */
    private final WordIds ids;

    Matcher(Grammar.Builder<?> builder, int groups, boolean shortcuts, WordIds ids) {
        this.builder = builder;
        this.ids = ids;
        this.groups = groups;
        this.shortcuts = shortcuts;
    }

    /** A place's tests of follow groups, none made yet. */
    boolean[][] groupTests() {
        return new boolean[groups][];
    }

    /**
     * Whether {@code c} may match from token {@code first} at {@code pos}, known to be
     * one it may start with: its first slot, when it must read there, does, and the
     * token after its first atom may follow. A pure shortcut: it stops only attempts
     * that would fail.
     *
     * @param groupTests null when {@code c} is asked alone ({@link #match}); else what
     *                   its {@link FollowGroup} let through at this place, by group, null
     *                   until tested
     */
    boolean mayMatch(CompiledRule c, Scanner s, Token first, int pos, boolean[][] groupTests) {
        if (!shortcuts) {
            return true;
        }
        boolean grouped = groupTests != null && c.group != null; // a group's rules all have a follow test
        boolean slotTestedByGroup = grouped && c.group.sameFirstSlot;
        if (!slotTestedByGroup && !firstSlotReads(c, s, first)) {
            return false;
        }
        if (c.follow == null) {
            return c.firstAtom < 0 || mayRead(c.pattern[c.firstAtom], s, first, pos);
        }
        if (!grouped) {
            return followed(c, s, first, pos);
        }
        boolean[] through = groupTests[c.group.id];
        if (through == null) {
            // once a place for the group: its follow test, and the first slot's when alike for all
            through = groupTests[c.group.id] = !slotTestedByGroup || firstSlotReads(c, s, first)
                    ? followedInGroup(c.group, s, first, pos) : c.group.noneThrough;
        }
        return through[c.placeInGroup] && (c.followedByLookUp() || followed(c, s, first, pos));
    }

    /** Whether {@code c}'s first slot, when it must read at {@code first}, does. */
    private static boolean firstSlotReads(CompiledRule c, Scanner s, Token first) {
        return c.firstSlot == null || c.leadWords != null && c.leadWords.startsAt(s, first)
                || s.slot(c.firstSlot, first) != null;
    }

    /**
     * For each rule of {@code group}, whether the token after a reading of their
     * first atom at {@code pos} (or, that atom being optional, {@code first}) is one
     * its follow test may let through: one reading and a look-up per reading for
     * all of them.
     */
    private boolean[] followedInGroup(FollowGroup group, Scanner s, Token first, int pos) {
        boolean[] through = new boolean[group.size];
        Node a = group.first;
        if (a.kind == Node.Kind.WORDS) {
            int[][] phrases = a.phrasesAt(s, first);
            for (int i = 0; phrases != null && i < phrases.length; i++) {
                int end = wordsAt(phrases[i], s, first);
                if (end >= 0) {
                    letThrough(group, s, s.next(end), through);
                }
            }
        } else if (a.readsOnce) {
            Item read = once(a, s, pos);
            if (read != null) {
                letThrough(group, s, s.next(read.end()), through);
            }
        } else {
            List<Item> reads = items(a, s, pos);
            for (int i = 0; i < reads.size(); i++) {
                letThrough(group, s, s.next(reads.get(i).end()), through);
            }
        }
        if (a.optional) {
            letThrough(group, s, first, through);
        }
        return through;
    }

    /** Marks the rules of {@code group} that token {@code next} (null: none) may follow. */
    private static void letThrough(FollowGroup group, Scanner s, Token next, boolean[] through) {
        if (next == null) {
            return;
        }
        List<CompiledRule> those = group.byNext.at(s, next);
        for (int i = 0; i < those.size(); i++) {
            through[those.get(i).placeInGroup] = true;
        }
    }

    /**
     * Whether what {@code c}'s first atom reads at {@code pos} may be followed by the
     * rest of its rule: the token after one of its readings starts the rest, or, the
     * atom being optional and absent, the next atom reads here and is followed so.
     */
    private boolean followed(CompiledRule c, Scanner s, Token first, int pos) {
        return followedFrom(c, c.firstAtom, s, first, pos);
    }

    private boolean followedFrom(CompiledRule c, int atom, Scanner s, Token first, int pos) {
        Node a = c.pattern[atom];
        Follow rest = c.followAfter[atom];
        if (rest == null) {
            return mayRead(a, s, first, pos); // what follows may be absent: no follow test
        }
        if (a.kind == Node.Kind.WORDS) {
            int[][] phrases = a.phrasesAt(s, first);
            for (int i = 0; phrases != null && i < phrases.length; i++) {
                int end = wordsAt(phrases[i], s, first);
                if (end >= 0 && rest.startsAt(s, s.next(end))) {
                    return true;
                }
            }
        } else if (a.readsOnce) {
            Item read = once(a, s, pos);
            if (read != null && rest.startsAt(s, s.next(read.end()))) {
                return true;
            }
        } else {
            List<Item> reads = items(a, s, pos);
            for (int i = 0; i < reads.size(); i++) {
                if (rest.startsAt(s, s.next(reads.get(i).end()))) {
                    return true;
                }
            }
        }
        int next = c.nextAtom[atom];
        return a.optional && next >= 0 && followedFrom(c, next, s, first, pos);
    }

    /**
     * A match of {@code c}'s rule from {@code pos}: its span and built result, or null.
     * A rule other rules refer to ({@code @duration}) is asked again at the same
     * place: what it made there is remembered for the text, as for filled slots.
     * Where it cannot start, the memo is neither asked nor told: most rules asked
     * at a place cannot ("@holiday" at a figure), and the test of the first token
     * costs less than a look-up and a write in the memo, which then keeps its room
     * for what was read.
     */
    Item match(CompiledRule c, Scanner s, int pos) {
        Token first = s.next(pos);
        if (first == null || shortcuts && c.startsWith != null && !c.startsWith.startsAt(s, first)) {
            return null;
        }
        if (c.memoKey != null) {
            Item known = s.recall(c.memoKey, pos); // rule after rule asks for "@a-day" at the same place
            if (known != null) {
                return known == Scanner.NOTHING ? null : known;
            }
        }
        if (!mayMatch(c, s, first, pos, null)) {
            return c.memoKey == null ? null : s.remember(c.memoKey, pos, null); // cannot match here: not tried
        }
        // not asked of the memo again: mayMatch reads only what c starts with, and a rule
        // read while c is read at the same place would be left recursion, never ending
        return c.memoKey == null ? matchAnew(c, s, pos) : s.remember(c.memoKey, pos, matchAnew(c, s, pos));
    }

    /**
     * Whether atom {@code a} may read from {@code first} at {@code pos}: false only where a
     * required atom whose reading is a look-up or remembered (words, a word list, a slot,
     * a rule others ask for) reads nothing, so that the attempt would fail at it. Other
     * atoms are not read twice: true.
     */
    private boolean mayRead(Node a, Scanner s, Token first, int pos) {
        if (a.optional) {
            return true;
        }
        switch (a.kind) {
            case WORDS:
                int[][] phrases = a.phrasesAt(s, first);
                for (int i = 0; phrases != null && i < phrases.length; i++) {
                    if (wordsAt(phrases[i], s, first) >= 0) {
                        return true;
                    }
                }
                return false;
            case LIST:
            case SCANNER_SLOT:
            case FILLED_SLOT:
                return once(a, s, pos) != null;
            case RULES:
                return !a.readsOnce || a.rules[0].memoKey == null || once(a, s, pos) != null;
            default:
                return true;
        }
    }

    /** {@link #match}, once it is known that {@code c} may match at {@code pos}. */
    Item remembered(CompiledRule c, Scanner s, int pos) {
        if (c.memoKey == null) {
            return matchAnew(c, s, pos);
        }
        Item known = s.recall(c.memoKey, pos);
        if (known != null) {
            return known == Scanner.NOTHING ? null : known;
        }
        return s.remember(c.memoKey, pos, matchAnew(c, s, pos));
    }

    /**
     * What fills slot {@code type} at {@code pos}: the longest of what the rules
     * filling it ({@code fillers}) make there (the first in file order among
     * equals), or null. Remembered for the text when the scanner keeps a memo, unless
     * no rule filling it may start at the token there ({@link #match}).
     */
    Item filled(String type, StartIndex<CompiledRule> fillers, Scanner s, int pos) {
        Token first = s.next(pos);
        if (first == null) {
            return null;
        }
        List<CompiledRule> those = shortcuts ? fillers.at(s, first) : fillers.all();
        if (those.isEmpty()) {
            return null;
        }
        Item known = s.recall(type, pos);
        if (known != null) {
            return known == Scanner.NOTHING ? null : known;
        }
        Item best = null;
        boolean[][] groupTests = groupTests();
        for (int i = 0; i < those.size(); i++) {
            CompiledRule c = those.get(i);
            Item item = mayMatch(c, s, first, pos, groupTests) ? remembered(c, s, pos) : null;
            if (item != null && (best == null || item.end() > best.end())) {
                best = item;
            }
        }
        return s.remember(type, pos, best);
    }

    /**
     * A match of {@code c}'s rule from {@code pos}: its span and built result, or null.
     * Each way the pattern matches is tried until the builder takes one: a count
     * the builder refuses as minutes leaves the optional minutes out.
     */
    private Item matchAnew(CompiledRule c, Scanner s, int pos) {
        State state = new State(c.rule);
        return step(c.pattern, 0, s, pos, state) ? state.result : null;
    }

    /** What a complete match makes: the builder's result, or for a piece making a {@link Grammar#VALUE}, that value. */
    private Object build(State state) {
        Rule rule = state.rule;
        Map<String, Object> captures = state.captures == null ? Map.of() : state.captures;
        if (Grammar.VALUE.equals(rule.builder())) {
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
    private boolean step(Node[] atoms, int i, Scanner s, int pos, State state) {
        if (i == atoms.length) {
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
        Node atom = atoms[i];
        if (atom.kind == Node.Kind.NOT) {
            Node not = atom.inner[0];
            boolean absent = not.readsOnce ? once(not, s, pos) == null : items(not, s, pos).isEmpty();
            return absent && step(atoms, i + 1, s, pos, state);
        }
        if (atom.readsOnce) { // most atoms: no list of readings to make and walk
            Item item = once(atom, s, pos);
            if (item != null && stepAfter(atoms, i, item, s, state)) {
                return true;
            }
        } else {
            List<Item> reads = items(atom, s, pos);
            for (int r = 0; r < reads.size(); r++) {
                if (stepAfter(atoms, i, reads.get(r), s, state)) {
                    return true;
                }
            }
        }
        return atom.optional && step(atoms, i + 1, s, pos, state);
    }

    /**
     * Takes {@code item} as what atom {@code i} reads and matches the atoms after it;
     * when they do not match, leaves {@code state} as it was, for the next way to try.
     */
    private boolean stepAfter(Node[] atoms, int i, Item item, Scanner s, State state) {
        Node atom = atoms[i];
        int start = state.start;
        int end = state.end;
        if (atom.capture != null) {
            if (state.captures == null) {
                state.captures = new Captures();
            }
            state.captures.push(atom.capture, item.value());
        }
        if (!atom.context) {
            state.start = start < 0 ? item.start() : start;
            state.end = item.end();
        }
        if (step(atoms, i + 1, s, item.end(), state)) {
            return true;
        }
        state.start = start;
        state.end = end;
        if (atom.capture != null) {
            state.captures.pop();
        }
        return false;
    }

    /** Items by their end, the longest reading first. */
    private static final java.util.Comparator<Item> LONGEST_FIRST = (a, b) -> b.end() - a.end();

    /** The ways {@code atom} matches at the token from {@code pos}, longest first. */
    List<Item> items(Node atom, Scanner s, int pos) {
        if (atom.readsOnce) {
            Item item = once(atom, s, pos);
            return item == null ? List.of() : List.of(item);
        }
        Token k = s.next(pos);
        if (k == null) {
            return List.of();
        }
        switch (atom.kind) {
            case GLUED:
                return k.start() == pos ? items(atom.inner[0], s, pos) : List.of();
            case ANY_OF:
                return anyOf(atom.inner, s, pos);
            case RULES:
                return eachOf(atom.rules, s, pos);
            case WORDS:
                return phrases(atom, s, k);
            default:
                throw new IllegalStateException("no items for " + atom.kind);
        }
    }

    /** What an atom that {@link Node#readsOnce} reads at the token from {@code pos}, or null. */
    private Item once(Node atom, Scanner s, int pos) {
        Token k = s.next(pos);
        if (k == null) {
            return null;
        }
        Item item;
        switch (atom.kind) {
            case GLUED:
                return k.start() == pos ? once(atom.inner[0], s, pos) : null;
            case RULES:
                return match(atom.rules[0], s, pos);
            case LIST:
                item = s.fromList(atom.name, k);
                if (item != null && !atom.allowed.isEmpty() && !atom.allowed.contains(String.valueOf(item.value()))) {
                    item = null;
                }
                break;
            case SCANNER_SLOT:
                item = s.slot(atom.name, k);
                break;
            case FILLED_SLOT:
                item = filled(atom.name, atom.fillers, s, k.start());
                break;
            default:
                throw new IllegalStateException(atom.kind + " may read more than once");
        }
        return item;
    }

    /** The phrases of a word atom read at token {@code k}, in the order written. */
    private List<Item> phrases(Node atom, Scanner s, Token k) {
        int[][] phrases = atom.phrasesAt(s, k);
        List<Item> out = null; // made at the first phrase read: most do not
        for (int i = 0; phrases != null && i < phrases.length; i++) {
            int end = wordsAt(phrases[i], s, k);
            if (end >= 0) {
                out = out == null ? new ArrayList<>(1) : out;
                out.add(new Item(k.start(), end, null));
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * What each of the alternatives {@code atoms} reads, longest first (the order
     * written among equals); no list built for a single reading, and none asked of
     * an alternative that {@link Node#readsOnce}.
     */
    private List<Item> anyOf(Node[] atoms, Scanner s, int pos) {
        Item only = null; // the first reading, while it is the only one: most places have none or one
        List<Item> out = null; // made at the second reading
        for (Node one : atoms) {
            if (one.readsOnce) {
                Item item = once(one, s, pos);
                if (item == null) {
                    continue;
                }
                if (only == null && out == null) {
                    only = item;
                    continue;
                }
                out = withFirst(out, only);
                out.add(item);
                continue;
            }
            List<Item> these = items(one, s, pos);
            for (int i = 0; i < these.size(); i++) {
                if (only == null && out == null) {
                    only = these.get(i);
                    continue;
                }
                out = withFirst(out, only);
                out.add(these.get(i));
            }
        }
        if (out == null) {
            return only == null ? List.of() : List.of(only);
        }
        out.sort(LONGEST_FIRST); // a stable sort: equals keep the order written
        return out;
    }

    /** {@code out}, or at the second reading a new list holding the first, {@code only}. */
    private static List<Item> withFirst(List<Item> out, Item only) {
        if (out != null) {
            return out;
        }
        List<Item> made = new ArrayList<>(4);
        made.add(only);
        return made;
    }

    /** What each of the rules {@code named} makes, longest first. */
    private List<Item> eachOf(CompiledRule[] named, Scanner s, int pos) {
        List<Item> out = null;
        Item only = null;
        for (CompiledRule c : named) {
            Item one = match(c, s, pos);
            if (one == null) {
                continue;
            }
            if (only == null) {
                only = one;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(named.length);
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

    /** Where the phrase of word ids {@code tokens} ends when it starts at {@code k}, or -1. */
    private int wordsAt(int[] tokens, Scanner s, Token k) {
        Token at = k;
        for (int j = 0; j < tokens.length; j++) {
            if (at == null || s.wordId(at, ids) != tokens[j]) {
                return -1;
            }
            if (j + 1 < tokens.length) {
                at = s.next(at.end());
            }
        }
        return at.end();
    }
}
