package org.figx.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.figx.time.Reference.Direction;

/**
 * A calendar date as written, any part possibly missing ("le 22 octobre" has
 * no year, "samedi" only a weekday), with the way it points when the words say
 * ("samedi dernier"). {@link #resolve} fills the gaps from the reference.
 */
public record DateParts(Integer year, Integer month, Integer day, DayOfWeek weekday, Direction direction) {

    public static DateParts of(Integer year, Integer month, Integer day) {
        return new DateParts(year, month, day, null, Direction.NEAREST);
    }

    public DateParts withYear(Integer y) {
        return new DateParts(y, month, day, weekday, direction);
    }

    public DateParts withMonth(Integer m) {
        return new DateParts(year, m, day, weekday, direction);
    }

    public DateParts withDirection(Direction d) {
        return new DateParts(year, month, day, weekday, d);
    }

    /**
     * The first date of a span, completed by its last: "du 3 au 4 mai" writes
     * the month and year once, at the end; "du 31 au 1er juin" crosses into the
     * month it names, so its first day is in the month before.
     */
    public DateParts completedBy(DateParts last) {
        DateParts first = this;
        if (first.month == null && first.day != null && last.month != null) {
            boolean crossesMonth = last.day != null && first.day > last.day;
            first = first.withMonth(crossesMonth ? (last.month + 10) % 12 + 1 : last.month);
        }
        if (first.year == null && last.year != null) {
            boolean crossesYear = first.month != null && last.month != null && first.month > last.month;
            first = first.withYear(crossesYear ? last.year - 1 : last.year);
        }
        return first;
    }

    public boolean hasDay() {
        return day != null || weekday != null;
    }

    /**
     * Whether the parts can name a real day whatever the reference ("31/02/2024",
     * "30 février" cannot): so that what is found never depends on the reference.
     */
    public boolean isValid() {
        if (month != null && (month < 1 || month > 12)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        if (day < 1 || day > 31) {
            return false;
        }
        if (month == null) {
            return true;
        }
        int longest = year == null ? java.time.Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
        return day <= longest;
    }

    /** A resolved date: the TIMEX3 value, and the day itself when it is known. */
    public record Resolved(String value, LocalDate date) {
    }

    /** The finest part written: DAY for a day of month or a weekday, then MONTH, then YEAR. */
    public Temporal.Grain grain() {
        if (day != null || weekday != null) {
            return Temporal.Grain.DAY;
        }
        return month != null ? Temporal.Grain.MONTH : Temporal.Grain.YEAR;
    }

    public Resolved resolve(Reference reference) {
        if (day != null && month != null && year != null) {
            LocalDate d = safeDate(year, month, day);
            return d == null ? null : new Resolved(Timex.day(d), d);
        }
        if (day != null && month != null) {
            if (!reference.isKnown()) {
                return new Resolved(Timex.day(null, month, day), null);
            }
            // "le lundi 3 mars": the year near the reference whose 3 March is a Monday, when one is
            LocalDate d = weekday != null ? reference.dayOfYearOnWeekday(month, day, weekday, direction) : null;
            if (d == null) {
                d = reference.dayOfYear(month, day, direction);
            }
            return d == null ? null : new Resolved(Timex.day(d), d);
        }
        if (day != null && weekday != null) {
            if (!reference.isKnown()) {
                return new Resolved(Timex.day(null, null, day), null);
            }
            LocalDate d = nearestWithWeekday(reference.day(), day, weekday);
            return d == null ? null : new Resolved(Timex.day(d), d);
        }
        if (day != null) {
            if (!reference.isKnown()) {
                return new Resolved(Timex.day(null, null, day), null);
            }
            LocalDate d = reference.dayOfMonth(day, direction);
            return d == null ? null : new Resolved(Timex.day(d), d);
        }
        if (weekday != null) {
            if (!reference.isKnown()) {
                return new Resolved(Timex.weekday(weekday), null);
            }
            LocalDate d = reference.weekday(weekday, direction);
            return new Resolved(Timex.day(d), d);
        }
        if (month != null && year != null) {
            return new Resolved(Timex.month(year, month), null);
        }
        if (month != null) {
            if (!reference.isKnown()) {
                return new Resolved(Timex.month(null, month), null);
            }
            YearMonth m = reference.month(month, direction);
            return new Resolved(Timex.month(m.getYear(), m.getMonthValue()), null);
        }
        if (year != null) {
            return new Resolved(Timex.year(year), null);
        }
        return null;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** "jeudi 15": the nearest month whose 15th is a Thursday. */
    private static LocalDate nearestWithWeekday(LocalDate today, int day, DayOfWeek weekday) {
        for (int distance = 0; distance <= 14; distance++) {
            for (int sign : new int[] {-1, 1}) {
                YearMonth m = YearMonth.from(today).plusMonths((long) sign * distance);
                if (day <= m.lengthOfMonth() && m.atDay(day).getDayOfWeek() == weekday) {
                    return m.atDay(day);
                }
            }
        }
        return null;
    }
}
