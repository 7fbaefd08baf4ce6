package org.figx.extract;

import org.figx.lang.Lexicon;
import org.figx.text.Chars;

/**
 * Digits that are not figures: web and e-mail addresses, identifiers glued to
 * letters ("A320", "COVID-19"), file paths, phone numbers, and numeric dates
 * and clock times (left to the date recognizer). Each check looks only at the
 * few characters around the digit.
 */
final class NotFigures {
    /** How far to look for the ends of a "word" such as an address. */
    private static final int MAX_CHUNK = 512;

    private NotFigures() {
    }

    /**
     * Where scanning should resume if the digits at {@code i} are not a figure,
     * or {@code i} itself when they may be one.
     */
    static int skipFrom(String t, int i, Lexicon lexicon) {
        return skipFrom(t, i, lexicon, true);
    }

    /** {@link #skipFrom}; with {@code markup} false, the text around holds no tag to look for. */
    static int skipFrom(String t, int i, Lexicon lexicon, boolean markup) {
        int end = addressEnd(t, i, markup);
        if (end > i) {
            return end;
        }
        end = numericDateOrTimeEnd(t, i);
        if (end > i) {
            return end;
        }
        if (i > 0) {
            char before = t.charAt(i - 1);
            if (Chars.isWordChar(before) && !lexicon.currencies().isCodeOrSymbolEndingAt(t, i)) {
                return identifierEnd(t, i);
            }
            if (Chars.isHyphen(before) && i > 1 && Chars.isWordChar(t.charAt(i - 2))) {
                return identifierEnd(t, i);
            }
            if (before == '/' || before == '_' || before == '#' || before == '\\' || before == '=') {
                return identifierEnd(t, i);
            }
            if ((before == '"' || before == '\'') && i > 1 && t.charAt(i - 2) == '=') {
                return identifierEnd(t, i); // an attribute's value: data-count="98765"
            }
            if (before == ';' && isEntityEndingAt(t, i - 1)) {
                return identifierEnd(t, i); // "12&nbsp;000": the digits after an entity are no figure of their own
            }
        }
        return phoneNumberEnd(t, i);
    }

    /**
     * End of the web or e-mail address or the markup tag holding position {@code i}, or
     * {@code i}: scraped text keeps tags ({@code <img width="640">}) and paths
     * ({@code /actualites/2024/05/12/budget-123}), whose digits are no figures. With
     * {@code markup} false the text around holds no {@code <}: no tag is looked for.
     */
    static int addressEnd(String t, int i, boolean markup) {
        int tag = markup ? tagEnd(t, i) : i;
        if (tag > i) {
            return tag;
        }
        int chunkEnd = chunkEnd(t, i);
        return isAddress(t, chunkStart(t, i), chunkEnd) ? chunkEnd : i;
    }

    /**
     * The end of the markup tag {@code i} is in ({@code <div class="col-md-6">}): a
     * {@code <} followed by a letter or {@code /} before it on its line, with no {@code >}
     * between, and a {@code >} after it on its line; else {@code i}.
     */
    private static int tagEnd(String t, int i) {
        int limit = Math.max(0, i - MAX_CHUNK);
        int open = -1;
        for (int k = i - 1; k >= limit; k--) {
            char c = t.charAt(k);
            if (c == '>' || c == '\n') {
                return i;
            }
            if (c == '<') {
                open = k;
                break;
            }
        }
        if (open < 0 || open + 1 >= t.length() || !(Character.isLetter(t.charAt(open + 1)) || t.charAt(open + 1) == '/')) {
            return i;
        }
        int end = Math.min(t.length(), i + MAX_CHUNK);
        for (int k = i; k < end; k++) {
            char c = t.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (c == '\n' || c == '<') {
                return i;
            }
        }
        return i;
    }

