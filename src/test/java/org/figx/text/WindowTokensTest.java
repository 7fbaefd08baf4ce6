package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowTokensTest {
    private static final String TEXT = "Le 1er mars, l\u2019État a versé 5G-12\u00A0Mds\u00A0€ \u00BD\n"
            + "d'euros  au-delà de  2024\r\nZÉRO.";

    private static List<String> spans(WindowTokens tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            out.add(tokens.start(i) + "-" + tokens.end(i));
        }
        return out;
    }

    @Test
    void readsTheTokensTokensReads() {
        WindowTokens tokens = WindowTokens.of(TEXT);
        assertEquals(List.of("0-2", "3-4", "4-6", "7-11", "11-12", "13-14", "14-15", "15-19", "20-21", "22-27",
                "28-29", "29-30", "31-33", "34-37", "38-39", "40-41", "42-43", "43-44", "44-49", "51-53", "54-58",
                "59-61", "63-67", "69-73", "73-74"), spans(tokens));
        // each token as Tokens.next reads it from its start
        for (int i = 0; i < tokens.count(); i++) {
            assertEquals(Tokens.next(TEXT, tokens.start(i)), tokens.token(i));
        }
    }

    @Test
    void nextAnswersAsTokensAtEveryPosition() {
        WindowTokens tokens = WindowTokens.of(TEXT);
        for (int pos = 0; pos <= TEXT.length(); pos++) {
            assertEquals(Tokens.next(TEXT, pos), tokens.next(pos), "at " + pos);
            assertEquals(Tokens.previous(TEXT, pos), tokens.previous(pos), "before " + pos);
        }
        assertNull(tokens.next(41));
        assertNull(tokens.previous(42)); // the line break before "d'euros"
        assertEquals(new Token(54, 58), tokens.previous(59)); // "delà", its hyphen skipped // after "½": the line break
        assertSame(tokens.next(3), tokens.next(2)); // one token object, asked for twice
    }

    @Test
    void aWindowAnswersForItselfAndHandsTheRestToTokens() {
        int from = TEXT.indexOf('\n') + 1;
        int to = TEXT.indexOf("\r\n") + 2;
        WindowTokens tokens = new WindowTokens();
        tokens.read(TEXT, 0, TEXT.length());
        tokens.read(TEXT, from, to); // reused: the first window's tokens are forgotten
        assertEquals(List.of("42-43", "43-44", "44-49", "51-53", "54-58", "59-61", "63-67"), spans(tokens));
        assertEquals(-1, tokens.indexAt(0));
        assertEquals(-1, tokens.indexAt(68)); // the line break
        assertEquals(-1, tokens.indexAt(69)); // "ZÉRO": after the window
        assertEquals(2, tokens.indexAt(44));
        assertEquals(-1, tokens.indexAt(45)); // inside "euros"
        for (int pos = 0; pos <= TEXT.length(); pos++) {
            assertEquals(Tokens.next(TEXT, pos), tokens.next(pos), "at " + pos);
            assertEquals(Tokens.previous(TEXT, pos), tokens.previous(pos), "before " + pos);
        }
    }

    @Test
    void aTokenIsLookedUpFromItsHashAsByItsText() {
        FoldedWordMap<Integer> map = new FoldedWordMap<>(Map.of("etat", 1, "zero", 0, "5", 5, "\u20ac", 9,
                "'", 3, "mars", 3));
        WindowTokens tokens = WindowTokens.of(TEXT);
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            assertEquals(map.get(TEXT, tokens.token(i)), tokens.get(map, i), "token " + i);
            Object value = tokens.get(map, i);
            if (value != null) {
                found.add(TEXT.substring(tokens.start(i), tokens.end(i)) + "=" + value);
            }
        }
        assertEquals(List.of("mars=3", "\u2019=3", "\u00C9tat=1", "5=5", "\u20ac=9", "'=3", "Z\u00C9RO=0"), found);
    }
}
