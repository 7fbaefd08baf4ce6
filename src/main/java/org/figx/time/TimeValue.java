package org.figx.time;

import java.time.LocalDate;
import org.figx.time.Temporal.Grain;
import org.figx.time.Temporal.Mod;

/**
 * A resolved temporal expression: its TIMEX3 value (a period's start), the end
 * of a period or null, the mod ("fin 2025" END) or null, and the one day it
 * names when that day is known (a clock time or a part of the day hangs on it),
 * and the calendar grain of a complete year, month or day ("2024", "2024-11",
 * "2024-11-27"), null for anything else (weeks, times, values with X).
 */
public record TimeValue(String value, String valueMax, Mod mod, LocalDate day, Grain calendarGrain) {

    public static TimeValue of(String value) {
        return new TimeValue(value, null, null, null, null);
    }

    public static TimeValue ofDay(LocalDate day) {
        return new TimeValue(Timex.day(day), null, null, day, Grain.DAY);
    }

    public static TimeValue period(String from, String to) {
        return new TimeValue(from, to, null, null, null);
    }

    public TimeValue withMod(Mod m) {
        return new TimeValue(value, valueMax, m, day, calendarGrain);
    }

    /** The year this value (or period) ends in, when its year is written; else null. */
    public Integer endYear() {
        String end = valueMax != null ? valueMax : value;
        if (end.length() < 4 || end.length() > 4 && end.charAt(4) != '-') {
            return null; // decades ("199"), centuries ("20"), durations
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(end.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(end, 0, 4, 10);
    }

    /** The reference's day written at this value's calendar grain ("2024", "2024-11"), or null. */
    public String referenceAtSameGrain(Reference reference) {
        if (calendarGrain == null || !reference.isKnown()) {
            return null;
        }
        LocalDate d = reference.day();
        return switch (calendarGrain) {
            case YEAR -> Timex.year(d.getYear());
            case MONTH -> Timex.month(d.getYear(), d.getMonthValue());
            default -> Timex.day(d);
        };
    }
}
