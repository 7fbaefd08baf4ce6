package org.figx.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordIdsTest {

    @Test
    void aWordKeepsTheIdItWasFirstGiven() {
        WordIds ids = new WordIds();
        assertEquals(1, ids.intern("mars"));
        assertEquals(2, ids.intern("ete"));
        assertEquals(1, ids.intern("mars"));
        assertEquals(3, ids.bound());
    }

    @Test
    void aTokenIsLookedUpFoldedWhereItStands() {
        WordIds ids = new WordIds();
        int mars = ids.intern("mars");
        int ete = ids.intern("ete");
        ids.close();
        String text = "En MARS 2024, l'Été";
        assertEquals(mars, ids.of(text, 3, 7));
        assertEquals(ete, ids.of(text, 16, 19));
        assertEquals(WordIds.NONE, ids.of(text, 0, 2)); // "En": no rule names it
        assertEquals(WordIds.NONE, ids.of(text, 8, 12));
    }

    @Test
    void noWordIsAddedOnceTheGrammarIsCompiled() {
        WordIds ids = new WordIds();
        ids.intern("mars");
        ids.close();
        assertEquals(1, ids.intern("mars"));
        assertThrows(IllegalStateException.class, () -> ids.intern("avril"));
    }
}
