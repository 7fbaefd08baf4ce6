package org.figx.extract;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.figx.Kind;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.TemporalWords;
import org.figx.lang.TemporalWords.Direction;
import org.figx.numbers.ParsedNumber;
import org.figx.numbers.RomanNumeral;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.time.DateParts;
import org.figx.time.Reference;
import org.figx.time.Temporal;
import org.figx.time.Temporal.CalendarDate;

/**
 * Reads one temporal expression at a position: a calendar date, a clock time,
 * a date with its time, a relative date, a part of a year, a duration or a
 * period between two of these. Each {@code read…} method returns the longest
 * reading starting exactly at the token at {@code pos}, or null; the
 * recognizer tries them at each temporal anchor and keeps the longest.
 *
 * <p>Grammar, by method: {@link #calendarDate} "[ce] [samedi] [27|1er] [novembre] [2024]",
 * "27/11/2024"; {@link #relativeDate} "la semaine dernière", "il y a deux mois";
 * {@link #partOfYear} "fin octobre", "T1 2024", "été 2024", "les années 1990",
 * "XXIe siècle"; {@link #duration} "24 heures"; {@link #period} "du 27 au 28
 * novembre", "entre 2020 et 2023", "9 premiers mois de 2024". Clock times, parts
 * of days, relative days and ranges of hours are rules (time/clock-times.rules,
 * parts-of-day.rules, relative-days.rules).
 */
final class TemporalParser extends TemporalScanner {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final PhraseTable<Integer> periodOrdinals;

    TemporalParser(String text, Lexicon lexicon) {
        super(text, lexicon);
        this.periodOrdinals = words.periodOrdinals();
    }

    // ------------------------------------------------------------------ tokens









    // ------------------------------------------------------------------ parts





    // ------------------------------------------------------------------ grammar




    /** The date slots: a calendar date, a date naming one day; the rest as the scanner reads them. */
    @Override
    public org.figx.grammar.Item slot(String type, Token k) {
        if (type.equals("date") || type.equals("day")) {
            TemporalReading d = calendarDate(k.start(), true);
            return d == null || type.equals("day") && !d.namesDay() ? null
                    : new org.figx.grammar.Item(d.start(), d.end(), d);
        }
        return super.slot(type, k);
    }

    // ------------------------------------------------------------------ dates

    /**
     * "[ce] [mercredi] [2|1er|premier] [janvier|janv.] [2019]", or a numeric
     * date. A bare day ("le 4") needs the article: {@code articled}.
     */
    TemporalReading calendarDate(int pos, boolean articled) {
        TemporalReading numeric = numericDate(pos);
        if (numeric != null) {
            return numeric;
        }
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        int start = k.start();
        int end = start;
        DayOfWeek weekday = weekdayAt(k);
        if (weekday != null) {
            end = weekday == words.weekdays().get(t, k) ? k.end() : withDot(k);
            k = next(end);
        }
        DayAt day = dayAt(k);
        if (day != null) {
            end = day.end();
            k = next(end);
        }
        Integer month = null;
        Integer year = null;
        if (day != null && !isDigits(k == null ? null : Tokens.previous(t, day.end())) && k != null
                && dashBetween(Tokens.previous(t, day.end()), k)) {
            return null; // "rue du Quatre-Septembre": a name
        }
        if (day != null || weekday == null) {
            Token monthToken = k;
            if (day != null && (is(k, "de") || is(k, "d"))) {
                monthToken = null; // "3e jour d'octobre" is not read here
            }
            month = monthAt(monthToken);
            if (month != null) {
                if (day == null && weekday == null && !monthMayStandAlone(monthToken)) {
                    return null;
                }
                end = withDot(monthToken);
                k = next(end);
                // "13 juillet - 15 juillet": after a dash comes the other end of a period, not a year
                year = k == null || dashBetween(new Token(end, end), k) ? null : yearAt(k, day != null);
                if (year != null) {
                    end = k.end();
                }
            }
        }
        if (weekday == null && day == null && month == null) {
            return null;
        }
        if (month == null && day != null && weekday == null
                && (!articled || dayOrdinals.matchAt(t, start) != null && !isDigits(next(start)))) {
            return null; // "le 4", "le treize" are days; "le Premier ministre" is not
        }
        Reference.Direction direction = Reference.Direction.NEAREST;
        if (weekday != null && day == null && month == null && isHabitual(start)) {
            return null;
        }
        boolean weekdayOnly = weekday != null && day == null && month == null;
        if (weekdayOnly) {
            TemporalReading shifted = weekdayInAnotherWeek(start, end, weekday);
            if (shifted != null) {
                return shifted;
            }
        }
        if (weekdayOnly || month != null && year == null) {
            // "samedi dernier", "le 1er septembre prochain", "en mars dernier": the words say which way
            Token after = next(end);
            Direction way = after == null ? null : words.directions().get(t, after);
            if (way == Direction.LAST || way == Direction.NEXT) {
                direction = way == Direction.LAST ? Reference.Direction.LAST : Reference.Direction.NEXT;
                end = after.end();
            }
        }
        DateParts parts = new DateParts(year, month, day == null ? null : day.day(), weekday, direction);
        return reading(start, end, parts);
    }

