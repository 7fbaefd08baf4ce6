package org.figx.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where sentences end within one line: UAX #29's rules ({@link SentenceRules}),
 * less the breaks after an abbreviation ({@link AbbreviationStops}). Gives the
 * breaks ICU's filtered sentence iterator gave, reading the String itself.
 * Immutable once built: share one.
 */
public final class SentenceSplitter {
    private final AbbreviationStops abbreviations;

    /** @param abbreviations texts after which a full stop ends no sentence ("M.", "etc."), dot included */
    public SentenceSplitter(Collection<String> abbreviations) {
        this.abbreviations = new AbbreviationStops(abbreviations);
    }

    /**
     * The sentence breaks of the line {@code [from, to)}, in order: {@code from} first, then
     * each sentence's end; the last is {@code to} (when the line holds anything).
     */
    public int[] breaks(String text, int from, int to) {
        int[] found = new int[8];
        found[0] = from;
        int count = 1;
        int at = from;
        while (at < to) {
            at = SentenceRules.nextBreak(text, at, to);
            if (at < to && abbreviations.suppresses(text, at, from, to)) {
                continue;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        return Arrays.copyOf(found, count);
    }
}
