package org.figx.text;

import java.util.Map;

/**
 * A map from folded words to values that looks a word up where it stands in a
 * text, without allocating: the hash is computed over the folded characters in
 * place. The scanner and the number parser ask this of many words, so it must
 * cost no more than reading the word. {@link #exact} makes one that matches
 * characters exactly instead, for symbols whose case tells them apart ("MW", "mW").
 *
 * @param <V> what a word stands for
 */
public final class FoldedWordMap<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final int longest;
    private final boolean folding;

    /** @param byFoldedWord entries whose keys are already folded with {@link Fold#fold(String)} */
    public FoldedWordMap(Map<String, ? extends V> byFoldedWord) {
        this(byFoldedWord, true);
    }

    /** A map whose words match only as written: case and accents count. */
    public static <V> FoldedWordMap<V> exact(Map<String, ? extends V> byWord) {
        return new FoldedWordMap<>(byWord, false);
    }

    private FoldedWordMap(Map<String, ? extends V> byFoldedWord, boolean folding) {
        this.folding = folding;
        int size = Integer.highestOneBit(Math.max(4, byFoldedWord.size() * 4) - 1) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        int max = 0;
        for (Map.Entry<String, ? extends V> e : byFoldedWord.entrySet()) {
            String word = e.getKey();
            int slot = hash(word, 0, word.length(), false) & mask;
            while (keys[slot] != null && !keys[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            values[slot] = e.getValue();
            max = Math.max(max, word.length());
        }
        longest = max;
    }

    /** The value of text[from, to) folded, or null. */
    @SuppressWarnings("unchecked")
    public V get(String text, int from, int to) {
        if (to - from > longest || to <= from) {
            return null;
        }
        int slot = hash(text, from, to, folding) & mask;
        String candidate;
        while ((candidate = keys[slot]) != null) {
            if (folding ? Fold.equals(text, from, to, candidate) : same(text, from, to, candidate)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /**
     * {@link #get(String, int, int)} for a caller that has already folded and
     * hashed the word while reading it (the number scanner finds each word's end
     * and its hash in one pass over the text): {@code hash} is {@link #hashStep}
     * applied to each folded character of text[from, to), starting from 0.
     */
    @SuppressWarnings("unchecked")
    public V getHashed(String text, int from, int to, int hash) {
        if (!folding) {
            return get(text, from, to); // an exact map hashes the characters as written
        }
        if (to - from > longest || to <= from) {
            return null;
        }
        int slot = (hash ^ (hash >>> 16)) & mask;
        String candidate;
        while ((candidate = keys[slot]) != null) {
            if (Fold.equals(text, from, to, candidate)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** One step of the hash {@link #getHashed} takes: the hash so far, then the next folded character. */
    public static int hashStep(int hash, char folded) {
        return 31 * hash + folded;
    }

    /** The value of {@code token} folded, from its hash when it carries one ({@link WindowTokens}). */
    public V get(String text, Token token) {
        if (token == null) {
            return null;
        }
        return token.isHashed() ? getHashed(text, token.start(), token.end(), token.hash())
                : get(text, token.start(), token.end());
    }

    /** The words of the map, as stored (folded, unless made {@link #exact}). */
    public java.util.List<String> keys() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String key : keys) { // a loop, not a stream: start-up calls it, and each lambda is a class to make
            if (key != null) {
                out.add(key);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The value of a word already folded, held as a String (a scanner keeps each
     * token's folded form): its hash is the String's own, computed once for every
     * look-up of that token, since {@code hash} folds nothing in a folded word.
     */
    @SuppressWarnings("unchecked")
    public V getFolded(String folded) {
        if (folded.length() > longest || folded.isEmpty()) {
            return null;
        }
        int h = folded.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        String candidate;
        while ((candidate = keys[slot]) != null) {
            if (candidate.equals(folded)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** The value of a word already folded, or null. */
    public V get(String folded) {
        return get(folded, 0, folded.length());
    }

    private static boolean same(String text, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != word.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String s, int from, int to, boolean fold) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = hashStep(h, fold ? Fold.fold(s.charAt(i)) : s.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
