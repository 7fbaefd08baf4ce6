package org.figx.grammar;

import java.util.HashMap;
import java.util.Map;
import org.figx.text.FoldedWordMap;

/**
 * The grammar's vocabulary: every folded word a rule, a first-word set or an
 * index names, each given a number when the grammar is compiled. A token is
 * looked up here once ({@link Scanner#wordId}); every test after that (does a
 * rule start with it, which phrases does it begin) compares or indexes ints
 * instead of folding and hashing the word again for each rule that asks.
 * Words outside the vocabulary are {@link #NONE}: no test lets them through.
 */
public final class WordIds {
    /** The id of a word no rule names. */
    public static final int NONE = 0;

    private final Map<String, Integer> byWord = new HashMap<>();
    /** Made when the grammar is compiled: look-ups in place, shared by the threads reading texts. */
    private FoldedWordMap<Integer> lookUp;

    /** The id of folded word {@code word}, given one if it has none yet (while compiling). */
    int intern(String word) {
        Integer known = byWord.get(word);
        if (known == null) {
            if (lookUp != null) {
                throw new IllegalStateException("the vocabulary is closed: " + word);
            }
            known = byWord.size() + 1;
            byWord.put(word, known);
        }
        return known;
    }

    /** How many ids there are, plus one: the size of an array indexed by id. */
    int bound() {
        return byWord.size() + 1;
    }

    /** Closes the vocabulary once the grammar is compiled: no word is added after. */
    void close() {
        lookUp = new FoldedWordMap<>(byWord);
    }

    /**
     * {@link #of} for a token whose folded hash is known ({@link FoldedWordMap#getHashed}):
     * a window's tokens are hashed once, when it is read.
     */
    public int ofHashed(String text, int from, int to, int hash) {
        Integer id = lookUp.getHashed(text, from, to, hash);
        return id == null ? NONE : id;
    }

    /** The id of text[from, to) folded, or {@link #NONE}. */
    public int of(String text, int from, int to) {
        Integer id = lookUp.get(text, from, to);
        return id == null ? NONE : id;
    }
}
