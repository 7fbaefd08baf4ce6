package org.figx.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * Finds the sentence around a position, looking only at the line (paragraph)
 * that holds it: a line break always ends a sentence, since titles, captions
 * and list items carry no full stop. Within a line, ICU's sentence
 * BreakIterator for the language, with CLDR's abbreviations and the project's
 * own list ("M.", "av. J.-C.") kept from ending a sentence.
 *
 * <p>Not thread-safe: one per document. Queries in increasing order reuse the
 * current line's breaks, so each line is analysed at most once.
 */
public final class SentenceLocator {
    private final String text;
    private final BreakIterator sentences;
    private int lineStart = -1;
    private int lineEnd = -1;
    private int lastSentenceStart = -1;
    private int lastSentenceEnd = -1;
    private String lastSentence;

    /**
     * @param sentenceBreaks a sentence iterator from {@link #sentenceBreaks}; it is cloned,
     *                       since iterators hold state
     */
    public SentenceLocator(String text, BreakIterator sentenceBreaks) {
        this.text = text;
        this.sentences = (BreakIterator) sentenceBreaks.clone();
    }

    /**
     * The language's sentence iterator with CLDR's abbreviations and {@code abbreviations}
     * kept from ending a sentence. Costly to build: build it once and share it.
     */
    public static BreakIterator sentenceBreaks(ULocale locale, List<String> abbreviations) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        for (String abbreviation : abbreviations) {
            builder.suppressBreakAfter(abbreviation);
        }
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    /** Bounds of the sentence holding {@code [start, end)}: {@code {from, to}}, trimmed. */
    public int[] sentenceAround(int start, int end) {
        if (start < lineStart || start >= lineEnd && !(start == lineEnd && start == text.length())) {
            lineStart = lineStartOf(start);
            lineEnd = lineEndOf(start);
            // the iterator reads the line in place: its offsets are the text's own
            sentences.setText(new java.text.StringCharacterIterator(text, lineStart, lineEnd, lineStart));
        }
        int a = sentences.isBoundary(start) ? start : sentences.preceding(start);
        if (a == BreakIterator.DONE) {
            a = lineStart;
        }
        int b = sentences.following(Math.max(start, Math.min(end, lineEnd) - 1));
        if (b == BreakIterator.DONE) {
            b = lineEnd;
        }
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    /** The sentence holding {@code [start, end)}; mentions of one sentence share one String. */
    public String sentence(int start, int end) {
        int[] bounds = sentenceAround(start, end);
        if (bounds[0] != lastSentenceStart || bounds[1] != lastSentenceEnd) {
            lastSentenceStart = bounds[0];
            lastSentenceEnd = bounds[1];
            lastSentence = text.substring(bounds[0], bounds[1]);
        }
        return lastSentence;
    }

    private int lineStartOf(int pos) {
        int p = pos;
        while (p > 0 && text.charAt(p - 1) != '\n' && text.charAt(p - 1) != '\r') {
            p--;
        }
        return p;
    }

    private int lineEndOf(int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
            p++;
        }
        return p;
    }
}
