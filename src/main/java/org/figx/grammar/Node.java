package org.figx.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.text.Token;

/**
 * An {@link Atom} compiled for matching: what it names is looked up once, when
 * the grammar is built (the rules of a rule slot, the rules filling a slot, the
 * phrases of a word atom by their first word), so that the matcher, which asks
 * millions of atoms on a long text, walks arrays instead of maps.
 */
final class Node {
    enum Kind {
        /** Literal phrases ({@code ce|cet|cette}, {@code il_y_a}). */
        WORDS,
        /** An entry of a word list ({@code {unit:time-units W M}}). */
        LIST,
        /** A slot the scanner reads ({@code {n:count}}). */
        SCANNER_SLOT,
        /** A slot rules fill ({@code {d:date}}). */
        FILLED_SLOT,
        /** What other rules make ({@code {d:@a-day}}). */
        RULES,
        /** {@code {x:day|@rule|list}}. */
        ANY_OF,
        /** {@code !ATOM}. */
        NOT,
        /** {@code +ATOM}. */
        GLUED
    }

    final Kind kind;
    final String capture;
    final boolean optional;
    final boolean context;
    /**
     * WORDS: its phrases (folded tokens) by their first word, in the order written:
     * the first words' {@link WordIds} in ascending order, the phrases of each at
     * the same place. A word atom names a few first words: a binary search of ints.
     */
    private final PhrasesByFirst phrases;
    /** LIST: the list's name; SCANNER_SLOT, FILLED_SLOT: the slot type. */
    final String name;
    /** LIST: the values allowed (empty: any). */
    final Set<String> allowed;
    /** FILLED_SLOT: the rules filling it, by the tokens they may start with. */
    final StartIndex<CompiledRule> fillers;
    /** RULES: the rules it names, in the order written. */
    final CompiledRule[] rules;
    /** ANY_OF: the alternatives; NOT, GLUED: the one atom. */
    final Node[] inner;
    /**
     * Whether this atom reads at most one way at a place (a word list, a slot, one
     * rule, or one of those glued): the matcher then takes its one reading as it is,
     * with no list of readings made for each of the atoms it tries.
     */
    final boolean readsOnce;

    private Node(Kind kind, Atom atom, PhrasesByFirst phrases, String name, Set<String> allowed,
                 StartIndex<CompiledRule> fillers, CompiledRule[] rules, Node[] inner) {
        this.kind = kind;
        this.capture = atom.capture();
        this.optional = atom.optional();
        this.context = atom.context();
        this.phrases = phrases;
        // one instance per name: the scanner's memo compares its keys, and equal ones are then the same
        this.name = name == null ? null : name.intern();
        this.allowed = allowed;
        this.fillers = fillers;
        this.rules = rules;
        this.inner = inner;
        this.readsOnce = kind == Kind.LIST || kind == Kind.SCANNER_SLOT || kind == Kind.FILLED_SLOT
                || kind == Kind.RULES && rules.length == 1 || kind == Kind.GLUED && inner[0].readsOnce;
    }

    /**
     * Compiles atom {@code a} of rule {@code from}, with the rules its names stand for
     * and the rules filling its slot, as {@code grammar} compiled them. Loops, not
     * streams: every lambda is a class to load at start-up.
     */
    static Node of(Atom a, Grammar<?> grammar, Rule from) {
        if (a instanceof Atom.Words w) {
            Map<String, List<String[]>> byFirst = new HashMap<>();
            for (String[] phrase : w.alternatives()) {
                List<String[]> those = byFirst.get(phrase[0]);
                if (those == null) {
                    those = new ArrayList<>();
                    byFirst.put(phrase[0], those);
                }
                those.add(phrase);
            }
            return new Node(Kind.WORDS, a, new PhrasesByFirst(byFirst, grammar.ids()), null, Set.of(), null, null, null);
        }
        if (a instanceof Atom.FromList l) {
            return new Node(Kind.LIST, a, null, l.list(), l.allowed(), null, null, null);
        }
        if (a instanceof Atom.Slot s && s.isRule()) {
            List<String> names = s.ruleNames();
            CompiledRule[] named = new CompiledRule[names.size()];
            for (int i = 0; i < named.length; i++) {
                named[i] = grammar.compiledRule(names.get(i), from);
            }
            return new Node(Kind.RULES, a, null, null, Set.of(), null, named, null);
        }
        if (a instanceof Atom.Slot s) {
            StartIndex<CompiledRule> filling = grammar.fillersOf(s.type());
            return new Node(filling == null ? Kind.SCANNER_SLOT : Kind.FILLED_SLOT, a, null, s.type(), Set.of(),
                    filling, null, null);
        }
        if (a instanceof Atom.AnyOf any) {
            Node[] alternatives = new Node[any.alternatives().size()];
            for (int i = 0; i < alternatives.length; i++) {
                alternatives[i] = of(any.alternatives().get(i), grammar, from);
            }
            return new Node(Kind.ANY_OF, a, null, null, Set.of(), null, null, alternatives);
        }
        if (a instanceof Atom.Not n) {
            return new Node(Kind.NOT, a, null, null, Set.of(), null, null, new Node[] {of(n.atom(), grammar, from)});
        }
        Atom.Glued g = (Atom.Glued) a;
        return new Node(Kind.GLUED, a, null, null, Set.of(), null, null, new Node[] {of(g.atom(), grammar, from)});
    }

    /** WORDS: the phrases (the ids of their words) that start with token {@code k}, or null. */
    int[][] phrasesAt(Scanner s, Token k) {
        return phrases.at(s.wordId(k, phrases.ids));
    }

    /** The phrases of a word atom by the id of their first word. */
    private static final class PhrasesByFirst {
        final WordIds ids;
        private final int[] firstIds;
        private final int[][][] phrases;

        PhrasesByFirst(Map<String, List<String[]>> byFirst, WordIds ids) {
            this.ids = ids;
            java.util.TreeMap<Integer, int[][]> byId = new java.util.TreeMap<>();
            for (Map.Entry<String, List<String[]>> first : byFirst.entrySet()) {
                int[][] those = new int[first.getValue().size()][];
                for (int p = 0; p < those.length; p++) {
                    String[] words = first.getValue().get(p);
                    those[p] = new int[words.length];
                    for (int w = 0; w < words.length; w++) {
                        those[p][w] = ids.intern(words[w]);
                    }
                }
                byId.put(ids.intern(first.getKey()), those);
            }
            firstIds = new int[byId.size()];
            phrases = new int[byId.size()][][];
            int i = 0;
            for (Map.Entry<Integer, int[][]> first : byId.entrySet()) {
                firstIds[i] = first.getKey();
                phrases[i++] = first.getValue();
            }
        }

        /** Up to how many first words a look-up walks them rather than search: a call less, most atoms name two or three. */
        private static final int WALKED = 8;

        /** The phrases starting with word {@code id}, or null. */
        int[][] at(int id) {
            if (firstIds.length <= WALKED) {
                for (int i = 0; i < firstIds.length; i++) {
                    if (firstIds[i] == id) {
                        return phrases[i];
                    }
                }
                return null;
            }
            int i = java.util.Arrays.binarySearch(firstIds, id);
            return i < 0 ? null : phrases[i];
        }
    }
}