    /**
     * "mardi de la semaine prochaine" (the Tuesday of next week), "lundi cette
     * semaine", "lundi en huit" (a week after next Monday).
     */
    private TemporalReading weekdayInAnotherWeek(int start, int weekdayEnd, DayOfWeek weekday) {
        PhraseTable.Match<String> shift = words.weekShifts().matchAt(t, weekdayEnd);
        Token after = next(weekdayEnd);
        if (shift == null || after == null || shift.start() != after.start()) {
            return null;
        }
        boolean afterNext = shift.value().startsWith("+");
        int weeks = Integer.parseInt(afterNext ? shift.value().substring(1) : shift.value());
        return new TemporalReading(start, shift.end(), Kind.DATE, new Temporal.WeekdayInWeek(weekday, weeks, afterNext));
    }

    /**
     * "le lundi", "du lundi au vendredi", "chaque mardi": a weekday that recurs.
     * The article counts only right before the weekday: "samedi" in "le match de
     * samedi" is a date.
     */
    private boolean isHabitual(int weekdayStart) {
        Token before = Tokens.previous(t, weekdayStart);
        if (before == null || !words.recurrenceWords().contains(t, before)) {
            // "au vendredi" closing "du lundi au vendredi"
            if (is(before, "au")) {
                Token weekdayBefore = Tokens.previous(t, before.start());
                Token du = weekdayBefore == null ? null : Tokens.previous(t, weekdayBefore.start());
                return weekdayAt(weekdayBefore) != null && is(du, "du");
            }
            return false;
        }
        return true;
    }

    /** A month name alone is a date when written in lower case ("en mars"), not the planet "Mars". */
    private boolean monthMayStandAlone(Token monthToken) {
        if (!Character.isUpperCase(t.charAt(monthToken.start()))) {
            return true;
        }
        Token before = Tokens.previous(t, monthToken.start());
        return before == null || lexicon.isYearCue(t, before);
    }

    private TemporalReading reading(int start, int end, DateParts parts) {
        return parts.isValid() ? new TemporalReading(start, end, Kind.DATE, new CalendarDate(parts)) : null;
    }

