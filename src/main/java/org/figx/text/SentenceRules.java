package org.figx.text;

import static org.figx.text.SentenceBreakProperty.ATERM;
import static org.figx.text.SentenceBreakProperty.CLOSE;
import static org.figx.text.SentenceBreakProperty.CR;
import static org.figx.text.SentenceBreakProperty.EXTEND;
import static org.figx.text.SentenceBreakProperty.FORMAT;
import static org.figx.text.SentenceBreakProperty.LF;
import static org.figx.text.SentenceBreakProperty.LOWER;
import static org.figx.text.SentenceBreakProperty.NUMERIC;
import static org.figx.text.SentenceBreakProperty.OLETTER;
import static org.figx.text.SentenceBreakProperty.SCONTINUE;
import static org.figx.text.SentenceBreakProperty.SEP;
import static org.figx.text.SentenceBreakProperty.SP;
import static org.figx.text.SentenceBreakProperty.STERM;
import static org.figx.text.SentenceBreakProperty.UPPER;

/**
 * The sentence-break rules of Unicode's UAX #29 (SB1-SB11, SB998), as ICU's
 * sentence iterator applies them, read on the String itself: from a sentence's
 * start, where the sentence ends. Abbreviations are not this class's business
 * (see {@link AbbreviationStops}).
 *
 * <p>Stateless: each call reads forward from {@code start}, which ICU too takes
 * as a sentence's start (its rules' {@code {bof}}).
 */
final class SentenceRules {
    /**
     * The values no rule stops at (all but separators, Extend and Format, and terminators): the
     * scan passes them one char at a time, without reading code points.
     */
    private static final int PLAIN = 1 << SentenceBreakProperty.OTHER | 1 << SP | 1 << LOWER | 1 << UPPER
            | 1 << OLETTER | 1 << NUMERIC | 1 << CLOSE | 1 << SCONTINUE;

    private SentenceRules() {
    }

    /** The first sentence break after {@code start}, at most {@code end}. */
    static int nextBreak(String text, int start, int end) {
        int i = start;
        // the value of the last char that is not an Extend or Format after another (SB5)
        byte previous = SentenceBreakProperty.OTHER;
        while (i < end) {
            char unit = text.charAt(i);
            if (!Character.isSurrogate(unit)) {
                byte plain = SentenceBreakProperty.of(unit);
                if ((PLAIN >> plain & 1) != 0) {
                    previous = plain; // most chars: no rule looks at them but SB7, for the one before a full stop
                    i++;
                    continue;
                }
            }
            int c = codePointAt(text, i, end);
            byte value = SentenceBreakProperty.of(c);
            boolean first = i == start;
            i += Character.charCount(c);
            if (value == SEP || value == LF) {
                return i; // SB4
            }
            if (value == CR) {
                return i < end && text.charAt(i) == '\n' ? i + 1 : i; // SB3, SB4
            }
            if ((value == EXTEND || value == FORMAT) && !first) {
                continue; // SB5: they take the value of what they follow
            }
            if (value != ATERM && value != STERM) {
                previous = value;
                continue;
            }
            i = skipExtendFormat(text, i, end);
            if (value == ATERM && i < end) {
                byte next = SentenceBreakProperty.of(codePointAt(text, i, end));
                if (next == NUMERIC || next == UPPER && (previous == UPPER || previous == LOWER)) {
                    previous = value;
                    continue; // SB6, SB7
                }
            }
            int after = skipRun(text, skipRun(text, i, end, CLOSE), end, SP); // SB9, SB10
            if (after == end) {
                return end;
            }
            int c2 = codePointAt(text, after, end);
            byte next = SentenceBreakProperty.of(c2);
            if (next == SEP || next == LF) {
                return after + Character.charCount(c2); // SB9, SB10, SB11: a separator ends it
            }
            if (next == CR) {
                int past = after + 1;
                return past < end && text.charAt(past) == '\n' ? past + 1 : past;
            }
            if (next == SCONTINUE || next == ATERM || next == STERM
                    || value == ATERM && lowerFollows(text, after, end)) {
                previous = value; // a terminator, a Close or a space: none is a letter for SB7
                i = after; // SB8, SB8a: the sentence goes on
                continue;
            }
            return after; // SB11
        }
        return end;
    }

    /** SB8: whether a lower-case letter comes before any other letter, terminator or separator. */
    private static boolean lowerFollows(String text, int from, int end) {
        for (int i = from; i < end; ) {
            int c = codePointAt(text, i, end);
            byte value = SentenceBreakProperty.of(c);
            if (value == LOWER) {
                return true;
            }
            if (value == OLETTER || value == UPPER || value == SEP || value == CR || value == LF
                    || value == ATERM || value == STERM) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Past a run of chars of value {@code run}, each with its Extend and Format chars. */
    private static int skipRun(String text, int from, int end, byte run) {
        int i = from;
        while (i < end) {
            int c = codePointAt(text, i, end);
            if (SentenceBreakProperty.of(c) != run) {
                return i;
            }
            i = skipExtendFormat(text, i + Character.charCount(c), end);
        }
        return i;
    }

    /** The code point at {@code i}, a surrogate pair not read across {@code end}, as ICU reads a bounded text. */
    static int codePointAt(String text, int i, int end) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    private static int skipExtendFormat(String text, int from, int end) {
        int i = from;
        while (i < end) {
            int c = codePointAt(text, i, end);
            byte value = SentenceBreakProperty.of(c);
            if (value != EXTEND && value != FORMAT) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }
}
