package org.figx.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;
import org.junit.jupiter.api.Test;

/** A phrase table read over a window's tokens answers as over the text. */
class PhraseTableWindowTest {
    private static final String TEXT = "Au-delà de 3 points de pourcentage, AU MOINS 12 dollars canadiens\n"
            + "au delà du point; au moins d\u2019euros";

    private static PhraseTable<String> table() {
        PhraseTable<String> table = new PhraseTable<>();
        table.add("au moins", "at_least");
        table.add("au-delà de", "more_than");
        table.add("au delà", "beyond");
        table.add("points de pourcentage", "pp");
        table.add("point", "point");
        table.add("dollars canadiens", "CAD");
        table.add("d'euros", "EUR");
        return table;
    }

    @Test
    void aWindowMatchesAsTheTextAtEveryPosition() {
        PhraseTable<String> table = table();
        WindowTokens tokens = WindowTokens.of(TEXT);
        List<String> found = new ArrayList<>();
        for (int pos = 0; pos <= TEXT.length(); pos++) {
            PhraseTable.Match<String> expected = table.matchAt(TEXT, pos);
            assertEquals(expected, table.matchAt(tokens, pos), "at " + pos);
            Token first = Tokens.next(TEXT, pos);
            if (first != null) {
                assertEquals(expected, table.matchAt(tokens, tokens.next(pos)), "from the token at " + pos);
                assertEquals(expected, table.matchAt(TEXT, tokens.next(pos)), "from the hashed token at " + pos);
            }
            if (expected != null && expected.start() >= pos) {
                found.add(expected.start() + "-" + expected.end() + "=" + expected.value());
                pos = expected.start();
            }
        }
        assertEquals(List.of("0-10=more_than", "13-34=pp", "36-44=at_least", "48-65=CAD", "66-73=beyond",
                "77-82=point", "84-92=at_least", "93-100=EUR"), found);
    }

    @Test
    void aTokenWhoseHashDiffersIsNotThePhrase() {
        PhraseTable<String> table = table();
        WindowTokens tokens = WindowTokens.of("au mains 3");
        assertNull(table.matchAt(tokens, 0));
        assertEquals(new PhraseTable.Match<>(0, 8, "at_least"), table.matchAt(WindowTokens.of("AU MOINS 3"), 0));
    }
}
