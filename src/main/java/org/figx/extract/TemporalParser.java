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
 * "27/11/2024"; {@link #clockTime} "14h30", "14 h 30", "à 20 heures", "midi et
 * demi"; {@link #relativeDate} "hier", "la semaine dernière", "il y a deux mois";
 * {@link #partOfYear} "fin octobre", "T1 2024", "été 2024", "les années 1990",
 * "XXIe siècle"; {@link #duration} "24 heures"; {@link #period} "du 27 au 28
 * novembre", "entre 2020 et 2023", "de 9h à 11h", "9 premiers mois de 2024".
 */
final class TemporalParser extends TemporalScanner {
    private record TimeAt(int start, int end, int hour, int minute, int second, boolean needsContext) {
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** The reference's own day: "ce soir" is tonight. */
    private static final Temporal TODAY = new Temporal.RelativeDay(0, null);

    private final PhraseTable<Integer> periodOrdinals;

    private final org.figx.grammar.Grammar<TemporalReading> grammar;

    TemporalParser(String text, Lexicon lexicon, org.figx.grammar.Grammar<TemporalReading> grammar) {
        super(text, lexicon);
        this.grammar = grammar;
        this.periodOrdinals = words.periodOrdinals();
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

    private TemporalReading reading(int start, int end, DateParts parts) {
        return parts.isValid() ? new TemporalReading(start, end, Kind.DATE, new CalendarDate(parts)) : null;
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
     * Two dates, times or years joined into a period: "du 27 au 28 novembre",
     * "entre le 13 et le 15 juillet", "13-15 juillet", "de janvier à mars 2024",
     * "entre 2020 et 2023", "2019-2021", "de 9h à 11h".
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
