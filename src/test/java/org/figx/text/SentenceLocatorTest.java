package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.figx.Language;
import org.figx.lang.Lexicon;
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

    private static String sentenceOf(String text, String figure) {
        SentenceLocator locator = new SentenceLocator(text, SPLITTER);
        int at = text.indexOf(figure);
        return locator.sentence(at, at + figure.length());
    }
}
