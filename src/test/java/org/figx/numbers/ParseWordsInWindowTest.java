package org.figx.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.figx.Language;
import org.figx.lang.Lexicon;
import org.figx.text.Chars;
import org.figx.text.WindowTokens;
import org.junit.jupiter.api.Test;

/** Numbers in words read over a window's tokens are those read over the text. */
class ParseWordsInWindowTest {
    private static final NumberParser PARSER = Lexicon.load(Language.FR).numberParser();

    private static final String TEXT = "Vingt-trois mille cinq cents personnes, des dizaines de milliers d'autres,\n"
            + "un quart de million, deux virgule cinq, trois et demi, un million et demi, une centaine,\n"
            + "la moitié des QUATRE-VINGT-DIX-NEUF, un demi-million; moins sept.";

    @Test
    void everyWordReadsTheSameNumber() {
        WindowTokens tokens = WindowTokens.of(TEXT);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < TEXT.length(); i++) {
            if (!Chars.isWordChar(TEXT.charAt(i))) {
                continue;
            }
            ParsedNumber expected = PARSER.parseWords(TEXT, i);
            assertEquals(expected, PARSER.parseWords(tokens, i), "at " + i);
            if (expected != null && (i == 0 || !Chars.isWordChar(TEXT.charAt(i - 1)))) {
                found.add(TEXT.substring(expected.start(), expected.end()) + "=" + expected.value().stripTrailingZeros().toPlainString());
            }
        }
        // from each word start, as the number scanner may ask (it asks only at the first of a number's words)
        assertEquals(List.of("Vingt-trois mille cinq cents=23500", "trois mille cinq cents=3500",
                "mille cinq cents=1500", "cinq cents=500", "des dizaines de milliers=20000",
                "un quart de million=250000", "quart=0.25", "deux virgule cinq=2.5", "cinq=5", "trois et demi=3.5",
                "demi=0.5", "un million et demi=1500000", "demi=0.5", "une centaine=100", "la moiti\u00e9=0.5",
                "QUATRE-VINGT-DIX-NEUF=99", "VINGT=20", "DIX-NEUF=19", "NEUF=9", "un demi-million=500000",
                "demi=0.5", "sept=7"), found);
    }
}
