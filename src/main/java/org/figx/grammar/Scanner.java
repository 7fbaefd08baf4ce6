package org.figx.grammar;

import org.figx.text.Token;

/**
 * What the matcher asks of a text: tokens, word-list look-ups and the things
 * the language's scanner reads itself (numbers, years, dates). The matcher
 * knows no language; the scanner knows no rule.
 */
public interface Scanner {
    /** The text being read. */
    CharSequence text();

    /** The token at or after {@code pos}, or null at the end of the line. */
    Token next(int pos);

    /** Whether token {@code k} folds to {@code folded}. */
    boolean is(Token k, String folded);

    /** The entry of word list {@code list} starting at token {@code k}, or null. */
    Item fromList(String list, Token k);

    /** What slot type {@code type} ("count", "year", "date", "day") reads at token {@code k}, or null. */
    Item slot(String type, Token k);

    /**
     * Where the grammar may remember, for this text, what the slots rules fill
     * read at each position (several rules ask for the same date), or null.
     */
    default java.util.Map<Long, Item> memo() {
        return null;
    }
}
