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
        if (start < lineStart || start > lineEnd) {
            java.util.Map.Entry<Integer, int[]> read = linesByStart.floorEntry(start);
            if (read != null && start <= read.getValue()[read.getValue().length - 1]) {
                breaks = read.getValue();
            } else {
                int from = lineStartOf(start);
                breaks = splitter.breaks(text, from, lineEndOf(start));
                linesByStart.put(from, breaks);
            }
            lineStart = breaks[0];
            lineEnd = breaks[breaks.length - 1];
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

    /** The sentence breaks of the current line, its start first and its end last. */
    private int[] breaks;
    /**
     * The breaks of every line read so far, by the line's start: figures, then units and
     * facts, ask for the same sentences, and each line is found and split once (a line holds
     * the positions from its start to its end, the line break's own position included).
     */
    private final java.util.TreeMap<Integer, int[]> linesByStart = new java.util.TreeMap<>();

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

    /**
     * Whether the text holds a CR at all, found once on the first line looked for: without one,
     * a line's ends are found with String's own (vectorised) searches for LF.
     */
    private int carriageReturns = -1;

    private boolean hasCarriageReturn() {
        if (carriageReturns < 0) {
            carriageReturns = text.indexOf('\r') >= 0 ? 1 : 0;
        }
        return carriageReturns == 1;
    }

    private int lineStartOf(int pos) {
        if (!hasCarriageReturn()) {
            return pos == 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
        }
        int p = pos;
        while (p > 0 && text.charAt(p - 1) != '\n' && text.charAt(p - 1) != '\r') {
            p--;
        }
        return p;
    }

    private int lineEndOf(int pos) {
        if (!hasCarriageReturn()) {
            int lineFeed = text.indexOf('\n', pos);
            return lineFeed < 0 ? text.length() : lineFeed;
        }
        int p = pos;
        while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
            p++;
        }
        return p;
    }
}
