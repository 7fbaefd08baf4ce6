package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.figx.numbers.VulgarFractions;
import org.figx.text.Token;
import org.junit.jupiter.api.Test;

/** The class of a token, read from a table for Latin characters, as the rule says for every character. */
class TokenClassTest {

    private static int classOf(String text) {
        return TokenClass.of(text, new Token(0, text.length()));
    }

    @Test
    void figuresCapitalsAndOtherWords() {
        assertEquals(1, classOf("27"));
        assertEquals(1, classOf("¾")); // a fraction in the Latin-1 table
        assertEquals(1, classOf("⅓")); // and one past it
        assertEquals(2, classOf("Noël"));
        assertEquals(2, classOf("Été"));
        assertEquals(2, classOf("Ωmega")); // a capital past the table
        assertEquals(0, classOf("été"));
        assertEquals(0, classOf("ω"));
        assertEquals(0, classOf("-"));
    }

    @Test
    void theTableGivesWhatTheRuleGivesForEveryLatinCharacter() {
        int figures = 0;
        for (char c = 0; c < 0x250; c++) {
            int expected = Character.isDigit(c) && c <= '9' || VulgarFractions.is(c) ? 1
                    : Character.isUpperCase(c) ? 2 : 0;
            assertEquals(expected, classOf(String.valueOf(c)), "U+" + Integer.toHexString(c));
            figures += expected == 1 ? 1 : 0;
        }
        assertEquals(13, figures); // ten digits, "¼", "½", "¾"
    }
}
