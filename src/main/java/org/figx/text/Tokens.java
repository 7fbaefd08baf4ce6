package org.figx.text;

/**
 * Reads the words around a position, forwards or backwards. Used only near
 * figures (never over a whole document): a token is a run of letters, a run of
 * digits, or one other visible character; spaces and hyphens separate tokens,
 * apostrophes are tokens of their own ("d'euros" is d, ', euros).
 */
public final class Tokens {
    private Tokens() {
    }

    static boolean isSeparator(char c) {
        return Chars.isSpace(c) || Chars.isHyphen(c);
    }

    /** The token starting at or after {@code i} on the same line, or null. */
    public static Token next(String s, int i) {
        int start = nextStart(s, i);
        return start < 0 ? null : new Token(start, endOf(s, start));
    }

    /**
     * Where the token {@link #next} would return starts, or -1: for look-ups that
     * mostly fail, without making a token.
     */
    public static int nextStart(String s, int i) {
        while (i < s.length() && isSeparator(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
            return -1;
        }
        return i;
    }

    /** The token ending at or before {@code i} on the same line, or null. */
    public static Token previous(String s, int i) {
        int end = previousEnd(s, i);
        return end < 0 ? null : new Token(startOf(s, end), end);
    }

    /** Where the token {@link #previous} would return ends, or -1. */
    public static int previousEnd(String s, int i) {
        while (i > 0 && isSeparator(s.charAt(i - 1))) {
            i--;
        }
        if (i <= 0 || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r') {
            return -1;
        }
        return i;
    }

    /** The end of the token starting at {@code i} (see {@link #nextStart}). */
    public static int endOf(String s, int i) {
        char c = s.charAt(i);
        if (Chars.isWordChar(c)) {
            return Chars.wordEnd(s, i);
        }
        if (Chars.isDigit(c)) {
            int j = i;
            while (j < s.length() && Chars.isDigit(s.charAt(j))) {
                j++;
            }
            return j;
        }
        return i + 1;
    }

    /** The start of the token ending at {@code i} (see {@link #previousEnd}). */
    public static int startOf(String s, int i) {
        char c = s.charAt(i - 1);
        if (Chars.isWordChar(c)) {
            return Chars.wordStart(s, i);
        }
        if (Chars.isDigit(c)) {
            int j = i;
            while (j > 0 && Chars.isDigit(s.charAt(j - 1))) {
                j--;
            }
            return j;
        }
        return i - 1;
    }
}
