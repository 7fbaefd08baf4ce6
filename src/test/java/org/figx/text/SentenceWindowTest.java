package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.junit.jupiter.api.Test;

/** A pathological sentence is shown, and read, only around each mention; a press sentence whole. */
class SentenceWindowTest {
    private static final Figx FIGX = Figx.forLanguage(Language.FR);

    @Test
    void aPressSentenceIsShownWhole() {
        String text = "Le budget atteint 28 milliards USD en 2023, soit 4 % de plus. La suite suit.";
        List<Mention> found = FIGX.extract(text);
        assertEquals(3, found.size(), found.toString());
        for (Mention m : found) {
            assertEquals("Le budget atteint 28 milliards USD en 2023, soit 4 % de plus.", m.sentence());
        }
    }

    /** 40 KB of "1 1 1 …": 20,000 numbers, each shown with its own 600 characters of the line, not all 40 KB. */
    @Test
    void aHugeSentenceIsShownAroundEachMention() {
        String text = "1 ".repeat(20_000).strip();
        List<Mention> found = FIGX.extract(text);
        assertEquals(20_000, found.size());
        for (Mention m : List.of(found.get(0), found.get(7_000), found.get(19_999))) {
            int before = Math.min(m.start(), SentenceWindow.SHOWN);
            int after = Math.min(text.length() - m.end(), SentenceWindow.SHOWN);
            String expected = text.substring(m.start() - before, m.end() + after).strip();
            assertTrue(expected.equals(m.sentence()), "mention at " + m.start() + ": " + m.sentence().length() + " chars");
        }
    }

    /** The window is cut at word bounds: no half word at either end. */
    @Test
    void theWindowCutsNoWord() {
        String filler = "mot".repeat(5) + " ";
        String text = filler.repeat(300) + "Il a payé 28 milliards USD " + filler.repeat(300) + ".";
        List<Mention> found = FIGX.extract(text);
        Mention money = found.stream().filter(m -> m.text().equals("28 milliards USD")).findFirst().orElseThrow();
        String shown = money.sentence();
        assertTrue(shown.startsWith("mot") && shown.endsWith("mot"), shown);
        assertTrue(shown.contains("Il a payé 28 milliards USD"), shown);
        assertTrue(shown.length() <= 2 * SentenceWindow.SHOWN + "28 milliards USD".length(), "length " + shown.length());
        for (String word : shown.split(" ")) {
            assertTrue(!word.startsWith("mot") || word.equals(filler.strip()), "cut word: " + word);
        }
    }
}
