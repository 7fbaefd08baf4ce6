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

    private static boolean isSeparator(char c) {
        return Chars.isSpace(c) || Chars.isHyphen(c);
    }

    /** The token starting at or after {@code i} on the same line, or null. */
    public static Token next(CharSequence s, int i) {
        while (i < s.length() && isSeparator(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
            return null;
        }
        return new Token(i, runEnd(s, i));
    }

    /** The token ending at or before {@code i} on the same line, or null. */
    public static Token previous(CharSequence s, int i) {
        while (i > 0 && isSeparator(s.charAt(i - 1))) {
            i--;
        }
        if (i <= 0 || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r') {
            return null;
        }
        return new Token(runStart(s, i), i);
    }

    private static int runEnd(CharSequence s, int i) {
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

    private static int runStart(CharSequence s, int i) {
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
