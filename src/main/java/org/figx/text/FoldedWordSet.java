package org.figx.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * A set of folded words that answers "is text[from, to) one of them?" without
 * allocating (see {@link FoldedWordMap}).
 */
public final class FoldedWordSet {
    private final FoldedWordMap<Boolean> words;

    /** @param foldedWords words already folded with {@link Fold#fold(String)} */
    public FoldedWordSet(Collection<String> foldedWords) {
        Map<String, Boolean> map = new HashMap<>();
        for (String word : foldedWords) { // a loop, not a lambda: one class fewer to make at start-up
            map.put(word, Boolean.TRUE);
        }
        this.words = new FoldedWordMap<>(map);
    }

    /** The words, folded. */
    public List<String> words() {
        return words.keys();
    }

    /** Whether the token's text, folded, is in the set. */
    public boolean contains(String text, Token token) {
        return token != null && words.get(text, token) != null;
    }

    public boolean contains(String text, int from, int to) {
        return words.get(text, from, to) != null;
    }

    /** Whether a word already folded, held as a String, is in the set ({@link FoldedWordMap#getFolded}). */
    public boolean containsFolded(String folded) {
        return words.getFolded(folded) != null;
    }

    /** Whether a word already folded is in the set. */
    public boolean contains(String folded) {
        return words.get(folded) != null;
    }
}
