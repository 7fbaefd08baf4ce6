package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tricky cases, each written with a "/" where a sentence ends (the line's own end
 * left out): the splitter cuts there and nowhere else, as ICU's filtered iterator
 * does. Some of ICU's cuts are odd and kept on purpose, since figx's output must
 * not move: an entry that begins another entry's first part is only matched
 * forwards, so "J." (beside "J.-C."), "P." (beside "P.O.") and "U.S.A." do not
 * hold a sentence together; and French spacing puts a break before a closing
 * guillemet that follows a space.
 */
class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = IcuSentenceOracle.figxSplitter();

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "M. Dupont a versé 3 millions. /La suite est connue.",
        "MM. Martin et Durand sont venus. /Ils sont repartis.",
        "Le Dr. Martin arrive. /Mme. Durand aussi.",
        "Vers 50 av. J.-C. Les Romains arrivent.",
        "Vers 50 av. J.-C. les Romains arrivent.",
        "En 1200 ap. J.-C. Un roi règne.",
        "Du blé, du maïs, etc. Le prix monte.",
        "Page 12. /Ensuite, p. 13 et suiv.",
        "Le 1er janv. La date tombe.",
        "Le P.-D. G. /Jean Dupont parle.",
        "J. /Martin le confirme. /P. /Durand aussi.",
        "J. /R. /R. /Tolkien écrit. /Il publie.",
        "Les U.S.A. /Le pays vote.",
        "Il attend... /Puis il part.",
        "Il attend… Puis il part.",
        "Vraiment ?! /Oui. /Non !",
        "Vraiment ? /Oui ! /Non.",
        "Il a dit : « C'est fini. /» Puis il est parti.",
        "Il a dit : « C'est fini. » puis il est parti.",
        "Il a dit : «C'est fini.» /Puis il est parti.",
        "\"Fini.\" /Il part.",
        "(Voir plus haut.) /La suite arrive.",
        "Le taux atteint 3.5 % cette année. /Il baisse.",
        "Le taux atteint 3. 5 de plus.",
        "Prix : 12 €. 13 € ensuite.",
        "Il est fini.le reste suit.",
        "Il est fini.Le reste suit.",
        "Le fichier.txt est lu. /Ensuite rien.",
        "Il part.  /Deux espaces. /Trois.",
        "Il part.\u00A0/Puis revient.",
        "Un paragraphe.\u2029/Un autre, sans espace.",
        "Sans point final",
        ""
    })
    void cutsWhereTheSlashesAre(String marked) {
        String text = marked.replace("/", "");
        int[] expected = expectedBreaks(marked);
        assertEquals(Arrays.toString(expected), Arrays.toString(SPLITTER.breaks(text, 0, text.length())), "figx");
        assertEquals(Arrays.toString(expected), Arrays.toString(IcuSentenceOracle.breaks(text)), "ICU");
    }

    /** The line's start, each slash's place in the text without slashes, the line's end. */
    private static int[] expectedBreaks(String marked) {
        int[] found = new int[marked.length() + 2];
        int count = 0;
        found[count++] = 0;
        int removed = 0;
        for (int i = 0; i < marked.length(); i++) {
            if (marked.charAt(i) == '/') {
                found[count++] = i - removed;
                removed++;
            }
        }
        int length = marked.length() - removed;
        if (length > 0) {
            found[count++] = length;
        }
        return Arrays.copyOf(found, count);
    }
}
