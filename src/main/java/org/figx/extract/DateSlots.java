package org.figx.extract;

import java.time.DayOfWeek;
import java.util.Set;
import org.figx.grammar.TokenClass;
import org.figx.grammar.Item;
import org.figx.lang.Lexicon;
import org.figx.lang.TemporalWords;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.time.DateParts;

/**
 * The slots of calendar dates that the scanner reads itself: the lexemes
 * written without spaces ("27/11/2024", "1er", "janv."), the parts of a
 * date as the word lists name them, and the few checks on them that are
 * spelling, not grammar (a capital letter, a hyphen, a dash). The grammar
 * of dates is in {@code time/dates.rules}. Knows no word of any language.
 */
final class DateSlots {
    /** The slot types read here, as rule patterns name them. */
    static final Set<String> TYPES = Set.of("numeric-date", "slash-date", "day-of-month", "day-number", "weekday",
            "lone-weekday", "month", "lone-month", "date-year", "year-after-day", "year-figure", "word");

    private DateSlots() {
    }

    /**
     * The folded words slot {@code type} may start with ({@link TokenClass#DIGITS}
     * for figures), so that the rules starting with it are indexed; null when
     * it is no slot of dates, or may start anywhere.
     */
    static java.util.Collection<String> firstWords(Lexicon lexicon, String type) {
        TemporalWords words = lexicon.temporal();
        return switch (type) {
            case "numeric-date", "slash-date", "date-year", "year-after-day", "year-figure" -> Set.of(TokenClass.DIGITS);
            case "day-of-month", "day-number" -> {
                java.util.Set<String> starts = new java.util.HashSet<>(lexicon.numberWords().startWords());
                starts.addAll(words.dayOrdinals().firstWords());
                starts.add(TokenClass.DIGITS);
                yield starts;
            }
            case "weekday", "lone-weekday" -> {
                java.util.Set<String> starts = new java.util.HashSet<>(words.weekdays().keys());
                starts.addAll(words.weekdayAbbreviations().keys());
                starts.addAll(words.undottedWeekdays().keys());
                yield starts;
            }
            case "month", "lone-month" -> words.months().keys();
            default -> null;
        };
    }

    /** What slot {@code type} reads at token {@code k}, or null. */
    static Item read(TemporalScanner s, String type, Token k) {
        return switch (type) {
            case "numeric-date" -> numericDate(s, k, false);
            case "slash-date" -> numericDate(s, k, true);
            case "day-of-month" -> dayOfMonth(s, k, false);
            case "day-number" -> dayOfMonth(s, k, true);
            case "weekday" -> weekday(s, k, false);
            case "lone-weekday" -> weekday(s, k, true);
            case "month" -> month(s, k, false);
            case "lone-month" -> month(s, k, true);
            case "date-year" -> year(s, k, false);
            case "year-after-day" -> year(s, k, true);
            case "year-figure" -> yearFigure(s, k);
            case "word" -> Chars.isWordChar(s.t.charAt(k.start())) ? new Item(k.start(), k.end(), null) : null;
            default -> throw new IllegalArgumentException("unknown slot " + type);
        };
    }

    /**
     * A day of the month: "27", "1er", "13e", "premier", "quinze". A day in
     * letters joined by a hyphen to the next word is part of a name ("rue du
     * Quatre-Septembre"). With {@code number}, only a day written as a number:
     * an ordinal word alone is no day ("le Premier ministre"), "le quinze" is.
     */
    private static Item dayOfMonth(TemporalScanner s, Token k, boolean number) {
        if (!s.isDigits(k) && !s.lexicon.numberWords().canStartNumber(s.t, k)
                && s.dayOrdinals.matchAt(s.t, k) == null) {
            return null; // no number here: not worth parsing one
        }
        TemporalScanner.DayAt day = s.dayAt(k);
        if (day == null) {
            return null;
        }
        Token last = s.previous(day.end());
        Token after = s.next(day.end());
        if (!s.isDigits(k) && after != null && s.dashBetween(last, after)) {
            return null;
        }
        if (number && s.dayOrdinals.matchAt(s.t, k) != null && !s.isDigits(k)) {
            return null;
        }
        if (day.end() == k.end() && s.isDigits(k) && startsGroupedNumber(s.t, k, after)) {
            return null; // "au 21 novembre à 7 512 points": 7 is the first group of 7512, no day
        }
        return new Item(k.start(), day.end(), day.day());
    }

    /** Whether digits {@code k} are followed, across one group space, by a group of three digits. */
    private static boolean startsGroupedNumber(String t, Token k, Token after) {
        return after != null && after.start() == k.end() + 1 && Chars.isGroupSpace(t.charAt(k.end()))
                && after.end() - after.start() == 3 && Chars.isDigit(t.charAt(after.start()))
                && Chars.isDigit(t.charAt(after.end() - 1));
    }

