package org.figx.text;

/**
 * Finds the sentence around a position, looking only at the line (paragraph)
 * that holds it: a line break always ends a sentence, since titles, captions
 * and list items carry no full stop. Within a line, the breaks of a
 * {@link SentenceSplitter}: UAX #29's rules, with CLDR's abbreviations and the
 * project's own list ("M.", "av. J.-C.") kept from ending a sentence.
 *
 * <p>Not thread-safe: one per document. Each line's breaks are read in one pass
 * and kept, so each line is analysed once, however many figures and facts ask.
 */
public final class SentenceLocator {
    private final String text;
    private final SentenceSplitter splitter;
    private int lineStart = -1;
    private int lineEnd = -1;
    private int lastSentenceStart = -1;
    private int lastSentenceEnd = -1;
    private String lastSentence;

    /** @param splitter the language's sentence splitter, shared (it holds no state) */
    public SentenceLocator(String text, SentenceSplitter splitter) {
        this.text = text;
        this.splitter = splitter;
    }

    /** Bounds of the sentence holding {@code [start, end)}: {@code {from, to}}, trimmed. */
    public int[] sentenceAround(int start, int end) {
        if (start < lineStart || start >= lineEnd && !(start == lineEnd && start == text.length())) {
            lineStart = lineStartOf(start);
            lineEnd = lineEndOf(start);
            breaks = breaksByLine.get(lineStart);
            if (breaks == null) {
                breaks = splitter.breaks(text, lineStart, lineEnd);
                breaksByLine.put(lineStart, breaks);
            }
        }
        int a = lastBreakAtOrBefore(start);
        int b = firstBreakAfter(Math.max(start, Math.min(end, lineEnd) - 1));
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    /** The sentence breaks of the current line, its start and end included, in order. */
    private int[] breaks;
    /**
     * The breaks of every line read so far, by the line's start: figures and then facts
     * ask for the same sentences, and each line is split once.
     */
    private final java.util.Map<Integer, int[]> breaksByLine = new java.util.HashMap<>();

    /** The last break at or before {@code pos}, or the line's start. */
    private int lastBreakAtOrBefore(int pos) {
        int i = java.util.Arrays.binarySearch(breaks, pos);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 ? breaks[at] : lineStart;
    }

    /** The first break after {@code pos}, or the line's end. */
    private int firstBreakAfter(int pos) {
        int i = java.util.Arrays.binarySearch(breaks, pos);
        int after = i >= 0 ? i + 1 : -i - 1;
        return after < breaks.length ? breaks[after] : lineEnd;
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
