package org.figx.extract;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.figx.Kind;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.TemporalWords.Direction;
import org.figx.numbers.ParsedNumber;
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
 * a date with its time, a relative date, a duration or a period between two
 * of these. Each {@code read…} method returns the longest
 * reading starting exactly at the token at {@code pos}, or null; the
 * recognizer tries them at each temporal anchor and keeps the longest.
 *
 * <p>Grammar, by method: {@link #calendarDate} "[ce] [samedi] [27|1er] [novembre] [2024]",
 * "27/11/2024"; {@link #clockTime} "14h30", "14 h 30", "à 20 heures", "midi et
 * demi"; {@link #relativeDate} "hier", "la semaine dernière", "il y a deux mois";
 * "de 9h à 11h". Periods of dates, durations, boundaries ("fin octobre"), parts of
 * years ("T1 2024", "les années 1990", "XXIe siècle"), counted units ("9
 * premiers mois de 2024") and the nth day of a month are rules of the grammar
 * files ({@code lang/fr/time/*.rules}).
 */
final class TemporalParser extends TemporalScanner {
    private record TimeAt(int start, int end, int hour, int minute, int second, boolean needsContext) {
    }

    /** The reference's own day: "ce soir" is tonight. */
    private static final Temporal TODAY = new Temporal.RelativeDay(0, null);

    TemporalParser(String text, Lexicon lexicon) {
        super(text, lexicon);
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
     * A clock time: "14h30", "15H", "14 h 30", "15:30", "20 heures" (which needs
     * a preposition or a date to be a time), "midi", "minuit et quart",
     * "quinze heures trente", then "du matin", "du soir".
     */
    private TimeAt clockTime(int pos) {
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        Integer clock = words.clockWords().get(t, k);
        if (clock != null && (k.start() > 0 && Chars.isHyphen(t.charAt(k.start() - 1))
                || k.end() < t.length() && Chars.isHyphen(t.charAt(k.end()))
                || Character.isUpperCase(t.charAt(k.start())) && Tokens.previous(t, k.start()) != null
                && Chars.isWordChar(t.charAt(Tokens.previous(t, k.start()).start())))) {
            return null; // the "midi" of "après-midi", "Midi-Pyrénées", "dans le Midi"
        }
        if (clock != null) {
            Minutes minutes = minutesAfter(k.end(), false);
            int hour = clock;
            int minute = minutes.minute;
            if (minute < 0) {
                hour = (hour + 23) % 24;
                minute += 60;
            }
            return new TimeAt(k.start(), minutes.end, hour, minute, 0, false);
        }
        ParsedNumber hourNumber = numberAt(k);
        if (hourNumber == null || hourNumber.decimal() || hourNumber.signed() || hourNumber.hasScale()) {
            return null;
        }
        int hour = hourNumber.value().intValue();
        if (hour < 0 || hour > 24 || hourNumber.value().compareTo(BigDecimal.valueOf(hour)) != 0) {
            return null;
        }
        int end = hourNumber.end();
        // "15:30"
        if (!hourNumber.spelled() && end + 2 < t.length() && t.charAt(end) == ':' && twoDigits(end + 1)) {
            int minute = Integer.parseInt(t.substring(end + 1, end + 3));
            return minute < 60 ? dayPart(k.start(), end + 3, hour, minute) : null;
        }
        Token unit = next(end);
        if (unit == null) {
            return null;
        }
        boolean hLetter = (is(unit, "h")) && (unit.end() == t.length() || !Chars.isWordChar(t.charAt(unit.end())));
        boolean hoursWord = is(unit, "heure") || is(unit, "heures");
        if (!hLetter && !hoursWord) {
            return null;
        }
        end = unit.end();
        Minutes minutes = minutesAfter(end, hLetter || hoursWord);
        int minute = minutes.minute;
        end = minutes.end;
        if (minute < 0) {
            hour = (hour + 23) % 24;
            minute += 60;
        }
        if (minute >= 60) {
            return null;
        }
        boolean needsContext = hoursWord;
        TimeAt time = dayPart(k.start(), end, hour, minute);
        return new TimeAt(time.start, time.end, time.hour, time.minute, 0, needsContext && time.end == end);
    }

    private record Minutes(int end, int minute) {
    }

    /**
     * The minutes after an hour: "et quart", "et demie", "trois quarts",
     * "moins le quart", "moins cinq", "30", "trente", "et quinze minutes",
     * "passé de 15 minutes". Two bare digits count only after "h" or "heures".
     */
    private Minutes minutesAfter(int end, boolean digitsAllowed) {
        Token m = next(end);
        if (m == null) {
            return new Minutes(end, 0);
        }
        if (is(m, "et")) {
            Token what = next(m.end());
            if (is(what, "quart")) {
                return new Minutes(what.end(), 15);
            }
            if (what != null && halfWord(what)) {
                return new Minutes(what.end(), 30);
            }
            Minutes counted = countedMinutes(m.end());
            return counted != null ? counted : new Minutes(end, 0);
        }
        if (is(m, "moins")) {
            Token what = next(m.end());
            if (is(what, "le") && is(next(what.end()), "quart")) {
                return new Minutes(next(what.end()).end(), -15);
            }
            ParsedNumber n = numberAt(what);
            if (n != null && !n.hasScale() && n.value().intValue() > 0 && n.value().intValue() < 60) {
                Token unit = next(n.end());
                int e = is(unit, "minutes") || is(unit, "minute") ? unit.end() : n.end();
                return new Minutes(e, -n.value().intValue());
            }
            return new Minutes(end, 0);
        }
        if (is(m, "passe") || is(m, "passees")) {
            Token de = next(m.end());
            Minutes counted = is(de, "de") ? countedMinutes(de.end()) : null;
            return counted != null ? counted : new Minutes(end, 0);
        }
        if (is(m, "trois") && is(next(m.end()), "quarts")) {
            return new Minutes(next(m.end()).end(), 45);
        }
        if (isDigits(m) && m.end() - m.start() == 2 && digitsAllowed && !isUnitAfter(next(m.end()))) {
            int minute = intOf(m);
            return minute < 60 ? new Minutes(m.end(), minute) : new Minutes(end, 0);
        }
        if (!isDigits(m)) {
            ParsedNumber n = numberAt(m);
            if (n != null && n.spelled() && !n.approximate() && n.value().intValue() > 0 && n.value().intValue() < 60
                    && !isUnitAfter(next(n.end()))) {
                Token unit = next(n.end());
                int e = is(unit, "minutes") || is(unit, "minute") ? unit.end() : n.end();
                return new Minutes(e, n.value().intValue());
            }
        }
        Minutes counted = countedMinutes(end);
        return counted != null ? counted : new Minutes(end, 0);
    }

    /** "quinze minutes", "30 minutes". */
    private Minutes countedMinutes(int pos) {
        ParsedNumber n = numberAt(next(pos));
        if (n == null || n.hasScale() || n.value().intValue() <= 0 || n.value().intValue() >= 60) {
            return null;
        }
        Token unit = next(n.end());
        return is(unit, "minutes") || is(unit, "minute") ? new Minutes(unit.end(), n.value().intValue()) : null;
    }

    /** A unit other than minutes after a number: "15 jours" is no "15" of minutes. */
    private boolean isUnitAfter(Token k) {
        String unit = k == null ? null : words.units().get(t, k);
        return unit != null && !unit.equals("MIN");
    }

    private boolean halfWord(Token k) {
        return is(k, "demi") || is(k, "demie");
    }


    /** "du matin", "du soir", "de l'après-midi" after a clock time: 8h du soir is 20:00. */
    private TimeAt dayPart(int start, int end, int hour, int minute) {
        Token de = next(end);
        if (de == null || !(is(de, "du") || is(de, "de"))) {
            return new TimeAt(start, end, hour, minute, 0, false);
        }
        Token partToken = next(de.end());
        if (is(partToken, "l")) {
            Token apostrophe = next(partToken.end());
            partToken = apostrophe == null ? null : next(apostrophe.end());
        }
        if (is(partToken, "mat")) {
            return new TimeAt(start, partToken.end(), hour, minute, 0, false);
        }
        PhraseTable.Match<String> partMatch = partAt(partToken);
        if (partMatch == null) {
            return new TimeAt(start, end, hour, minute, 0, false);
        }
        String part = partMatch.value();
        int h = hour;
        if ((part.equals("EV") || part.equals("AF") || part.equals("NI") && hour >= 6) && hour < 12) {
            h = hour + 12;
        }
        return new TimeAt(start, partMatch.end(), h, minute, 0, false);
    }


    /** A clock time on its own or after a date: "à 14h30", "le 2 mars à 5h", "demain à 9 heures". */
    TemporalReading timeOfDay(int pos, TemporalReading date, boolean prepositionBefore) {
        int p = pos;
        Token k = next(p);
        boolean preposition = prepositionBefore;
        PhraseTable.Match<Boolean> prep = k == null ? null : words.timePrepositions().matchAt(t, k.start());
        if (prep != null && prep.start() == k.start()) {
            p = prep.end();
            preposition = true;
        }
        boolean until = is(k, "jusqu");
        TimeAt time = clockTime(p);
        if (time == null || time.needsContext && !preposition && date == null
                && (afterTime(time.end, true) == null || afterTime(time.end, true).part == null)) {
            return null;
        }
        int start = date != null ? date.start() : time.start;
        Temporal day = date == null ? null : date.expr();
        int hour = time.hour;
        int end = time.end;
        // "à 3 heures cet après-midi", "8 heures ce soir", "13h30 samedi 21 septembre"
        After after = afterTime(end, date == null);
        if (after != null) {
            if (after.part != null && hour < 12 && (after.part.equals("AF") || after.part.equals("EV"))) {
                hour += 12;
            }
            if (after.day != null) {
                day = after.day;
            }
            end = after.end;
        }
        Temporal.ClockTime clock = new Temporal.ClockTime(day, hour, time.minute, 0, isMidnightWord(time));
        if (until && date != null) {
            return new TemporalReading(start, end, Kind.PERIOD, new Temporal.UpTo(clock));
        }
        return new TemporalReading(start, end, Kind.TIME, clock);
    }

    /** "jeudi de 9h à 11h": a day, then a range of hours on it. */
    TemporalReading hoursOfDay(TemporalReading date) {
        Token k = next(date.end());
        if (k == null || !date.namesDay()) {
            return null;
        }
        TemporalReading hours = is(k, "de") ? timePeriod(k.start(), k.end(), "a") : is(k, "entre")
                ? timePeriod(k.start(), k.end(), "et") : null;
        if (hours == null || hours.end() > date.end() + 200) {
            return null;
        }
        Temporal.Hours h = (Temporal.Hours) hours.expr();
        return new TemporalReading(date.start(), hours.end(), Kind.PERIOD,
                new Temporal.Hours(date.expr(), h.fromHour(), h.fromMinute(), h.toHour(), h.toMinute()));
    }

    private boolean isMidnightWord(TimeAt time) {
        Token k = next(time.start);
        Integer clock = k == null ? null : words.clockWords().get(t, k);
        return clock != null && clock == 0;
    }

    /** A part of the day starting at token {@code k} ("soir", "après-midi"), or null. */
    private PhraseTable.Match<String> partAt(Token k) {
        if (k == null) {
            return null;
        }
        PhraseTable.Match<String> part = words.partsOfDay().matchAt(t, k.start());
        return part != null && part.start() == k.start() ? part : null;
    }

    /**
     * The part of the day after a day ending at {@code end}, right after it ("jeudi
     * soir") or through a link ("jeudi en fin d'après-midi", "le 15 février au matin").
     */
    private PhraseTable.Match<String> partAfterDay(int end) {
        Token k = next(end);
        PhraseTable.Match<String> part = partAt(k);
        if (part != null || k == null) {
            return part;
        }
        PhraseTable.Match<Boolean> link = words.partOfDayLinks().matchAt(t, k.start());
        return link == null || link.start() != k.start() ? null : partAt(next(link.end()));
    }

    /** A date with its day ("le 15 février", "demain") and the part of that day after it, or null. */
    TemporalReading dayWithPart(TemporalReading date) {
        if (date == null || !date.namesDay()) {
            return null;
        }
        PhraseTable.Match<String> part = partAfterDay(date.end());
        return part == null ? null
                : new TemporalReading(date.start(), part.end(), Kind.TIME, new Temporal.DayPart(date.expr(), part.value()));
    }

    /** What may follow a clock time: a day, a part of the day, or both. */
    private record After(int end, Temporal day, String part) {
    }

    /**
     * "cet après-midi", "ce soir", "dans la soirée", "demain après-midi",
     * "samedi 21 septembre" after a time; a day only when {@code dayAllowed}.
     */
    private After afterTime(int end, boolean dayAllowed) {
        Token k = next(end);
        if (k == null) {
            return null;
        }
        if (is(k, "dans") && is(next(k.end()), "la")) {
            PhraseTable.Match<String> part = partAt(next(next(k.end()).end()));
            return part == null ? null : new After(part.end(), null, part.value());
        }
        if (is(k, "ce") || is(k, "cet") || is(k, "cette")) {
            PhraseTable.Match<String> part = partAt(next(k.end()));
            return part == null ? null : new After(part.end(), TODAY, part.value());
        }
        if (!dayAllowed) {
            return null;
        }
        TemporalReading day = relativeDay(k.start());
        if (day == null && weekdayAt(k) != null) {
            day = calendarDate(k.start(), false);
        }
        if (day == null && is(k, "le")) {
            TemporalReading d = calendarDate(k.end(), true);
            day = d != null && d.date() != null && d.date().day() != null ? d.from(k.start()) : null;
        }
        if (day == null) {
            return null;
        }
        PhraseTable.Match<String> part = partAt(next(day.end()));
        return new After(part == null ? day.end() : part.end(), day.expr(), part == null ? null : part.value());
    }

    /** The day written right after a time: "13h30 samedi 21 septembre", "8 heures ce soir", "9h jeudi". */
    private TemporalReading dayAfterTime(int end) {
        Token k = next(end);
        if (k == null) {
            return null;
        }
        TemporalReading partOfDay = partOfDay(k.start());
        if (partOfDay != null) {
            return partOfDay;
        }
        TemporalReading relative = relativeDay(k.start());
        if (relative != null) {
            return relative;
        }
        if (weekdayAt(k) != null) {
            return calendarDate(k.start(), false);
        }
        if (is(k, "le")) {
            TemporalReading d = calendarDate(next(k.end()) == null ? k.end() : next(k.end()).start(), true);
            return d != null && d.date() != null && d.date().day() != null ? d : null;
        }
        return null;
    }

    /** "ce soir" (TEV), "cette nuit", "demain matin", "mardi soir". */
    TemporalReading partOfDay(int pos) {
        Token k = next(pos);
        if (k == null) {
            return null;
        }
        int start = k.start();
        if (is(k, "ce") || is(k, "cet") || is(k, "cette")) {
            PhraseTable.Match<String> part = partAt(next(k.end()));
            return part == null ? null : new TemporalReading(start, part.end(), Kind.TIME, new Temporal.DayPart(TODAY, part.value()));
        }
        TemporalReading date = relativeDay(pos);
        if (date == null && weekdayAt(k) != null) {
            date = calendarDate(pos, false);
        }
        if (date == null) {
            return null;
        }
        PhraseTable.Match<String> part = partAfterDay(date.end());
        return part == null ? null : new TemporalReading(start, part.end(), Kind.TIME, new Temporal.DayPart(date.expr(), part.value()));
    }

    // ------------------------------------------------------------------ relative

    /** "aujourd'hui", "hier", "demain", "avant-hier", "la veille". */
    TemporalReading relativeDay(int pos) {
        PhraseTable.Match<Integer> m = words.relativeDays().matchAt(t, pos);
        Token k = next(pos);
        if (m == null || k == null || m.start() != k.start()) {
            return null;
        }
        // "le lendemain du 13 février": counted from that day
        Token du = next(m.end());
        if (m.value() != 0 && (is(du, "du") || is(du, "de"))) {
            TemporalReading base = calendarDate(du.end(), true);
            if (base != null && base.namesDay()) {
                return new TemporalReading(m.start(), base.end(), Kind.DATE, new Temporal.RelativeDay(m.value(), base.expr()));
            }
        }
        return new TemporalReading(m.start(), m.end(), Kind.DATE, new Temporal.RelativeDay(m.value(), null));
    }

    // ------------------------------------------------------------------ periods

    /**
     * The periods still read in Java: two clock times ("de 9h à 11h") and two
     * decades. Periods of dates and years are rules (time/periods.rules).
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
        // times first: "de 9h à 11h"
        TemporalReading period = timePeriod(start, firstPos, closing);
        if (period != null) {
            return period;
        }
        Token firstToken = next(firstPos);
        if (firstToken == null) {
            return null;
        }
        return null;
    }

    /** "de 9h à 11h", "entre 9h30 et 11h", "9h30 - 11h00", "de 20h45 à 00h15", then perhaps a day. */
    private TemporalReading timePeriod(int start, int firstPos, String closing) {
        TimeAt first = clockTime(firstPos);
        if (first == null) {
            return null;
        }
        Token connector = next(first.end);
        if (connector == null) {
            return null;
        }
        int secondPos;
        if (closing == null && dashBetween(new Token(first.end, first.end), connector)) {
            secondPos = first.end;
            while (secondPos < t.length() && (Chars.isSpace(t.charAt(secondPos)) || Chars.isRangeDash(t.charAt(secondPos)))) {
                secondPos++;
            }
        } else if ("et".equals(closing) && is(connector, "et") || "a".equals(closing) && is(connector, "a")) {
            secondPos = connector.end();
        } else if ("a".equals(closing) && is(connector, "jusqu")) {
            Token apostrophe = next(connector.end());
            Token a = apostrophe == null ? null : next(apostrophe.end());
            if (!is(a, "a")) {
                return null;
            }
            secondPos = a.end();
        } else {
            return null;
        }
        TimeAt second = clockTime(secondPos);
        if (second == null) {
            return null;
        }
        int end = second.end;
        Temporal day = null;
        TemporalReading dayAfter = dayAfterTime(end);
        if (dayAfter != null && dayAfter.kind() == Kind.DATE) {
            end = dayAfter.end();
            day = dayAfter.expr();
        }
        return new TemporalReading(start, end, Kind.PERIOD, new Temporal.Hours(day, first.hour, first.minute, second.hour,
                second.minute));
    }
}
