package org.figx.text;

/**
 * Character classes the recognizers agree on.
 *
 * <p>Text goes through figx's code as {@code String}, never {@code CharSequence}: the quick
 * JIT compiler that {@code bin/figx} uses for short runs cannot inline {@code charAt} on an
 * interface with several implementations, and those calls were a fifth of a run's own time
 * (typed as String: 10-12 % less CPU on the bench corpora, the same output).
 */
public final class Chars {
    private Chars() {
    }

    /** Horizontal space, including the no-break spaces French typography puts in numbers. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009'
                || c == '\u2007' || c == '\u2002' || c == '\u2003';
    }

    /** Spaces that may separate digit groups: "1 234", "1\u00A0234", "1\u202F234". */
    public static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #isWordChar} for Latin-1 and Latin Extended-A/B, the scanner's every character. */
    private static final boolean[] LATIN_WORD_CHARS = new boolean[0x250];

    static {
        for (char c = 0; c < LATIN_WORD_CHARS.length; c++) {
            LATIN_WORD_CHARS[c] = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }

    /** Letters and the marks that belong to them. */
    /** The Unicode block of typographic punctuation and spaces, U+2000 to U+206F: no letter, no mark. */
    static final char GENERAL_PUNCTUATION = '\u2000';
    static final char GENERAL_PUNCTUATION_END = '\u2070';

    public static boolean isWordChar(char c) {
        if (c < LATIN_WORD_CHARS.length) {
            return LATIN_WORD_CHARS[c];
        }
        if (c >= GENERAL_PUNCTUATION && c < GENERAL_PUNCTUATION_END) {
            return false; // the typographic apostrophe, dashes, thin spaces of French text: no Unicode look-up
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Dashes that join the two ends of a range: "10-20", "10 – 20". */
    public static boolean isRangeDash(char c) {
        return isHyphen(c) || c == '\u2013' || c == '\u2014';
    }

    /** How far back on its line a quotation's opening mark is looked for. */
    private static final int QUOTATION_REACH = 400;

    /**
     * Whether the straight quotation mark at {@code pos} ({@code "} or {@code '}) closes a
     * quotation opened before it on the same line: {@code "plan 2030"}, {@code width="640"},
     * {@code 'Top 14'}. A {@code "} closes when an odd number of them stand before it; a
     * {@code '} when the last one before it that is not an apostrophe inside a word ("l'an")
     * opens a quotation (no letter or digit before it, one after it). Such a mark is
     * punctuation, not the sign of seconds or minutes ({@code 1"}, {@code 2'}).
     */
    public static boolean closesQuotation(String s, int pos) {
        char mark = s.charAt(pos);
        if (mark != '"' && mark != '\'') {
            return false;
        }
        int limit = Math.max(0, pos - QUOTATION_REACH);
        int marks = 0;
        boolean typographicOpen = false; // « le budget 2026": a straight mark closing a French one
        boolean typographicClosed = false;
        for (int i = pos - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == '\n') {
                break;
            }
            if (c == '\u00BB' || c == '\u201D') {
                typographicClosed = true;
            } else if ((c == '\u00AB' || c == '\u201C') && !typographicClosed) {
                typographicOpen = true;
            }
            if (c != mark) {
                continue;
            }
            if (mark == '"') {
                marks++;
                continue;
            }
            boolean wordBefore = i > 0 && (isWordChar(s.charAt(i - 1)) || isDigit(s.charAt(i - 1)));
            boolean wordAfter = i + 1 < s.length() && (isWordChar(s.charAt(i + 1)) || isDigit(s.charAt(i + 1)));
            if (wordBefore && wordAfter) {
                continue; // an apostrophe inside a word: "l'an", "aujourd'hui"
            }
            return !wordBefore && wordAfter || typographicOpen;
        }
        return marks % 2 == 1 || mark == '"' && marks == 0 && typographicOpen;
    }

    public static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }

    public static boolean isCurrencySymbol(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    /**
     * Whether a figure's digits, percent sign or currency sign end right before
     * {@code pos}, spaces skipped: "8% from", "$80 a barrel".
     */
    public static boolean figureEndsBefore(String s, int pos) {
        int before = skipSpacesBack(s, pos);
        if (before == 0) {
            return false;
        }
        char c = s.charAt(before - 1);
        return isDigit(c) || c == '%' || isCurrencySymbol(c);
    }

    public static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    public static int skipSpacesBack(String s, int i) {
        while (i > 0 && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End of the run of letters starting at {@code i}. */
    public static int wordEnd(String s, int i) {
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the run of letters ending at {@code i}. */
    public static int wordStart(String s, int i) {
        while (i > 0 && isWordChar(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