    /**
     * A weekday: its full name, or its abbreviation with the dot ("lun.").
     * With {@code lone}, one that may stand alone for a date: not right after a
     * word of recurrence-words.txt, which make it recur ("le lundi", "chaque mardi").
     */
    private static Item weekday(TemporalScanner s, Token k, boolean lone) {
        DayOfWeek day = s.weekdayAt(k);
        if (day == null && !lone && k != null) {
            DayOfWeek undotted = s.words.undottedWeekdays().get(s.t, k);
            Token after = undotted == null ? null : s.next(k.end());
            Token before = undotted == null ? null : s.previous(k.start());
            if (after != null && (s.t.charAt(after.start()) == ',' || s.isDigits(after) || s.monthAt(after) != null)
                    || before != null && s.t.charAt(before.start()) == ',' && s.isDigits(s.previous(before.start()))) {
                return new Item(k.start(), k.end(), undotted); // "Fri, Jul 18", "Sat 21 Sep", "Jul 18, Fri": in a date
            }
        }
        if (day == null) {
            return null;
        }
        boolean abbreviated = day != s.words.weekdays().get(s.t, k);
        if (lone) {
            Token before = s.previous(k.start());
            if (before != null && s.words.recurrenceWords().contains(s.t, before)) {
                return null;
            }
            if (abbreviated && before != null && Chars.isWordChar(s.t.charAt(before.start()))
                    && endsSentence(s, s.withDot(k))) {
                return null; // "à la mer.", "l'heure de jeu.": the dot is the full stop, the word no weekday
            }
        }
        int end = abbreviated ? s.withDot(k) : k.end();
        return new Item(k.start(), end, day);
    }

    /** Whether nothing but a capitalised word, or nothing, follows {@code end} on its line. */
    private static boolean endsSentence(TemporalScanner s, int end) {
        Token next = s.next(end);
        return next == null || Character.isUpperCase(s.t.charAt(next.start()));
    }

    /**
     * A month name, an abbreviation with its dot ("janv."). With {@code lone},
     * one that may name a month without a day: in lower case, or capitalised at
     * the start of a line or after a year cue (year-cues.txt: "en Mars");
     * elsewhere "Mars" is the planet.
     */
    private static Item month(TemporalScanner s, Token k, boolean lone) {
        Integer month = s.monthAt(k);
        if (month == null) {
            return null;
        }
        if (lone && !Character.isUpperCase(s.t.charAt(k.start())) && s.words.monthHomonyms().contains(s.t, k)) {
            Token before = s.previous(k.start());
            if (before == null || !s.lexicon.isYearCue(s.t, before)) {
                return null; // "you may", "they march": a month alone only capitalised or after a year cue
            }
        }
        if (lone && !s.words.monthsCapitalised() && Character.isUpperCase(s.t.charAt(k.start()))) {
            Token before = s.previous(k.start());
            if (before != null && !s.lexicon.isYearCue(s.t, before)) {
                return null;
            }
        }
        return new Item(k.start(), s.withDot(k), month);
    }

    /**
     * The year closing a date: four digits (1000–2199), or with {@code twoDigits}
     * also two ("31 octobre 74": 1950–2049), which only a day and month may
     * take. Not after a dash, where the other end of a range starts ("13
     * juillet - 15 juillet").
     */
    private static Item year(TemporalScanner s, Token k, boolean twoDigits) {
        if (!s.isDigits(k)) {
            return null;
        }
        Token before = s.previous(k.start());
        if (before != null && s.dashBetween(before, k)) {
            return null;
        }
        Integer y = s.yearAt(k, twoDigits);
        return y == null ? null : new Item(k.start(), k.end(), y);
    }

    /** A four-digit number that is a year on its own ("en 2023"): the year rule, shared with the numbers, says which. */
    private static Item yearFigure(TemporalScanner s, Token k) {
        if (!s.isDigits(k) || k.end() - k.start() != 4) {
            return null;
        }
        ParsedNumber n = s.numberAt(k);
        return n != null && new YearRule(s.lexicon).isYear(s.t, n)
                ? new Item(n.start(), n.end(), n.value().intValue()) : null;
    }

