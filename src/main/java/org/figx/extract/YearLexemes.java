package org.figx.extract;

import org.figx.grammar.Item;
import org.figx.lang.PhraseTable;
import org.figx.numbers.RomanNumeral;
import org.figx.text.Token;

/**
 * The slots of the grammar files for parts of years, centuries and months:
 * lexemes written without spaces ("T1", "XXIe", "21e", "janv.") or numbers
 * read in a special way ("1990" and "90" as decades). Lexing, not grammar:
 * the words around them are in the rule files. Knows the language only
 * through the scanner's word lists.
 */
final class YearLexemes {
    private YearLexemes() {
    }

    /** What slot {@code type} reads at token {@code k}, or null; see {@code org.figx.grammar.Slots}. */
    static Item read(TemporalScanner s, String type, Token k) {
        return switch (type) {
            case "month" -> month(s, k);
            case "ordinal" -> ordinal(s, k);
            case "year-part" -> yearPart(s, k);
            case "decade" -> decade(s, k);
            default -> throw new IllegalArgumentException("unknown slot " + type);
        };
    }

    /** A month name, with the full stop of its abbreviation ("janv."): the month's number. */
    private static Item month(TemporalScanner s, Token k) {
        Integer month = s.monthAt(k);
        return month == null ? null : new Item(k.start(), s.withDot(k), month);
    }

    /**
     * An ordinal number written with digits or capital Roman numerals and an
     * ordinal suffix of day-ordinals.txt: "21e", "3ème", "1er", "XXIe", "XIXème".
     */
    private static Item ordinal(TemporalScanner s, Token k) {
        if (s.isDigits(k)) {
            Token suffix = s.next(k.end());
            if (k.end() - k.start() > 3 || !s.glued(k, suffix) || !isSuffix(s, suffix.start(), suffix.end())) {
                return null;
            }
            return new Item(k.start(), suffix.end(), s.intOf(k));
        }
        RomanNumeral roman = RomanNumeral.at(s.t, k.start(), k.end());
        if (roman == null || roman.value() == 0 || roman.end() == k.end() || !isSuffix(s, roman.end(), k.end())) {
            return null;
        }
        return new Item(k.start(), k.end(), roman.value());
    }

    /** Whether the text from {@code start} to {@code end} is exactly an ordinal suffix ("e", "er", "ème"). */
    private static boolean isSuffix(TemporalScanner s, int start, int end) {
        PhraseTable.Match<Integer> m = s.dayOrdinals.matchAt(s.t.substring(start, end), 0);
        return m != null && m.value() == 0 && m.end() == end - start;
    }

    /**
     * "T1", "S2", "Q3": a capital of year-part-letters.txt glued to one digit,
     * read as the TIMEX3 code of that part of a year ("Q1", "H2").
     */
    private static Item yearPart(TemporalScanner s, Token k) {
        if (k.end() - k.start() != 1 || !Character.isUpperCase(s.t.charAt(k.start()))) {
            return null;
        }
        String code = s.words.yearPartLetters().get(s.t, k);
        Token digit = code == null ? null : s.next(k.end());
        if (!s.glued(k, digit) || !s.isDigits(digit) || digit.end() - digit.start() != 1) {
            return null;
        }
        return new Item(k.start(), digit.end(), code + s.t.charAt(digit.start()));
    }

    /** "1990" or "90" (of the 1900s from 30 on, else of the 2000s): the decade 199. */
    private static Item decade(TemporalScanner s, Token k) {
        if (!s.isDigits(k)) {
            return null;
        }
        int length = k.end() - k.start();
        int year = s.intOf(k);
        if (year % 10 != 0 || length != 4 && length != 2) {
            return null;
        }
        if (length == 2) {
            year += year >= 30 ? 1900 : 2000;
        }
        return new Item(k.start(), k.end(), year / 10);
    }
}
