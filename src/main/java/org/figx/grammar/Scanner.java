package org.figx.grammar;

import org.figx.text.Token;

/**
 * What the matcher asks of a text: tokens, word-list look-ups and the things
 * the language's scanner reads itself (numbers, years, dates). The matcher
 * knows no language; the scanner knows no rule.
 */
public interface Scanner {
    /** The text being read. */
    String text();

    /** The token at or after {@code pos}, or null at the end of the line. */
    Token next(int pos);

    /**
     * The id of token {@code k} folded in the grammar's vocabulary {@code ids}
     * ({@link WordIds#NONE} when no rule names it): rule after rule tests the same
     * token, so a scanner may keep it.
     */
    default int wordId(Token k, WordIds ids) {
        return ids.of(text(), k.start(), k.end());
    }

    /** The entry of word list {@code list} starting at token {@code k}, or null. */
    Item fromList(String list, Token k);

    /** What slot type {@code type} ("count", "year", "date", "day") reads at token {@code k}, or null. */
    Item slot(String type, Token k);

    /** What {@link #recall} returns for a place where nothing was read. */
    Item NOTHING = new Item(-1, -1, null);

    /**
     * What was remembered for this text of {@code key} (a slot type) at {@code
     * pos}: the item, {@link #NOTHING}, or null when not known. The grammar
     * remembers what the slots rules fill read, since several rules ask for the
     * same date at the same place.
     */
    default Item recall(String key, int pos) {
        return null;
    }

    /** Remembers what {@code key} read at {@code pos} (null: nothing), if this scanner keeps a memo; returns it. */
    default Item remember(String key, int pos, Item item) {
        return item;
    }
}
