package org.figx.text;


/**
 * Folds characters for lexicon look-ups: lower case, accents removed, typographic
 * apostrophes made plain. "Zéro", "ZERO" and "zero" all fold to "zero", so word
 * lists match the many ways articles (and their OCR) write a word.
 */
public final class Fold {
    /** Where {@link #LATIN} differs from identity: a table made at build time from ICU's NFD (UnicodeTablesGenerator). */
    public static final String LATIN_TABLE = "/org/figx/text/latin-folds.txt";

    /**
     * How many characters {@link #LATIN} covers: Latin-1 and Latin Extended-A/B.
     */
    public static final int LATIN_END = 0x250;

    /**
     * Folded form of every Latin-1 and Latin Extended-A/B character: the first
     * character of its NFD decomposition, lower-cased.
     */
    private static final char[] LATIN = new char[LATIN_END];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = c;
        }
        for (String[] row : GeneratedTable.read(LATIN_TABLE)) {
            LATIN[row[0].charAt(0)] = row[1].charAt(0);
        }
    }

    private Fold() {
    }

    public static char fold(char c) {
        if (c < LATIN.length) {
            return LATIN[c];
        }
        if (c == '\u2019' || c == '\u02BC' || c == '\u2018') {
            return '\'';
        }
        if (c >= Chars.GENERAL_PUNCTUATION && c < Chars.GENERAL_PUNCTUATION_END) {
            return c; // dashes, quotes, spaces: no case (and no Unicode look-up)
        }
        return Character.toLowerCase(c);
    }

    public static String fold(String s) {
        return fold(s, 0, s.length());
    }

    public static String fold(String s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Whether {@code s[from, to)} folds to exactly {@code folded}, without allocating. */
    public static boolean equals(String s, int from, int to, String folded) {
        if (to - from != folded.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (fold(s.charAt(i)) != folded.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }
}
