package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.figx.Language;
import org.figx.lang.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentence around a figure: UAX #29's sentence breaks, kept from breaking after
 * French abbreviations, and ended by a line break (titles, captions, list items).
 */
class SentenceLocatorTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Lexicon.load(Language.FR).abbreviations());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            M. Dupont a versé 3 millions. La suite est connue.          | 3 millions | M. Dupont a versé 3 millions.
            Mme Martin a obtenu 52 % des voix. Elle est élue.           | 52 %       | Mme Martin a obtenu 52 % des voix.
            Fondée vers 50 av. J.-C. la ville compte 9 000 habitants.   | 9 000      | Fondée vers 50 av. J.-C. la ville compte 9 000 habitants.
            Des produits, p. ex. le blé, ont pris 12 %. Puis rien.      | 12 %       | Des produits, p. ex. le blé, ont pris 12 %.
            Les fruits, légumes, etc. ont coûté 40 €. Le reste suit.    | 40 €       | Les fruits, légumes, etc. ont coûté 40 €.
            Le budget atteint 4 milliards. J. Martin le confirme.       | 4 milliards| Le budget atteint 4 milliards.
            """)
    void sentenceHoldingTheFigure(String text, String figure, String expected) {
        assertEquals(expected, sentenceOf(text, figure));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un titre sans point : 28 milliards\\nLe corps de l'article commence ici. | 28 milliards | Un titre sans point : 28 milliards
            Le texte suit.\\n- 12 % de hausse\\n- 3 % de baisse                      | 3 %          | - 3 % de baisse
            """)
    void aLineBreakEndsASentence(String text, String figure, String expected) {
        assertEquals(expected, sentenceOf(text.replace("\\n", "\n"), figure));
    }

    /** Figures, then units and facts, go through the lines again: a line read before is found again. */
    @Test
    void linesAskedAgainOutOfOrderGiveTheSameSentences() {
        String text = "Titre : 5 %\r\nM. Dupont a 3 ans. Il a 4 chats.\nFin à 9 h.";
        SentenceLocator locator = new SentenceLocator(text, SPLITTER);
        String[] figures = {"4 chats", "5 %", "9 h", "3 ans", "4 chats", "9 h", "5 %"};
        String[] expected = {"Il a 4 chats.", "Titre : 5 %", "Fin à 9 h.", "M. Dupont a 3 ans.", "Il a 4 chats.",
            "Fin à 9 h.", "Titre : 5 %"};
        for (int i = 0; i < figures.length; i++) {
            int at = text.indexOf(figures[i]);
            assertEquals(expected[i], locator.sentence(at, at + figures[i].length()), figures[i]);
        }
        int lineBreak = text.indexOf('\r');
        // a line's end is its own (the LF after a CR is an empty line's); so is the text's end
        assertArrayEquals(new int[] {lineBreak, lineBreak}, locator.sentenceAround(lineBreak, lineBreak));
        assertArrayEquals(new int[] {lineBreak + 1, lineBreak + 1}, locator.sentenceAround(lineBreak + 1, lineBreak + 1));
        assertArrayEquals(new int[] {0, lineBreak}, locator.sentenceAround(0, lineBreak));
        assertArrayEquals(new int[] {text.length(), text.length()}, locator.sentenceAround(text.length(), text.length()));
        assertArrayEquals(new int[] {text.length() - 10, text.length()},
                locator.sentenceAround(text.length() - 4, text.length()));
    }

    private static String sentenceOf(String text, String figure) {
        SentenceLocator locator = new SentenceLocator(text, SPLITTER);
        int at = text.indexOf(figure);
        return locator.sentence(at, at + figure.length());
    }
}
