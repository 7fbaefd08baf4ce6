package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.figx.text.Token;
import org.junit.jupiter.api.Test;

/** A token starts a set of first words by its word, or by its class when the set names that class. */
class FirstWordsTest {
    private static final String TEXT = "le 27 Mars entre";

    private static final Scanner SCANNER = new WordListScanner(TEXT, java.util.Map.of());

    @Test
    void byWordOrByClass() {
        WordIds ids = new WordIds();
        FirstWords words = new FirstWords(List.of("le", "mars"), ids);
        FirstWords figures = new FirstWords(List.of("le", TokenClass.DIGITS), ids);
        FirstWords capitals = new FirstWords(List.of(TokenClass.CAPITAL), ids);
        ids.close();
        Token le = new Token(0, 2);
        Token n27 = new Token(3, 5);
        Token mars = new Token(6, 10);
        Token entre = new Token(11, 16);
        assertTrue(words.startsAt(SCANNER, le));
        assertTrue(words.startsAt(SCANNER, mars)); // "Mars" folds to "mars"
        assertFalse(words.startsAt(SCANNER, n27));
        assertFalse(words.startsAt(SCANNER, entre));
        assertFalse(words.startsAt(SCANNER, null));
        assertTrue(figures.startsAt(SCANNER, n27));
        assertTrue(figures.startsAt(SCANNER, le));
        assertFalse(figures.startsAt(SCANNER, mars));
        assertTrue(capitals.startsAt(SCANNER, mars));
        assertFalse(capitals.startsAt(SCANNER, le));
        assertFalse(capitals.startsAt(SCANNER, n27));
    }
}
