package org.figx.grammar;

import java.util.Collection;
import java.util.List;
import org.figx.text.FoldedWordSet;
import org.figx.text.Token;

/**
 * The tokens a rule, a slot or an atom may start with: folded words, and the
 * {@link TokenClass} keys among them standing for every token of that class
 * ("27" starts what starts with {@link TokenClass#DIGITS}).
 */
final class FirstWords {
    private final FoldedWordSet words;
    private final boolean digits;
    private final boolean capital;

    FirstWords(Collection<String> wordsAndClasses) {
        this.words = new FoldedWordSet(wordsAndClasses);
        this.digits = wordsAndClasses.contains(TokenClass.DIGITS);
        this.capital = wordsAndClasses.contains(TokenClass.CAPITAL);
    }

    /** Whether token {@code k} (null: none) is one of the words, or of one of the classes. */
    boolean startsAt(Scanner s, Token k) {
        if (k == null) {
            return false;
        }
        int c = TokenClass.of(s.text(), k);
        return c == 1 && digits || c == 2 && capital || words.containsFolded(s.folded(k));
    }

    /** The words and class keys, as given. */
    List<String> words() {
        return words.words();
    }
}
