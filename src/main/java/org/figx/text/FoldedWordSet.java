package org.figx.text;

import java.util.Collection;

/**
 * A set of folded words that answers "is text[from, to) one of them?" without
 * allocating: the hash is computed over the folded characters in place. The
 * scanner asks this of nearly every word of a document, so it must cost no
 * more than reading the word.
 */
public final class FoldedWordSet {
    private final String[] slots;
    private final int mask;
    private final int longest;

    /** @param foldedWords words already folded with {@link Fold#fold(CharSequence)} */
    public FoldedWordSet(Collection<String> foldedWords) {
        int size = Integer.highestOneBit(Math.max(4, foldedWords.size() * 4) - 1) << 1;
        slots = new String[size];
        mask = size - 1;
        int max = 0;
        for (String word : foldedWords) {
            int slot = hash(word, 0, word.length(), false) & mask;
            while (slots[slot] != null && !slots[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            max = Math.max(max, word.length());
        }
        longest = max;
    }

    /** Whether the token's text, folded, is in the set. */
    public boolean contains(CharSequence text, Token token) {
        return token != null && contains(text, token.start(), token.end());
    }

    public boolean contains(CharSequence text, int from, int to) {
        if (to - from > longest || to <= from) {
            return false;
        }
        int slot = hash(text, from, to, true) & mask;
        String candidate;
        while ((candidate = slots[slot]) != null) {
            if (Fold.equals(text, from, to, candidate)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static int hash(CharSequence s, int from, int to, boolean fold) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + (fold ? Fold.fold(s.charAt(i)) : s.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
