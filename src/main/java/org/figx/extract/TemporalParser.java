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

/**
 * Reads one temporal expression at a position: a calendar date, a clock time,
 * a date with its time, a relative date, a duration or a period between two
 * of these. Each {@code read…} method returns the longest
 * reading starting exactly at the token at {@code pos}, or null; the
 * recognizer tries them at each temporal anchor and keeps the longest.
 *
 * <p>Grammar, by method: {@link #clockTime} "14h30", "14 h 30", "à 20 heures", "midi et
 * demi"; {@link #relativeDate} "hier", "la semaine dernière", "il y a deux mois";
 * "de 9h à 11h". Calendar dates ({@link #calendarDate} reads one through the
 * date rules for the methods here that still take a date), periods of dates, durations, boundaries ("fin octobre"), parts of
 * years ("T1 2024", "les années 1990", "XXIe siècle"), counted units ("9
 * premiers mois de 2024") and the nth day of a month are rules of the grammar
 * files ({@code lang/fr/time/*.rules}).
 */
final class TemporalParser extends TemporalScanner {
    private record TimeAt(int start, int end, int hour, int minute, int second, boolean needsContext) {
    }

    /** The reference's own day: "ce soir" is tonight. */
    private static final Temporal TODAY = new Temporal.RelativeDay(0, null);

    private final org.figx.grammar.Grammar<TemporalReading> grammar;

    TemporalParser(String text, Lexicon lexicon, org.figx.grammar.Grammar<TemporalReading> grammar) {
        super(text, lexicon);
        this.grammar = grammar;
    }

    // ------------------------------------------------------------------ tokens









    // ------------------------------------------------------------------ parts





    // ------------------------------------------------------------------ grammar




    /**
     * The calendar date at {@code pos}, as the date rules read it (time/dates.rules,
     * what fills the slot {@code {x:date}}); a bare day ("3") only when {@code
     * articled}. For the Java readings that still take a date.
     */
    TemporalReading calendarDate(int pos, boolean articled) {
        TemporalReading d = grammar.fill("date", this, pos);
        DateParts parts = d == null ? null : d.date();
        boolean bareDay = parts != null && parts.day() != null && parts.month() == null && parts.weekday() == null
                && parts.year() == null;
        return d == null || !articled && bareDay ? null : d;
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
