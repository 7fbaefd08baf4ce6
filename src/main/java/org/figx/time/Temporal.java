package org.figx.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * A temporal expression as written, before it is resolved: what the words say
 * ("the Monday of next week", "the end of 2025", "two months before the
 * reference"), with no date arithmetic done. Recognition builds these without
 * looking at the reference date, so what is found never depends on it;
 * {@link Resolver} turns one into a TIMEX3 value against a {@link Reference},
 * keeping unknown parts as X when there is none.
 *
 * <p>An expression that hangs on a day ("demain matin", "le 2 mars à 5h")
 * holds that day as another expression; a null day means the reference's own.
 */
public sealed interface Temporal {

    /** Whether this names one day, so that a clock time or a part of the day may hang on it. */
    default boolean namesDay() {
        return false;
    }

    /** "le 27 novembre 2024", "samedi dernier", "mars", "2023": a calendar date, any part unknown. */
    record CalendarDate(DateParts parts) implements Temporal {
        @Override
        public boolean namesDay() {
            return parts.hasDay();
        }
    }

    /**
     * "Thanksgiving", "Easter 2010", "last Chinese New Year", "Ramadan 2018": a holiday
     * whose day moves from year to year ({@code rule}, data of the language's holiday
     * list), in {@code year}, or in the year of the date {@code in} ("Thanksgiving in a
     * year"), or the nearest to the reference ({@code shift} 0), the next ({@code 1}) or
     * the last ({@code -1}) one.
     */
    record Holiday(HolidayRule rule, Integer year, int shift, Temporal in) implements Temporal {
        /**
         * The {@code shift} of "this Thanksgiving": the one of the reference's year; one
         * more or less, of the year after or before it ("Thanksgiving of next year").
         */
        public static final int THIS_YEAR = 100;

        @Override
        public boolean namesDay() {
            return !rule.isPeriod();
        }
    }

    /** "hier", "demain", "le lendemain du 13 février": days counted from the reference, or from {@code from}. */
    record RelativeDay(int days, Temporal from) implements Temporal {
        @Override
        public boolean namesDay() {
            return true;
        }
    }

    /**
     * "le lendemain", "la veille", "ce même jeudi": {@code of} told from the last day the
     * text named before it (the extractor resolves it against that day), else from the
     * reference; with {@code onlyAfterDay}, no mention at all when no day was named
     * ("dans la nuit" alone is no date of the story).
     */
    record Anaphoric(Temporal of, boolean onlyAfterDay) implements Temporal {
        @Override
        public boolean namesDay() {
            return of.namesDay();
        }
    }

    /**
     * "samedi et dimanche": {@code of}, a date whose next mention, a bare weekday in the same
     * sentence, is the first such day after it (the extractor resolves that one from this one's day).
     */
    record Leading(Temporal of) implements Temporal {
        @Override
        public boolean namesDay() {
            return of.namesDay();
        }
    }

    /**
     * "mardi de la semaine prochaine" (a weekday of the week {@code weeks} away),
     * "lundi en huit" ({@code afterNext}: {@code weeks} after the coming one).
     */
    record WeekdayInWeek(DayOfWeek weekday, int weeks, boolean afterNext) implements Temporal {
        @Override
        public boolean namesDay() {
            return true;
        }
    }

    /**
     * "il y a deux mois", "dans trois jours", "deux ans plus tard": the reference
     * moved by {@code count} units (S, MIN, H, D, W, M, Y), written at {@code grain}.
     */
    record Shift(String unit, long count, Grain grain) implements Temporal {
        @Override
        public boolean namesDay() {
            return grain == Grain.DAY;
        }
    }

    /**
     * "cette semaine", "le mois prochain", "l'an dernier", "ce week-end": the
     * reference's own unit (W, WE, M, Q, HALF, Y) moved by {@code shift}.
     */
    record Cycle(String unit, int shift) implements Temporal {
    }

    /** "la semaine du 6 octobre": the week holding a day. */
    record WeekOf(Temporal day) implements Temporal {
    }

    /** "l'été 2024", "l'été prochain" ({@code shift} 1), "au printemps": a season (SP, SU, FA, WI). */
    record Season(String season, Integer year, int shift) implements Temporal {
    }

    /** "T1 2024", "second semestre": a quarter (Q) or half (H) of a year, the reference's when none is written. */
    record YearPart(String code, int rank, Integer year) implements Temporal {
    }

    /** "les années 1990": the decade 199. */
    record Decade(int decade) implements Temporal {
    }

    /** "XXIe siècle": the century by its ordinal (21). */
    record Century(int ordinal) implements Temporal {
    }

    /** What the n-th of a month counts: days, one weekday, or weeks. */
    enum Counted { DAY, WEEKDAY, WEEK }

    /**
     * "le premier mercredi du mois prochain", "le dernier jour d'octobre 2015",
     * "la première semaine d'octobre": the {@code rank}-th (-1 the last) of a month.
     */
    record NthOfMonth(int rank, Counted counted, DayOfWeek weekday, Temporal month) implements Temporal {
    }

    /**
     * "14h30", "le 2 mars à 5h", "minuit": a clock time on a day ({@code day} null:
     * the reference's). {@code midnight} marks the word for midnight, which ends its day.
     */
    record ClockTime(Temporal day, int hour, int minute, int second, boolean midnight) implements Temporal {
        public ClockTime onDay(Temporal d) {
            return new ClockTime(d, hour, minute, second, midnight);
        }
    }

    /** "ce soir", "demain matin", "la nuit de samedi à dimanche": a part of a day (MO, AF, EV, NI). */
    record DayPart(Temporal day, String part) implements Temporal {
    }

    /** The TIMEX3 mods figx writes: "début 2025" START, "mi-2024" MID, "fin octobre" END. */
    enum Mod { START, MID, END }

    /** "fin 2025", "début octobre", "mi-2024": a part of a period, its value that of the period. */
    record Edge(Mod mod, Temporal of) implements Temporal {
    }

    /**
     * "du 27 au 28 novembre", "du 15 juin au 15 septembre": two dates, the first
     * taking what it lacks from the second; placed together nearest the reference.
     */
    record Dates(DateParts from, DateParts to) implements Temporal {
    }

    /** "de lundi à mercredi": the nearest such stretch of days. */
    record Weekdays(DayOfWeek from, DayOfWeek to) implements Temporal {
    }

    /** "entre 2020 et 2023", "des années 1980 aux années 2000": two ends, each resolved alone. */
    record Interval(Temporal from, Temporal to) implements Temporal {
    }

    /**
     * "de 9h à 11h", "jeudi entre 9h30 et 11h": two clock times on a day, the end
     * on the next day when it comes before the start ("de 20h45 à 00h15").
     */
    record Hours(Temporal day, int fromHour, int fromMinute, int toHour, int toMinute) implements Temporal {
    }

    /** "le 3 mars jusqu'à 14h": from the start of the day to a clock time on it. */
    record UpTo(ClockTime end) implements Temporal {
    }

    /** "les trois derniers mois" ({@code sign} -1), "les 3 prochains jours" (+1): N units next to the reference. */
    record UnitsAround(int count, String unit, int sign) implements Temporal {
    }

    /** "les 9 premiers mois de 2024", "les trois derniers mois de 2023": the first or last N units of a period. */
    record UnitsWithin(int count, String unit, boolean first, Temporal within) implements Temporal {
    }

    /** "24 heures", "12 ans et 3 mois": amounts by unit (Y, M, W, D, H, MIN, S, Q, HALF, DECADE…), in order. */
    record Duration(Map<String, BigDecimal> parts) implements Temporal {
        public static Duration of(BigDecimal amount, String unit) {
            return new Duration(Map.of(unit, amount));
        }
    }

    /** "toute la nuit", "tout l'après-midi": the length of a part of the day (MO, AF, EV, NI), PTNI. */
    record PartOfDayLength(String part) implements Temporal {
    }

    /** "entre deux et trois heures": two durations in one unit. */
    record DurationRange(Duration low, Duration high) implements Temporal {
    }

    /** How finely a resolved value is written. */
    enum Grain { TIME, DAY, WEEK, MONTH, YEAR }
}
