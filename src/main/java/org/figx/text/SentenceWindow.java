package org.figx.text;

/**
 * What of a sentence is read around a figure, and shown with a mention: the whole
 * sentence, unless it runs past {@code 2 × REACH} characters (a table or a list flattened
 * into one line, "1 1 1 …" over 40 KB), where the facts are read within {@link #REACH}
 * characters of the figure and the row shows the {@link #SHOWN} characters on each side,
 * cut at word bounds. Press sentences are far shorter; the bound keeps the work per figure
 * and the output of a pathological line linear in its length, instead of every row
 * repeating the whole of it (20,000 rows of 40 KB each).
 */
public final class SentenceWindow {
    /** Characters of a long sentence read on each side of a figure. */
    public static final int REACH = 1000;

    /** Characters of a long sentence shown on each side of a mention. */
    public static final int SHOWN = 300;

    private SentenceWindow() {
    }

    /** {@code sentence} ({from, to} in text), or its part within {@link #REACH} of [start, end). */
    public static int[] around(int[] sentence, int start, int end) {
        if (sentence[1] - sentence[0] <= 2 * REACH) {
            return sentence;
        }
        return new int[] {Math.max(sentence[0], start - REACH), Math.min(sentence[1], end + REACH)};
    }

    /**
     * The text of the sentence shown with the mention at [start, end): the sentence itself
     * when short (shared by the mentions of that sentence), else the part around the mention
     * within {@link #SHOWN}, without a word cut at either end.
     */
    public static String text(String text, SentenceLocator sentences, int start, int end) {
        String whole = sentences.sentence(start, end);
        if (whole.length() <= 2 * REACH) {
            return whole;
        }
        int[] sentence = sentences.sentenceAround(start, end);
        int from = Math.max(sentence[0], start - SHOWN);
        int to = Math.min(sentence[1], end + SHOWN);
        if (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            while (from < start && !Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            while (to > end && !Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        return text.substring(from, to).strip();
    }
}
