package org.figx.grammar;

import java.util.List;

/**
 * Rules that start with the same atom ({@code {d:@a-day}}, {@code {n:count}}),
 * tested together where they may start: what that atom reads there is read
 * once, and one look-up of the token after each reading says which of them may
 * go on ({@link Follow}), instead of one test per rule. At a figure, some forty
 * rules start with a count, a day or a year; most places hold an amount
 * ("12 %"), where each of them would fail its own test.
 */
final class FollowGroup {
    /** Its place among the grammar's groups: a place's results are kept by it. */
    final int id;
    /** The atom its rules start with (theirs are alike: what it reads is the same). */
    final Node first;
    /** Its rules, by the tokens that may follow their first atom; a rule whose test reads a slot is in every list. */
    final StartIndex<CompiledRule> byNext;
    final int size;
    /**
     * Whether its rules have the same first-slot test ({@link CompiledRule#firstSlot} and
     * lead words): alike first atoms make them so; the test is then made once for all.
     */
    final boolean sameFirstSlot;
    /** What a place where that test fails lets through: none of them (never written). */
    final boolean[] noneThrough;

    /** What may follow a rule's first atom, or anywhere when its test reads a slot. */
    private static final StartIndex.Starts<CompiledRule> NEXT_WORDS = new StartIndex.Starts<>() {
        @Override
        public java.util.Collection<String> of(CompiledRule rule) {
            return rule.followedByLookUp() ? rule.follow.words().words() : null;
        }
    };

    FollowGroup(int id, Node first, List<CompiledRule> members, WordIds ids) {
        this.id = id;
        this.first = first;
        this.size = members.size();
        this.noneThrough = new boolean[size];
        boolean same = true;
        for (CompiledRule c : members) { // their strings are interned, their word sets shared
            same &= c.firstSlot == members.get(0).firstSlot && c.leadWords == members.get(0).leadWords;
        }
        this.sameFirstSlot = same;
        for (int i = 0; i < members.size(); i++) {
            members.get(i).joinGroup(this, i);
        }
        this.byNext = new StartIndex<>(members, NEXT_WORDS, ids);
    }
}
