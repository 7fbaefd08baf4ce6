package org.figx.extract;

import org.figx.Kind;
import org.figx.time.DateParts;
import org.figx.time.Temporal;

/**
 * The builder of periods joining two dates or years ({@code make period from=$from to=$to}):
 * it compares the two ends and returns null when they do not make a period.
 * Knows no language: what the words around the ends say comes as arguments.
 */
final class PeriodBuilders {
    private PeriodBuilders() {
    }

    /**
     * A period from {@code from} to {@code to}, each a date reading or a year
     * (a number), or null when the ends do not fit:
     * <ul>
     * <li>two years: the second after the first ("entre 2020 et 2023");</li>
     * <li>a year runs to a date with a year, never to a bare day or month
     * ("de 3 % en 2022 à 5 %"), and only a year runs to a year;</li>
     * <li>two weekdays alone are a stretch of days only when {@code weekdays}
     * says so ("de lundi à mercredi"; "du lundi au vendredi" is a schedule);</li>
     * <li>two bare days are days only when {@code days} says so (an article:
     * "du 10 au 12", "entre le 10 et le 12"; "entre 10 et 20" is a count);</li>
     * <li>the first end, completed by the last, must exist ("du 31 au 2 octobre"
     * has no 31 September).</li>
     * </ul>
     */
    static TemporalReading period(Object from, Object to, boolean days, boolean weekdays, int start, int end,
                                  String rule) {
        DateParts a = parts(from);
        DateParts b = parts(to);
        if (a == null || b == null) {
            return null;
        }
        if (isYearOnly(a) && isYearOnly(b)) {
            return b.year() > a.year() ? reading(start, end, new Temporal.Interval(
                    new Temporal.CalendarDate(a), new Temporal.CalendarDate(b)), rule) : null;
        }
        if (isYearOnly(a) && b.year() == null || isYearOnly(b)) {
            return null;
        }
        if (isWeekdayOnly(a) && isWeekdayOnly(b)) {
            return weekdays ? reading(start, end, new Temporal.Weekdays(a.weekday(), b.weekday()), rule) : null;
        }
        if (isBareDay(a) && isBareDay(b) && !days) {
            return null;
        }
        if (!a.completedBy(b).isValid()) {
            return null;
        }
        return reading(start, end, new Temporal.Dates(a, b), rule);
    }

    /** The calendar parts of an end: a date reading's, or a year's. */
    private static DateParts parts(Object end) {
        if (end instanceof TemporalReading r) {
            return r.date();
        }
        if (end instanceof Integer year) {
            return DateParts.of(year, null, null);
        }
        return null;
    }

    private static TemporalReading reading(int start, int end, Temporal expr, String rule) {
        return new TemporalReading(start, end, Kind.PERIOD, expr, rule);
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
}
