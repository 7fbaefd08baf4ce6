package org.figx.facts;

import java.util.Collection;
import java.util.TreeSet;
import org.figx.text.FoldedWordSet;

/**
 * A list of word endings ("era", "eront" of the future tense; "er", "ir" of the
 * infinitive), looked up at the end of a word where it stands in the text: one
 * hash look-up per length of ending, where testing each ending in turn against a
 * folded copy of the word made a string and a loop of tests for every word of a
 * clause. Folding maps one character to one, so the last n characters of a word,
 * folded, are the folded word's last n.
 */
final class Endings {
    private final FoldedWordSet endings;
    /** The lengths of the endings, shortest first. */
    private final int[] lengths;

    /** @param foldedEndings endings already folded */
    Endings(Collection<String> foldedEndings) {
        this.endings = new FoldedWordSet(foldedEndings);
        TreeSet<Integer> distinct = new TreeSet<>();
        for (String ending : foldedEndings) {
            distinct.add(ending.length());
        }
        lengths = new int[distinct.size()];
        int i = 0;
        for (int length : distinct) {
            lengths[i++] = length;
        }
    }

    /** Whether text[from, to), folded, is one of the endings itself ("sera" in the list of endings). */
    boolean isOne(String text, int from, int to) {
        return endings.contains(text, from, to);
    }

    /**
     * Whether text[from, to), folded, ends with one of the endings at least {@code
     * minLength} characters long (the whole word counts: an ending as long as the
     * word is one it ends with).
     */
    boolean endsWithOne(String text, int from, int to, int minLength) {
        for (int length : lengths) {
            if (length > to - from) {
                return false;
            }
            if (length >= minLength && endings.contains(text, to - length, to)) {
                return true;
            }
        }
        return false;
    }
}
