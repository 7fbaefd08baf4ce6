package org.figx.grammar;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.figx.text.Token;

/**
 * The tokens a rule, a slot or an atom may start with: folded words, and the
 * {@link TokenClass} keys among them standing for every token of that class
 * ("27" starts what starts with {@link TokenClass#DIGITS}). The words are held
 * as their {@link WordIds}: a test is a bit read, the token's id being looked
 * up once for every rule that asks.
 */
final class FirstWords {
    private final List<String> words;
    private final WordIds ids;
    private final BitSet byId = new BitSet();
    private final boolean digits;
    private final boolean capital;

    FirstWords(Collection<String> wordsAndClasses, WordIds ids) {
        this.words = List.copyOf(wordsAndClasses);
        this.ids = ids;
        for (String w : words) {
            byId.set(ids.intern(w));
        }
        this.digits = wordsAndClasses.contains(TokenClass.DIGITS);
        this.capital = wordsAndClasses.contains(TokenClass.CAPITAL);
    }

    /** Whether token {@code k} (null: none) is one of the words, or of one of the classes. */
    boolean startsAt(Scanner s, Token k) {
        if (k == null) {
            return false;
        }
        if (byId.get(s.wordId(k, ids))) {
            return true;
        }
        if (!digits && !capital) {
            return false; // most sets name no class: the token's is not asked
        }
        int c = TokenClass.of(s.text(), k);
        return c == 1 && digits || c == 2 && capital;
    }

    /** The words and class keys, as given. */
    List<String> words() {
        return words;
    }
}
