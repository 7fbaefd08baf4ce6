package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldedWordMapTest {

    /** The hash a caller reading the word makes for {@link FoldedWordMap#getHashed}. */
    private static int hashOf(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = FoldedWordMap.hashStep(h, Fold.fold(text.charAt(i)));
        }
        return h;
    }

    @Test
    void aWordHashedWhileReadIsFoundAsByGet() {
        FoldedWordMap<Integer> map = new FoldedWordMap<>(Map.of("deux", 2, "dix", 10, "zero", 0));
        String text = "DEUX ou Zéro, dixième";
        assertEquals(2, map.getHashed(text, 0, 4, hashOf(text, 0, 4)));
        assertEquals(0, map.getHashed(text, 8, 12, hashOf(text, 8, 12)));
        assertNull(map.getHashed(text, 5, 7, hashOf(text, 5, 7)));
        assertNull(map.getHashed(text, 14, 21, hashOf(text, 14, 21))); // longer than every key
        assertEquals(map.get(text, 0, 4), map.getHashed(text, 0, 4, hashOf(text, 0, 4)));
    }

    @Test
    void anExactMapMatchesTheCharactersAsWritten() {
        FoldedWordMap<String> map = FoldedWordMap.exact(Map.of("MW", "megawatt"));
        String text = "12 MW, 3 mW";
        assertEquals("megawatt", map.getHashed(text, 3, 5, hashOf(text, 3, 5)));
        assertNull(map.getHashed(text, 9, 11, hashOf(text, 9, 11)));
    }
}