    /**
     * "27/11/2024", "27.11.2024", "2024-11-27", "1/3/2013", "20/02/14", "20 02
     * 2014", and a day and month that cannot be a fraction ("17/02", "31/10",
     * "17 02"). With {@code ambiguous}, only a day and month written like a
     * fraction ("2/3"): a date where the grammar says so ("le 2/3").
     */
    private static Item numericDate(TemporalScanner s, Token a, boolean ambiguous) {
        if (!s.isDigits(a)) {
            return null;
        }
        String t = s.t;
        if (!ambiguous) {
            Item spaced = spacedNumericDate(s, a);
            if (spaced != null) {
                return spaced;
            }
        }
        int la = a.end() - a.start();
        if (a.end() + 1 >= t.length()) {
            return null;
        }
        char sep = t.charAt(a.end());
        if (sep != '/' && sep != '.' && sep != '-') {
            return null;
        }
        int bStart = a.end() + 1;
        int bEnd = s.digitsEnd(bStart);
        int lb = bEnd - bStart;
        if (lb < 1 || lb > 2) {
            return null;
        }
        int b = Integer.parseInt(t, bStart, bEnd, 10);
        boolean third = bEnd + 1 < t.length() && t.charAt(bEnd) == sep && Chars.isDigit(t.charAt(bEnd + 1));
        if (third) {
            if (ambiguous) {
                return null;
            }
            int cStart = bEnd + 1;
            int cEnd = s.digitsEnd(cStart);
            int lc = cEnd - cStart;
            int c = Integer.parseInt(t, cStart, Math.min(cEnd, cStart + 4), 10);
            if (la == 4 && lc <= 2) {
                return date(a.start(), cEnd, s.intOf(a), b, c);
            }
            if (la <= 2 && (lc == 4 || lc == 2)) {
                int year = lc == 4 ? c : c >= 50 ? 1900 + c : 2000 + c;
                if (s.words.monthFirst()) { // "10/31/1974"; a first number no month can be is a day ("31/10/1974")
                    Item monthDay = date(a.start(), cEnd, year, s.intOf(a), b);
                    if (monthDay != null || s.intOf(a) <= 12) {
                        return monthDay;
                    }
                }
                return date(a.start(), cEnd, year, b, s.intOf(a));
            }
            return null;
        }
        // a bare "3/4" is a fraction, but "17/02" and "31/10" are dates: a month
        // written with two digits after a day no month can be, or with a leading zero
        // (month first, numeric-date-order.txt: "2/15", "10/31", "02/03")
        boolean monthFirst = s.words.monthFirst();
        boolean monthWrittenAsDate = monthFirst
                ? lb == 2 && (la == 2 && t.charAt(a.start()) == '0' || b > 12)
                : lb == 2 && (t.charAt(bStart) == '0' || la == 2 && s.intOf(a) > 12);
        if (sep == '/' && la <= 2 && (ambiguous || monthWrittenAsDate)) {
            int day = monthFirst ? b : s.intOf(a);
            int month = monthFirst ? s.intOf(a) : b;
            if (day < 1 || day > 31 || month < 1 || month > 12 || bEnd < t.length() && Chars.isDigit(t.charAt(bEnd))) {
                return null;
            }
            return date(a.start(), bEnd, null, month, day);
        }
        return null;
    }

    /**
     * Day, month and maybe year as numbers separated by single spaces: "20 02
     * 2014", "24 12 14", "17 02". Only with a two-digit month or a year, so that
     * two counts side by side are not read as a date.
     */
    private static Item spacedNumericDate(TemporalScanner s, Token a) {
        String t = s.t;
        int la = a.end() - a.start();
        if (la > 2 || a.end() + 1 >= t.length() || t.charAt(a.end()) != ' ') {
            return null;
        }
        Token b = s.next(a.end());
        if (!s.isDigits(b) || b.start() != a.end() + 1 || b.end() - b.start() > 2) {
            return null;
        }
        boolean monthFirst = s.words.monthFirst();
        int day = monthFirst ? s.intOf(b) : s.intOf(a);
        int month = monthFirst ? s.intOf(a) : s.intOf(b);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        Token c = b.end() < t.length() && t.charAt(b.end()) == ' ' ? s.next(b.end()) : null;
        if (s.isDigits(c) && c.start() == b.end() + 1 && (c.end() - c.start() == 4 || c.end() - c.start() == 2)
                && (c.end() == t.length() || !Chars.isDigit(t.charAt(c.end())) && !Chars.isWordChar(t.charAt(c.end())))) {
            Integer year = s.yearAt(c, true);
            Token afterYear = s.next(c.end());
            if (year != null && !s.isDigits(afterYear) && s.words.units().get(t, afterYear) == null) {
                return date(a.start(), c.end(), year, month, day);
            }
        }
        Token afterMonth = s.next(b.end());
        boolean alone = afterMonth == null || !s.isDigits(afterMonth) && !Chars.isWordChar(t.charAt(afterMonth.start()))
                || afterMonth != null && !s.isDigits(afterMonth) && s.words.units().get(t, afterMonth) == null
                && s.lexicon.currencies().names().matchAt(t, afterMonth.start()) == null
                && s.lexicon.percentUnits().matchAt(t, afterMonth.start()) == null;
        Token monthToken = monthFirst ? a : b;
        if (monthToken.end() - monthToken.start() == 2 && b.end() - b.start() == 2 && alone
                && t.charAt(monthToken.start()) == '0') {
            return date(a.start(), b.end(), null, month, day);
        }
        return null;
    }

    /** A date of numbers, if it can be one (a day the month may have). */
    private static Item date(int start, int end, Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        DateParts parts = DateParts.of(year, month, day);
        return parts.isValid() ? new Item(start, end, parts) : null;
    }
}
