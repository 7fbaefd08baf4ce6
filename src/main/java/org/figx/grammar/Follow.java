package org.figx.grammar;

import org.figx.text.Token;

/**
 * What the token after a rule's first atom must start, tested before the rule
 * is tried: a rule that starts with a common word ({@code le|la? {rank:...}}),
 * a number ({@code {n:count} {unit:time-units}}) or another rule ({@code {d:@a-day}
 * de ...}) then costs a look-up where it cannot match, not an attempt. A pure
 * shortcut: it stops only rules that would fail.
 *
 * @param words the words and token classes the rest of the rule may start with
 *              (a slot by the first words its scanner names)
 * @param slots the scanner's slots the rest may start with that name no first
 *              words: read to know
 */
record Follow(FirstWords words, String[] slots) {
    /** Whether token {@code k} (null: the end of the line) may start the rest of the rule. */
    boolean startsAt(Scanner s, Token k) {
        if (k == null) {
            return false;
        }
        if (words.startsAt(s, k)) {
            return true;
        }
        for (String slot : slots) {
            if (s.slot(slot, k) != null) {
                return true;
            }
        }
        return false;
    }
}
