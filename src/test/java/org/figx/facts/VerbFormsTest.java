package org.figx.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figx.Language;
import org.figx.lang.Lexicon;
import org.figx.lang.ResourceLists;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How {@link VerbForms} reads a word's ending, in place ({@link Endings}): each rule
 * held to its examples, and to the plain reading (fold the word, test each ending in
 * turn) on every word of the test articles.
 */
class VerbFormsTest {
    private static final FactWords WORDS = Lexicon.load(Language.FR).factWords();
    /** Endings are read from the text each test gives; the tokens are not asked. */
    private static final VerbForms VERBS = new VerbForms(WORDS, WindowTokens.of(""));
    private static final ResourceLists LISTS = new ResourceLists(Language.FR);

    private static Token whole(String word) {
        return new Token(0, word.length());
    }

    @ParameterizedTest(name = "{0}: future {1}, infinitive {2}, participle {3}")
    @CsvSource({
        // future, infinitive, participle; a future of 5 letters or more ends with an ending of 3 or more; a short one is listed whole
        "atteindra, true, false, false",
        "DÉPASSERONT, true, false, true",
        "sera, true, false, false",
        "aura, true, false, false",
        "pourrait, true, false, true",
        "mera, false, false, false",
        // an infinitive has 4 letters or more
        "augmenter, false, true, false",
        "atteindre, false, true, false",
        "fer, false, false, false",
        // a participle ends like one (the rule is loose: "-t" takes in "dépasseront") and not like an infinitive
        "progressé, false, false, true",
        "atteint, false, false, true",
        "chiffre, false, true, false",
    })
    void readsTheEndingOfAWord(String word, boolean future, boolean infinitive, boolean participle) {
        assertEquals(future, VERBS.isFutureForm(word, whole(word)), "future");
        assertEquals(infinitive, VERBS.isInfinitive(word, whole(word)), "infinitive");
        assertEquals(participle, VERBS.isParticiple(word, whole(word)), "participle");
    }

    @ParameterizedTest
    @MethodSource("org.figx.corpus.TestArticles#french")
    void readsAsFoldingEachWordAndTestingEachEndingWould(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        List<String> future = folded("future-endings.txt", "conditional-endings.txt");
        List<String> infinitive = folded("infinitive-endings.txt");
        int words = 0;
        int p = 0;
        while (p < text.length()) {
            int start = Tokens.nextStart(text, p);
            if (start < 0) { // the end of a line: on to the next
                int lineBreak = text.indexOf('\n', p);
                if (lineBreak < 0) {
                    break;
                }
                p = lineBreak + 1;
                continue;
            }
            Token t = new Token(start, Tokens.endOf(text, start));
            String word = Fold.fold(text, t.start(), t.end());
            boolean isFuture = false;
            for (String ending : future) {
                isFuture |= word.equals(ending) || word.length() >= 5 && word.endsWith(ending) && ending.length() >= 3;
            }
            boolean isInfinitive = false;
            for (String ending : infinitive) {
                isInfinitive |= word.length() >= 4 && word.endsWith(ending);
            }
            assertEquals(isFuture, VERBS.isFutureForm(text, t), word);
            assertEquals(isInfinitive, VERBS.isInfinitive(text, t), word);
            words++;
            p = t.end();
        }
        assertEquals(true, words > 100, "words read: " + words);
    }

    private static List<String> folded(String... lists) {
        List<String> out = new java.util.ArrayList<>();
        for (String list : lists) {
            for (String line : LISTS.lines(list)) {
                out.add(Fold.fold(line));
            }
        }
        return out;
    }

    @Test
    void anEndingAsLongAsTheWordIsOneItEndsWith() {
        Endings endings = new Endings(List.of("er", "ir"));
        assertEquals(true, endings.endsWithOne("er", 0, 2, 0));
        assertEquals(false, endings.endsWithOne("er", 0, 2, 3));
        assertEquals(true, endings.isOne("IR", 0, 2));
        assertEquals(false, endings.endsWithOne("e", 0, 1, 0));
    }
}
