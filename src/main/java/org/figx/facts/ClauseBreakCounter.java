package org.figx.facts;

import java.util.Arrays;
import java.util.Set;

/**
 * How many clause breaks stand between two mentions of one document, answered from
 * the breaks of the current sentence found once ({@link Clauses#breakPositions}),
 * not by reading the text between them again for every pair: a sentence of n
 * figures asks O(n²) such questions, and reading each span made it O(n³) ("1 1 1 …").
 *
 * <p>One per document and thread: it remembers the last sentence it indexed, and the
 * linker asks about one sentence after another.
 */
final class ClauseBreakCounter {
    private final Clauses clauses;
    private final String text;
    private final Set<Integer> mentionStarts;
    private int sentenceStart = -1;
    private int sentenceEnd = -1;
    private int[] positions = new int[0];

    ClauseBreakCounter(Clauses clauses, String text, Set<Integer> mentionStarts) {
        this.clauses = clauses;
        this.text = text;
        this.mentionStarts = mentionStarts;
    }

    Set<Integer> mentionStarts() {
        return mentionStarts;
    }

    /** Makes {@code sentence} (start, end) the one asked about, indexing its breaks if it is new. */
    void sentence(int[] sentence) {
        if (sentence[0] != sentenceStart || sentence[1] != sentenceEnd) {
            sentenceStart = sentence[0];
            sentenceEnd = sentence[1];
            positions = clauses.breakPositions(text, sentenceStart, sentenceEnd, mentionStarts);
        }
    }

    /**
     * The clause breaks in text[from, to) of the current sentence, where {@code to} is
     * the start of a mention: the same count as {@link Clauses#clauseBreaks}.
     */
    int count(int from, int to) {
        if (from < sentenceStart || to > sentenceEnd) {
            return clauses.clauseBreaks(text, from, to, mentionStarts); // outside the sentence: read it
        }
        return firstAtOrAfter(to) - firstAtOrAfter(from);
    }

    private int firstAtOrAfter(int pos) {
        int i = Arrays.binarySearch(positions, pos);
        return i >= 0 ? i : -i - 1;
    }
}