    /** "27/11/2024", "27.11.2024", "2024-11-27", "1/3/2013", "20/02/14", "le 2/3", "20 02 2014". */
    private TemporalReading numericDate(int pos) {
        Token a = next(pos);
        if (!isDigits(a)) {
            return null;
        }
        TemporalReading spaced = spacedNumericDate(a);
        if (spaced != null) {
            return spaced;
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
        int bEnd = digitsEnd(bStart);
        int lb = bEnd - bStart;
        if (lb < 1 || lb > 2) {
            return null;
        }
        int b = Integer.parseInt(t.substring(bStart, bEnd));
        boolean third = bEnd + 1 < t.length() && t.charAt(bEnd) == sep && Chars.isDigit(t.charAt(bEnd + 1));
        if (third) {
            int cStart = bEnd + 1;
            int cEnd = digitsEnd(cStart);
            int lc = cEnd - cStart;
            int c = Integer.parseInt(t.substring(cStart, Math.min(cEnd, cStart + 4)));
            if (la == 4 && lc <= 2) {
                return fullDate(a.start(), cEnd, intOf(a), b, c);
            }
            if (la <= 2 && (lc == 4 || lc == 2)) {
                int year = lc == 4 ? c : c >= 50 ? 1900 + c : 2000 + c;
                return fullDate(a.start(), cEnd, year, b, intOf(a));
            }
            return null;
        }
        Token before = Tokens.previous(t, a.start());
        // "le 2/3"; a bare "3/4" is a fraction, but "17/02" and "31/10" are dates: a month
        // written with two digits after a day no month can be, or with a leading zero
        boolean monthWrittenAsDate = lb == 2 && (t.charAt(bStart) == '0' || la == 2 && intOf(a) > 12);
        if (sep == '/' && la <= 2 && lb <= 2 && (is(before, "le") || monthWrittenAsDate)) {
            int day = intOf(a);
            if (day < 1 || day > 31 || b < 1 || b > 12 || bEnd < t.length() && Chars.isDigit(t.charAt(bEnd))) {
                return null;
            }
            return reading(a.start(), bEnd, DateParts.of(null, b, day));
        }
        if (sep == '/' && la <= 2 && lb == 0) {
            return null;
        }
        return null;
    }

    /**
     * Day, month and maybe year as numbers separated by single spaces: "20 02
     * 2014", "24 12 14", "17 02". Only with a two-digit month or a year, so that
     * two counts side by side are not read as a date.
     */
    private TemporalReading spacedNumericDate(Token a) {
        int la = a.end() - a.start();
        if (la > 2 || a.end() + 1 >= t.length() || t.charAt(a.end()) != ' ') {
            return null;
        }
        Token b = next(a.end());
        if (!isDigits(b) || b.start() != a.end() + 1 || b.end() - b.start() > 2) {
            return null;
        }
        int day = intOf(a);
        int month = intOf(b);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        Token c = b.end() < t.length() && t.charAt(b.end()) == ' ' ? next(b.end()) : null;
        if (isDigits(c) && c.start() == b.end() + 1 && (c.end() - c.start() == 4 || c.end() - c.start() == 2)
                && (c.end() == t.length() || !Chars.isDigit(t.charAt(c.end())) && !Chars.isWordChar(t.charAt(c.end())))) {
            Integer year = yearAt(c, true);
            Token afterYear = next(c.end());
            if (year != null && !isDigits(afterYear) && words.units().get(t, afterYear) == null) {
                return fullDate(a.start(), c.end(), year, month, day);
            }
        }
        Token afterMonth = next(b.end());
        boolean alone = afterMonth == null || !isDigits(afterMonth) && !Chars.isWordChar(t.charAt(afterMonth.start()))
                || afterMonth != null && !isDigits(afterMonth) && words.units().get(t, afterMonth) == null
                && lexicon.currencies().names().matchAt(t, afterMonth.start()) == null
                && lexicon.percentUnits().matchAt(t, afterMonth.start()) == null;
        if (b.end() - b.start() == 2 && alone && t.charAt(b.start()) == '0') {
            return reading(a.start(), b.end(), DateParts.of(null, month, day));
        }
        return null;
    }

    private TemporalReading fullDate(int start, int end, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return reading(start, end, DateParts.of(year, month, day));
    }


    /** A year on its own ("en 2023"): the number recognizer's year rule says which four digits are years. */
    TemporalReading year(ParsedNumber n) {
        return reading(n.start(), n.end(), DateParts.of(n.value().intValue(), null, null));
    }

    // ------------------------------------------------------------------ times

    /**
     * "le premier mercredi du mois prochain", "le dernier jour d'octobre 2015",
     * "la première semaine d'octobre 2014", "le 3e jour d'octobre".
     */
    TemporalReading nthDayOfMonth(int pos) {
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        int start = k.start();
        if (is(k, "le") || is(k, "la")) {
            k = next(k.end());
        }
        if (k == null) {
            return null;
        }
        int rank;
        int after;
        PhraseTable.Match<Integer> word = words.nthDayWords().matchAt(t, k.start());
        if (word != null && word.start() == k.start()) {
            rank = word.value();
            after = word.end();
        } else if (isDigits(k) && glued(k, next(k.end())) && dayOrdinals.matchAt(t, next(k.end()).start()) != null) {
            rank = intOf(k);
            after = next(k.end()).end();
        } else {
            return null;
        }
        Token what = next(after);
        DayOfWeek weekday = weekdayAt(what);
        boolean dayWord = is(what, "jour");
        boolean weekWord = is(what, "semaine");
        if (weekday == null && !dayWord && !weekWord) {
            return null;
        }
        Token de = next(what.end());
        if (!(is(de, "de") || is(de, "du") || is(de, "d"))) {
            return null;
        }
        Token monthToken = next(de.end());
        if (is(monthToken, "'")) {
            monthToken = next(monthToken.end());
        }
        Temporal month;
        int end;
        Integer m = monthAt(monthToken);
        if (m != null) {
            end = withDot(monthToken);
            Integer year = yearAt(next(end), false);
            if (year != null) {
                end = next(end).end();
            }
            month = new CalendarDate(DateParts.of(year, m, null));
        } else if (is(monthToken, "mois")) {
            Token way = next(monthToken.end());
            Direction direction = way == null ? null : words.directions().get(t, way);
            end = direction == null ? monthToken.end() : way.end();
            month = new Temporal.Cycle("M", shiftOf(direction));
        } else {
            return null;
        }
        Temporal.Counted counted = dayWord ? Temporal.Counted.DAY : weekday != null ? Temporal.Counted.WEEKDAY
                : Temporal.Counted.WEEK;
        if (dayWord && rank > 31) {
            return null;
        }
        return new TemporalReading(start, end, Kind.DATE, new Temporal.NthOfMonth(rank, counted, weekday, month));
    }

    /** The shift a direction word gives a unit: "prochain" +1, "dernier" -1, "ce" or none 0. */
    private static int shiftOf(Direction direction) {
        return direction == Direction.NEXT ? 1 : direction == Direction.LAST ? -1 : 0;
    }

    // ------------------------------------------------------------------ parts of years

    /** "fin octobre", "début 2025", "mi-2024", "début du mois", "fin de l'année": a part of a period (its mod). */
    TemporalReading boundary(int pos) {
        Token k = next(pos);
        TemporalWords.Boundary boundary = k == null ? null : words.boundaries().get(t, k);
        if (boundary == null) {
            return null;
        }
        Temporal.Mod mod = Temporal.Mod.valueOf(boundary.name());
        int start = k.start();
        Token what = next(k.end());
        if (is(what, "de") || is(what, "du") || is(what, "d")) {
            Token after = next(what.end());
            if (is(after, "l")) {
                Token apostrophe = next(after.end());
                after = apostrophe == null ? null : next(apostrophe.end());
            } else if (is(after, "'")) {
                after = next(after.end());
            }
            Token named = namedAfter(after);
            if (is(after, "mois") && monthAt(named) != null) {
                after = named; // "fin du mois de mars", "début du mois d'avril"
            } else if ((is(after, "annee") || is(after, "an")) && yearAt(next(after.end()), false) != null) {
                after = next(after.end()); // "fin de l'année 2024"
            } else if (is(after, "semaine")) {
                // "en fin de semaine", "début de semaine prochaine": the week itself
                Token way = next(after.end());
                Direction direction = way == null ? null : words.directions().get(t, way);
                int shift = shiftOf(direction);
                int end = shift == 0 ? after.end() : way.end();
                return new TemporalReading(start, end, Kind.DATE, new Temporal.Edge(mod, new Temporal.Cycle("W", shift)));
            } else if (is(after, "mois")) {
                return new TemporalReading(start, after.end(), Kind.DATE, new Temporal.Edge(mod, new Temporal.Cycle("M", 0)));
            } else if (is(after, "annee") || is(after, "an")) {
                return new TemporalReading(start, after.end(), Kind.DATE, new Temporal.Edge(mod, new Temporal.Cycle("Y", 0)));
            }
            what = after;
        }
        if (what == null) {
            return null;
        }
        Integer month = monthAt(what);
        int end;
        DateParts parts;
        if (month != null) {
            end = withDot(what);
            Integer year = yearAt(next(end), false);
            if (year != null) {
                end = next(end).end();
            }
            parts = DateParts.of(year, month, null);
        } else {
            Integer year = yearAt(what, false);
            if (year == null) {
                return null;
            }
            end = what.end();
            parts = DateParts.of(year, null, null);
        }
        return new TemporalReading(start, end, Kind.DATE, new Temporal.Edge(mod, new CalendarDate(parts)));
    }

    /** The word after "de" or "d'" that follows {@code k} ("mois [de] mars", "mois [d'] avril"), or null. */
    private Token namedAfter(Token k) {
        Token of = k == null ? null : next(k.end());
        if (is(of, "de")) {
            return next(of.end());
        }
        Token apostrophe = is(of, "d") ? next(of.end()) : null;
        return is(apostrophe, "'") ? next(apostrophe.end()) : null;
    }

    /**
     * "premier trimestre 2024", "T1 2024" (2024-Q1), "second semestre", "S2 2023"
     * (2024-H2), "été 2024" (2024-SU), "les années 1990" (199), "XXIe siècle" (20).
     */
    TemporalReading partOfYear(int pos) {
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        int start = k.start();
        // T1 2024, S2 2023, Q3 2022
        if (k.end() - k.start() == 1 && "TSQ".indexOf(t.charAt(k.start())) >= 0) {
            Token digit = next(k.end());
            if (glued(k, digit) && isDigits(digit) && digit.end() - digit.start() == 1) {
                int rank = intOf(digit);
                boolean half = t.charAt(k.start()) == 'S';
                if (rank >= 1 && rank <= (half ? 2 : 4)) {
                    return yearPart(start, digit.end(), half ? "H" : "Q", rank);
                }
            }
            return null;
        }
        PhraseTable.Match<Integer> ordinal = periodOrdinals.matchAt(t, k.start());
        if (ordinal != null && ordinal.start() == k.start()) {
            Token unitToken = next(ordinal.end());
            String unit = unitToken == null ? null : words.units().get(t, unitToken);
            if ("Q".equals(unit) || "HALF".equals(unit)) {
                int rank = ordinal.value() == 0 ? ("Q".equals(unit) ? 4 : 2) : ordinal.value();
                if (rank <= ("Q".equals(unit) ? 4 : 2)) {
                    return yearPart(start, unitToken.end(), "Q".equals(unit) ? "Q" : "H", rank);
                }
            }
        }
        String season = words.seasons().get(t, k);
        if (season != null) {
            Token after = next(k.end());
            if (is(after, "de") || is(after, "d")) {
                after = next(after.end());
                if (is(after, "'")) {
                    after = next(after.end());
                }
            }
            Integer year = yearAt(after, false);
            if (year != null) {
                return new TemporalReading(start, after.end(), Kind.DATE, new Temporal.Season(season, year, 0));
            }
            return null;
        }
        // "les années 1990", "années 90"
        if (is(k, "les") && is(next(k.end()), "annees") || is(k, "annees")) {
            Token years = is(k, "les") ? next(k.end()) : k;
            if (is(years, "annees")) {
                Token decade = next(years.end());
                if (isDigits(decade) && decade.end() - decade.start() == 4 && intOf(decade) % 10 == 0) {
                    return new TemporalReading(start, decade.end(), Kind.DATE, new Temporal.Decade(intOf(decade) / 10));
                }
                if (isDigits(decade) && decade.end() - decade.start() == 2 && intOf(decade) % 10 == 0) {
                    int y = intOf(decade) >= 30 ? 1900 + intOf(decade) : 2000 + intOf(decade);
                    return new TemporalReading(start, decade.end(), Kind.DATE, new Temporal.Decade(y / 10));
                }
            }
            return null;
        }
        // "XXIe siècle", "21e siècle"
        Integer century = centuryOrdinal(k);
        if (century != null) {
            Token suffixEnd = isDigits(k) ? next(k.end()) : k;
            Token siecle = next(suffixEnd.end());
            if (is(siecle, "siecle")) {
                return new TemporalReading(start, siecle.end(), Kind.DATE, new Temporal.Century(century));
            }
        }
        return null;
    }

    private TemporalReading yearPart(int start, int end, String code, int rank) {
        int finalEnd = end;
        Token after = next(end);
        if (is(after, "de") || is(after, "du")) {
            after = next(after.end());
        }
        Integer year = yearAt(after, false);
        if (year != null) {
            finalEnd = after.end();
        }
        return new TemporalReading(start, finalEnd, Kind.DATE, new Temporal.YearPart(code, rank, year));
    }

    /** "XXIe" (21), "21e", "21ème" before "siècle". */
    private Integer centuryOrdinal(Token k) {
        if (isDigits(k)) {
            Token suffix = next(k.end());
            if (glued(k, suffix) && dayOrdinals.matchAt(t, suffix.start()) != null) {
                return intOf(k);
            }
            return null;
        }
        RomanNumeral roman = RomanNumeral.at(t, k.start(), k.end());
        int i = roman == null ? k.start() : roman.end();
        int value = roman == null ? 0 : roman.value();
        if (i == k.start() || value == 0) {
            return null;
        }
        PhraseTable.Match<Integer> suffix = dayOrdinals.matchAt(t.substring(i, k.end()), 0);
        if (i == k.end() || suffix == null || suffix.value() != 0 || suffix.end() != k.end() - i) {
            return null;
        }
        return value;
    }

    // ------------------------------------------------------------------ durations

    /** "24 heures", "trois ans", "une décennie", "deux heures et demie", "1 an et demi". */
    TemporalReading duration(ParsedNumber n) {
        Token unitToken = next(n.end());
        String unit = unitToken == null ? null : words.units().get(t, unitToken);
        if (unit == null || n.signed() || n.value().signum() <= 0 || n.hasScale()) {
            return null;
        }
        if (unitToken.start() == n.end() && Chars.isWordChar(t.charAt(unitToken.start()))
                && !(unit.equals("H") || unit.equals("MIN") || unit.equals("S"))) {
            return null; // "5G", "3D"
        }
        if (!Chars.isWordChar(t.charAt(unitToken.start())) && unitToken.start() != n.end()) {
            return null; // 2' and 1" only glued: a spaced ' is an apostrophe
        }
        BigDecimal amount = n.value();
        int end = unitToken.end();
        Token and = next(end);
        if (is(and, "et") && next(and.end()) != null && halfWord(next(and.end()))) {
            amount = amount.add(HALF);
            end = next(and.end()).end();
        } else if (is(and, "et") && is(next(and.end()), "quart")) {
            amount = amount.add(new BigDecimal("0.25"));
            end = next(and.end()).end();
        } else if (is(and, "trois") && is(next(and.end()), "quarts")) {
            amount = amount.add(new BigDecimal("0.75"));
            end = next(and.end()).end();
        }
        if (amount.compareTo(BigDecimal.ONE) < 0 && (unit.equals("H") || unit.equals("MIN"))) {
            // "une demi-heure": PT30M rather than PT0.5H
            BigDecimal smaller = amount.multiply(BigDecimal.valueOf(60));
            return new TemporalReading(n.start(), end, Kind.DURATION,
                    Temporal.Duration.of(smaller, unit.equals("H") ? "MIN" : "S"));
        }
        java.util.Map<String, BigDecimal> parts = new java.util.LinkedHashMap<>();
        parts.put(unit, amount);
        int partsEnd = moreDurationParts(end, unit, parts);
        if (partsEnd > end) {
            return new TemporalReading(n.start(), partsEnd, Kind.DURATION, new Temporal.Duration(parts));
        }
        return new TemporalReading(n.start(), end, Kind.DURATION, Temporal.Duration.of(amount, unit));
    }

    private boolean halfWord(Token k) {
        return is(k, "demi") || is(k, "demie");
    }

    private static final java.util.List<String> PART_UNITS = java.util.List.of("Y", "M", "W", "D", "H", "MIN", "S");

    /**
     * Smaller parts after a duration: "2 heures 30 minutes", "12 ans et 3 mois",
     * "3 min 20 s", "une heure trente" (minutes after hours, as on a clock).
     */
    private int moreDurationParts(int end, String unit, java.util.Map<String, BigDecimal> parts) {
        if (!PART_UNITS.contains(unit)) {
            return end;
        }
        String last = unit;
        int p = end;
        while (true) {
            Token k = next(p);
            int from = is(k, "et") ? k.end() : p;
            Token amountToken = next(from);
            ParsedNumber amount = numberAt(amountToken);
            if (amount == null || amount.hasScale() || amount.signed() || amount.value().signum() <= 0) {
                return p;
            }
            Token unitToken = next(amount.end());
            String next = unitToken == null ? null : words.units().get(t, unitToken);
            if (next == null && last.equals("H") && amount.value().intValue() < 60 && !amount.decimal()
                    && (unitToken == null || !Chars.isWordChar(t.charAt(unitToken.start()))
                    || lexicon.isFunctionWord(t, unitToken))) {
                parts.put("MIN", amount.value()); // "une heure trente"
                return amount.end();
            }
            if (next == null || !PART_UNITS.contains(next) || PART_UNITS.indexOf(next) <= PART_UNITS.indexOf(last)) {
                return p;
            }
            parts.put(next, amount.value());
            last = next;
            p = unitToken.end();
        }
    }

    /** "un quart d'heure" (PT15M). */
    TemporalReading quarterHour(int pos) {
        Token k = next(pos);
        if (!(is(k, "un"))) {
            return null;
        }
        Token quart = next(k.end());
        Token d = quart == null ? null : next(quart.end());
        Token apostrophe = d == null ? null : next(d.end());
        Token heure = apostrophe == null ? null : next(apostrophe.end());
        if (is(quart, "quart") && is(d, "d") && is(heure, "heure")) {
            return new TemporalReading(k.start(), heure.end(), Kind.DURATION, Temporal.Duration.of(BigDecimal.valueOf(15), "MIN"));
        }
        return null;
    }

    // ------------------------------------------------------------------ periods

    /**
     * Two dates or years joined into a period: "du 27 au 28 novembre",
     * "entre le 13 et le 15 juillet", "13-15 juillet", "de janvier à mars 2024",
     * "entre 2020 et 2023", "2019-2021".
     */
    TemporalReading period(int pos) {
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        int start = k.start();
        int firstPos = k.start();
        String closing;
        if (is(k, "d") && is(next(k.end()), "'")) {
            firstPos = next(k.end()).end(); // "d'avril à juin"
            closing = "a";
        } else if (is(k, "du") || is(k, "de") || is(k, "depuis") || is(k, "des")) {
            firstPos = k.end();
            closing = "a";
        } else if (is(k, "entre")) {
            firstPos = k.end();
            closing = "et";
        } else {
            closing = null;
        }
        Token firstToken = next(firstPos);
        if (firstToken == null) {
            return null;
        }
        TemporalReading decades = decades(start, firstPos, closing);
        if (decades != null) {
            return decades;
        }
        int afterArticle = is(firstToken, "le") ? firstToken.end() : firstPos;
        TemporalReading first = calendarDate(afterArticle, true);
        if (first == null) {
            Integer y = yearAt(next(afterArticle), false);
            if (y == null) {
                return null;
            }
            Token yt = next(afterArticle);
            first = reading(yt.start(), yt.end(), DateParts.of(y, null, null));
        }
        Token connector = next(first.end());
        if (connector == null) {
            return null;
        }
        int secondPos;
        boolean dash = dashBetween(new Token(first.end(), first.end()), connector)
                || connector.end() - connector.start() == 1 && Chars.isRangeDash(t.charAt(connector.start()));
        if (dash && closing == null) {
            secondPos = first.end();
            while (secondPos < t.length() && (Chars.isSpace(t.charAt(secondPos)) || Chars.isRangeDash(t.charAt(secondPos)))) {
                secondPos++;
            }
        } else if (closing != null && closing.equals("et") && is(connector, "et")) {
            secondPos = connector.end();
        } else if ((closing == null || closing.equals("a")) && (is(connector, "au") || is(connector, "a"))) {
            secondPos = connector.end();
        } else if (is(connector, "jusqu")) {
            Token apostrophe = next(connector.end());
            Token au = apostrophe == null ? null : next(apostrophe.end());
            if (!(is(au, "au") || is(au, "a") || is(au, "en"))) {
                return null;
            }
            secondPos = au.end();
        } else {
            return null;
        }
        Token secondToken = next(secondPos);
        if (secondToken == null) {
            return null;
        }
        int second2 = is(secondToken, "le") ? secondToken.end() : secondPos;
        TemporalReading second = calendarDate(second2, true);
        if (second == null || second.date() == null && first.date() != null && first.date().year() == null) {
            Integer y = yearAt(next(second2), false);
            if (y != null && first.date() != null && first.date().year() != null && first.date().month() == null) {
                Token yt = next(second2);
                if (y <= first.date().year()) {
                    return null;
                }
                return new TemporalReading(start(start, closing, first), yt.end(), Kind.PERIOD,
                        new Temporal.Interval(first.expr(), new CalendarDate(DateParts.of(y, null, null))));
            }
            return null;
        }
        if (first.date() == null || second.date() == null) {
            return null;
        }
        if (isYearOnly(first.date()) && second.date().year() == null) {
            return null; // "de 3 % en 2022 à 5 %", "entre 2019 et 20 blessés": a year runs to no bare day
        }
        if (isWeekdayOnly(first.date()) && isWeekdayOnly(second.date())) {
            // "du lundi au vendredi" is a weekly schedule; "de lundi à mercredi" a dated stretch
            return is(k, "de") ? new TemporalReading(start, second.end(), Kind.PERIOD,
                    new Temporal.Weekdays(first.date().weekday(), second.date().weekday())) : null;
        }
        // bare days ("entre 10 et 20") are counts, unless "du … au" or the article says days
        boolean bareDays = isBareDay(first.date()) && isBareDay(second.date());
        boolean saysDays = is(k, "du") || is(firstToken, "le") || is(secondToken, "le");
        if (bareDays && !saysDays) {
            return null;
        }
        return joinDates(closing == null ? first.start() : start, first, second);
    }

    private static boolean isWeekdayOnly(DateParts d) {
        return d.weekday() != null && d.day() == null && d.month() == null && d.year() == null;
    }

    private static boolean isYearOnly(DateParts d) {
        return d.year() != null && d.month() == null && d.day() == null && d.weekday() == null;
    }

    private static boolean isBareDay(DateParts d) {
        return d.day() != null && d.month() == null && d.weekday() == null && d.year() == null;
    }

    private static int start(int start, String closing, TemporalReading first) {
        return closing == null ? first.start() : start;
    }

    /** Two dates of a period ("du 10 au 12"), placed together when resolved. */
    private TemporalReading joinDates(int start, TemporalReading first, TemporalReading second) {
        DateParts a = first.date();
        DateParts b = second.date();
        if (!a.completedBy(b).isValid()) {
            return null; // "du 31 au 2 octobre": no 31 September
        }
        return new TemporalReading(start, second.end(), Kind.PERIOD, new Temporal.Dates(a, b));
    }

    /** "des années 1980 aux années 2000": two decades. */
    private TemporalReading decades(int start, int firstPos, String closing) {
        Token k = next(firstPos);
        TemporalReading first = is(k, "annees") ? partOfYear(k.start()) : null;
        if (first == null || !(first.expr() instanceof Temporal.Decade)) {
            return null;
        }
        Token connector = next(first.end());
        if (!(is(connector, "aux") || is(connector, "a") || is(connector, "et"))) {
            return null;
        }
        Token years = is(connector, "a") || is(connector, "et") ? next(next(connector.end()) == null ? connector.end()
                : is(next(connector.end()), "les") ? next(connector.end()).end() : connector.end()) : next(connector.end());
        TemporalReading second = is(years, "annees") ? partOfYear(years.start()) : null;
        if (second == null || !(second.expr() instanceof Temporal.Decade)) {
            return null;
        }
        Token opener = Tokens.previous(t, firstPos);
        return new TemporalReading(closing == null ? first.start() : Math.min(start, opener == null ? start : opener.start()),
                second.end(), Kind.PERIOD, new Temporal.Interval(first.expr(), second.expr()));
    }

    /**
     * The first or last units of a written year or month: "9 premiers mois de
     * 2024", "six premiers mois de l'année", "trois derniers mois de 2023",
     * "12 premiers jours de janvier 2025".
     */
    private TemporalReading countedWithin(ParsedNumber n, int count, String unit, boolean first, Token de) {
        if (!(is(de, "de") || is(de, "d"))) {
            return null;
        }
        Token what = next(de.end());
        if (is(what, "'")) {
            what = next(what.end());
        } else if (is(what, "l")) {
            Token apostrophe = next(what.end());
            what = apostrophe == null ? null : next(apostrophe.end());
        }
        if (what == null) {
            return null;
        }
        Integer year = yearAt(what, false);
        int end = what.end();
        if ((year != null || is(what, "annee")) && unit.equals("M") && count <= 12) {
            Temporal within = year != null ? new CalendarDate(DateParts.of(year, null, null)) : new Temporal.Cycle("Y", 0);
            return new TemporalReading(n.start(), end, Kind.PERIOD, new Temporal.UnitsWithin(count, unit, first, within));
        }
        Integer month = monthAt(what);
        if (month != null && unit.equals("D")) {
            end = withDot(what);
            Integer y = yearAt(next(end), false);
            if (y != null) {
                end = next(end).end();
            }
            DateParts within = DateParts.of(y, month, null);
            if (count > (y == null ? java.time.Month.of(month).maxLength() : YearMonth.of(y, month).lengthOfMonth())) {
                return null;
            }
            return new TemporalReading(n.start(), end, Kind.PERIOD, new Temporal.UnitsWithin(count, unit, first, new CalendarDate(within)));
        }
        return null;
    }

    /**
     * "9 premiers mois de 2024" (2024-01 .. 2024-09), "trois derniers mois",
     * "2 dernières semaines", "3 prochains jours": a count of units from a start.
     */
    TemporalReading countedUnits(ParsedNumber n) {
        Token way = next(n.end());
        Direction direction = way == null ? null : words.directions().get(t, way);
        boolean first = is(way, "premiers") || is(way, "premieres");
        Token unitToken;
        if (first || direction == Direction.LAST || direction == Direction.NEXT) {
            unitToken = next(way.end());
        } else {
            unitToken = way;
            Token after = unitToken == null ? null : next(unitToken.end());
            direction = after == null ? null : words.directions().get(t, after);
            if (direction != Direction.LAST && direction != Direction.NEXT) {
                return null;
            }
        }
        String unit = unitToken == null ? null : words.units().get(t, unitToken);
        if (unit == null || n.decimal() || n.signed() || n.value().intValue() < 1) {
            return null;
        }
        int count = n.value().intValue();
        int end = unitToken.end();
        if (!first && way != null && direction != null && next(unitToken.end()) != null
                && words.directions().get(t, next(unitToken.end())) == direction) {
            end = next(unitToken.end()).end();
        }
        Token de = next(end);
        if (first || direction == Direction.LAST && (is(de, "de") || is(de, "d"))) {
            return countedWithin(n, count, unit, first, de);
        }
        if (!List.of("D", "W", "M", "Y", "H", "MIN", "S").contains(unit)) {
            return null;
        }
        return new TemporalReading(n.start(), end, Kind.PERIOD,
                new Temporal.UnitsAround(count, unit, direction == Direction.LAST ? -1 : 1));
    }
}