    private static int chunkStart(String t, int i) {
        int limit = Math.max(0, i - MAX_CHUNK);
        while (i > limit && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int chunkEnd(String t, int i) {
        int limit = Math.min(t.length(), i + MAX_CHUNK);
        while (i < limit && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * "https://…", "www.…", "nom@exemple.fr", a domain and a path ("ex.fr/2024/05/x"), a
     * path from the root ("/actualites/2024/05/12/x"), a query ("page.php?id=12").
     */
    private static boolean isAddress(String t, int from, int to) {
        if (from < to && t.charAt(from) == '/' && isPathFromRoot(t, from, to)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            char c0 = t.charAt(k);
            if (c0 == '/' && k > from && isDomainBefore(t, from, k)) {
                return true;
            }
            if (c0 == '?' && k > from && Character.isLetter(t.charAt(k - 1)) && isParameterAfter(t, k + 1, to)) {
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == ':' && k + 2 < to && t.charAt(k + 1) == '/' && t.charAt(k + 2) == '/') {
                return true;
            }
            if (c == '@' && k > from && k + 1 < to && Character.isLetterOrDigit(t.charAt(k - 1))
                    && Character.isLetterOrDigit(t.charAt(k + 1))) {
                return true;
            }
            if ((c == 'w' || c == 'W') && k + 4 <= to && (k == from || !Character.isLetter(t.charAt(k - 1)))
                    && t.subSequence(k, k + 4).toString().equalsIgnoreCase("www.")) {
                return true;
            }
        }
        return false;
    }

    /** The longest HTML entity name ("&#x202F;" is 6 characters between '&' and ';'). */
    private static final int ENTITY_REACH = 10;

    /** Whether an HTML entity ({@code &nbsp;}, {@code &#160;}) ends with the ';' at {@code semicolon}. */
    private static boolean isEntityEndingAt(String t, int semicolon) {
        int limit = Math.max(0, semicolon - ENTITY_REACH);
        for (int k = semicolon - 1; k >= limit; k--) {
            char c = t.charAt(k);
            if (c == '&') {
                return k < semicolon - 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return false;
            }
        }
        return false;
    }

    /** "/actualites/2024/…": a slash, a word of letters, another slash. */
    private static boolean isPathFromRoot(String t, int from, int to) {
        int k = from + 1;
        int letters = 0;
        while (k < to && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '-' || t.charAt(k) == '_')) {
            letters += Character.isLetter(t.charAt(k)) ? 1 : 0;
            k++;
        }
        return letters >= 2 && k < to && t.charAt(k) == '/';
    }

    /** "ex.fr" right before {@code slash}: a name, a dot, two letters or more in lower case. */
    private static boolean isDomainBefore(String t, int from, int slash) {
        int k = slash;
        while (k > from && Character.isLowerCase(t.charAt(k - 1))) {
            k--;
        }
        if (slash - k < 2 || k - 1 <= from || t.charAt(k - 1) != '.') {
            return false;
        }
        return Character.isLetterOrDigit(t.charAt(k - 2));
    }

    /** "id=12": a name and an equals sign. */
    private static boolean isParameterAfter(String t, int k, int to) {
        int start = k;
        while (k < to && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_')) {
            k++;
        }
        return k > start && k < to && t.charAt(k) == '=';
    }

    /** End of an identifier: letters, digits and the joiners inside codes. */
    private static int identifierEnd(String t, int i) {
        while (i < t.length()) {
            char c = t.charAt(i);
            boolean joiner = (c == '-' || c == '/' || c == '.' || c == '_') && i + 1 < t.length()
                    && Character.isLetterOrDigit(t.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !joiner) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Phone numbers: ten digits from a leading 0 in any grouping ("01 23 45 67 89",
     * "01.23.45.67.89", "0123456789", "0 805 204 805"), or "+" and at least nine
     * digits in four groups or more ("+33 1 23 45 67 89"). Returns their end, or {@code i}.
     */
    static int phoneNumberEnd(String t, int i) {
        int northAmerican = northAmericanPhoneEnd(t, i);
        if (northAmerican > i) {
            return northAmerican;
        }
        boolean international = i > 0 && t.charAt(i - 1) == '+';
        if (!international && t.charAt(i) != '0') {
            return i;
        }
        int p = i;
        int groups = 0;
        int digits = 0;
        while (p < t.length() && Chars.isDigit(t.charAt(p))) {
            int runStart = p;
            while (p < t.length() && Chars.isDigit(t.charAt(p))) {
                p++;
            }
            int run = p - runStart;
            if (run > 3 && !(groups == 0 && run == 10)) {
                return i;
            }
            digits += run;
            groups++;
            if (p + 1 < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '.' || t.charAt(p) == '\u00A0')
                    && Chars.isDigit(t.charAt(p + 1)) && (groups < 5 || international)) {
                p++;
            } else {
                break;
            }
        }
        boolean french = !international && digits == 10;
        boolean abroad = international && groups >= 4 && digits >= 9;
        return french || abroad ? p : i;
    }

    /**
     * End of a score at {@code i}: "3-1", "2–0", two bare numbers of one or two digits
     * joined by a dash whose second is no more than the first, so no range; or {@code i}.
     */
    static int scoreEnd(String t, int i) {
        if (i > 0 && (Chars.isDigit(t.charAt(i - 1)) || Chars.isRangeDash(t.charAt(i - 1))
                || t.charAt(i - 1) == '.' || t.charAt(i - 1) == ',')) {
            return i;
        }
        int a = digitsEnd(t, i);
        if (a - i > 2 || a + 1 >= t.length() || !Chars.isRangeDash(t.charAt(a)) || !Chars.isDigit(t.charAt(a + 1))) {
            return i;
        }
        int b = digitsEnd(t, a + 1);
        if (b - a - 1 > 2 || b < t.length() && (Chars.isWordChar(t.charAt(b)) || t.charAt(b) == '%'
                || t.charAt(b) == '.' && b + 1 < t.length() && Chars.isDigit(t.charAt(b + 1))
                || Chars.isRangeDash(t.charAt(b)) || t.charAt(b) == ',' && b + 1 < t.length() && Chars.isDigit(t.charAt(b + 1)))) {
            return i;
        }
        return Integer.parseInt(t.substring(a + 1, b)) <= Integer.parseInt(t.substring(i, a)) ? b : i;
    }

    /**
     * End of a North American phone number at {@code i}: "(212) 555-0187", "212-555-0187",
     * "555-0142" (three digits, a hyphen, four digits that are no upper bound of a range:
     * led by a zero or below the first group), or {@code i}.
     */
    static int northAmericanPhoneEnd(String t, int i) {
        if (i > 0 && (Chars.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '-')) {
            return i;
        }
        int a = digitsEnd(t, i);
        if (a - i != 3 || a >= t.length()) {
            return i;
        }
        boolean areaCode = i > 0 && t.charAt(i - 1) == '(' && t.charAt(a) == ')';
        if (areaCode) {
            int q = a + 1 < t.length() && t.charAt(a + 1) == ' ' ? a + 2 : a + 1;
            int b = digitsEnd(t, q);
            int c = b - q == 3 && b < t.length() && t.charAt(b) == '-' ? digitsEnd(t, b + 1) : b;
            return c - b == 5 ? c : i;
        }
        if (t.charAt(a) != '-') {
            return i;
        }
        int b = digitsEnd(t, a + 1);
        if (b - a - 1 == 3 && b < t.length() && t.charAt(b) == '-') {
            int c = digitsEnd(t, b + 1);
            return c - b - 1 == 4 && (c == t.length() || !Chars.isDigit(t.charAt(c))) ? c : i; // 212-555-0187
        }
        if (b - a - 1 != 4 || b < t.length() && (Chars.isDigit(t.charAt(b)) || Chars.isWordChar(t.charAt(b)))) {
            return i;
        }
        boolean noBound = t.charAt(a + 1) == '0'
                || Integer.parseInt(t.substring(i, a)) >= Integer.parseInt(t.substring(a + 1, b));
        return noBound ? b : i;
    }

    /**
     * End of a numeric date or clock time at {@code i} ("27/11/2024", "27.11.2024",
     * "2024-11-27", "14:30", "10:15:42", "14h30", "16 h"), or {@code i}. Such digits are the
     * date recognizer's, even glued to a word ("Rédaction27/11/2024").
     */
    static int numericDateOrTimeEnd(String t, int i) {
        int a = digitsEnd(t, i);
        int lenA = a - i;
        if (a < t.length()) {
            char sep = t.charAt(a);
            if ((sep == '/' || sep == '.' || sep == '-') && lenA <= 4) {
                int b = digitsEnd(t, a + 1);
                int lenB = b - a - 1;
                if (lenB >= 1 && lenB <= 2 && b < t.length() && t.charAt(b) == sep) {
                    int c = digitsEnd(t, b + 1);
                    int lenC = c - b - 1;
                    boolean dayFirst = lenA <= 2 && (lenC == 2 || lenC == 4);
                    boolean yearFirst = lenA == 4 && lenC >= 1 && lenC <= 2;
                    if (dayFirst || yearFirst) {
                        return c;
                    }
                }
                if (sep == '/' && lenA <= 2 && (lenB == 4 || lenB >= 1 && lenB <= 2)) {
                    return b; // "11/2024", "27/11": a month or a day, not a fraction of figures
                }
            }
            if (sep == ':' && lenA <= 2) {
                int b = digitsEnd(t, a + 1);
                if (b - a - 1 == 2) {
                    // "10:15:42": the seconds too
                    int c = b < t.length() && t.charAt(b) == ':' ? digitsEnd(t, b + 1) : b;
                    return c - b - 1 == 2 ? c : b;
                }
            }
            int h = Chars.skipSpaces(t, a);
            if (lenA <= 2 && h < t.length() && (t.charAt(h) == 'h' || t.charAt(h) == 'H')
                    && (h + 1 == t.length() || !Chars.isWordChar(t.charAt(h + 1)))) {
                int m = Chars.skipSpaces(t, h + 1);
                int mEnd = digitsEnd(t, m);
                return mEnd - m == 2 ? mEnd : h + 1;
            }
        }
        return i;
    }

    private static int digitsEnd(String t, int p) {
        while (p < t.length() && Chars.isDigit(t.charAt(p))) {
            p++;
        }
        return p;
    }
}
