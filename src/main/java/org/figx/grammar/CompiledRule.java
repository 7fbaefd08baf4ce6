package org.figx.grammar;

import java.util.Collection;

/**
 * What the matcher knows of a rule, worked out once when the grammar is built:
 * its memo key (null when not remembered: no other rule asks for it), the tokens
 * it may start with (null: any), the scanner's slot that must read at its first
 * token unless that token is one of its optional leading words ({@code le|la?
 * {rank:ordinal}}: the ordinal, unless "le" or "la"; null when there is none or
 * it is not known), its pattern compiled, the index of its first atom that
 * reads, and what the token after that atom must start (null: no test).
 */
final class CompiledRule {
    final Rule rule;
    final String memoKey;
    final FirstWords startsWith;
    final String firstSlot;
    final FirstWords leadWords;
    final int firstAtom;
    /**
     * For each atom, what the atoms after it may start with (null: they may all be
     * absent), and the index of the next atom that reads (-1: none): where an
     * optional first atom is absent, the atom after it must read and be followed.
     */
    final Follow[] followAfter;
    final int[] nextAtom;
    /** What the token after its first atom must start: {@code followAfter[firstAtom]}, null when no test. */
    final Follow follow;
    /** Set once every rule is compiled: its atoms name other rules. */
    Node[] pattern;
    /** The rules starting with the same atom it is tested with, or null; its place there. */
    FollowGroup group;
    int placeInGroup;

    CompiledRule(Rule rule, String memoKey, FirstWords startsWith, String firstSlot, FirstWords leadWords,
                 int firstAtom, Follow[] followAfter, int[] nextAtom) {
        this.rule = rule;
        this.memoKey = memoKey == null ? null : memoKey.intern();
        this.startsWith = startsWith;
        this.firstSlot = firstSlot == null ? null : firstSlot.intern(); // a memo key, as Node's names
        this.leadWords = leadWords;
        this.firstAtom = firstAtom;
        this.followAfter = followAfter;
        this.nextAtom = nextAtom;
        this.follow = firstAtom < 0 ? null : followAfter[firstAtom];
    }

    void joinGroup(FollowGroup group, int place) {
        this.group = group;
        this.placeInGroup = place;
    }

    /** Whether its group's look-up answers its follow test by itself (the test reads no slot). */
    boolean followedByLookUp() {
        return follow.slots().length == 0;
    }

    /** The words and token classes it may start with, or null: anywhere. */
    Collection<String> words() {
        return startsWith == null ? null : startsWith.words();
    }
}
