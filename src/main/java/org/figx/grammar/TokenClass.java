package org.figx.grammar;

import org.figx.text.Chars;
import org.figx.text.Token;

/**
 * Kinds of tokens that a rule or a slot may start with where no word list can
 * name them all: figures ("27", "1er", "14h30") and words written with a
 * capital ("XXIe", a Roman numeral). In the sets of first words the grammar
 * indexes, each class is written as a key no folded word can be.
 */
public final class TokenClass {
    /** A token that starts with a digit or a Unicode fraction ("¾"). A folded word may be "0" too: it then starts with a digit as well. */
    public static final String DIGITS = "0";
    /** A token that starts with a capital letter (no token holds a space: no word is this key). */
    public static final String CAPITAL = " capital";

    /** How many indexes {@link #of} gives: none, {@link #DIGITS}, {@link #CAPITAL}. */
    static final int COUNT = 3;
    static final int NONE = 0;

    private TokenClass() {
    }

    /** The class of token {@code k}: 0 for none, 1 for {@link #DIGITS}, 2 for {@link #CAPITAL}. */
    static int of(String text, Token k) {
        char c = text.charAt(k.start());
        // rule after rule asks at every token: Latin letters and digits are read from a table
        return c < LATIN.length ? LATIN[c] : classOf(c);
    }

    /** {@link #classOf} of each character below U+0250 (Latin-1, Latin Extended-A and B). */
    private static final byte[] LATIN = new byte[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = (byte) classOf(c);
        }
    }

    /** The class of a token starting with {@code c}. */
    private static int classOf(char c) {
        // a Unicode fraction ("¾") is a number in figures too
        return Chars.isDigit(c) || org.figx.numbers.VulgarFractions.is(c) ? 1 : Character.isUpperCase(c) ? 2 : NONE;
    }

    /** The key of class {@code index} in a set of first words, or null for none. */
    static String key(int index) {
        return index == 1 ? DIGITS : index == 2 ? CAPITAL : null;
    }
}
