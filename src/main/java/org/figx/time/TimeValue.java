package org.figx.time;

import java.time.LocalDate;
import org.figx.time.Temporal.Grain;
import org.figx.time.Temporal.Mod;

/**
 * A resolved temporal expression: its TIMEX3 value (a period's start), the end
 * of a period or null, the mod ("fin 2025" END) or null, and the one day it
 * names when that day is known (a clock time or a part of the day hangs on it).
 */
public record TimeValue(String value, String valueMax, Mod mod, LocalDate day) {

    public static TimeValue of(String value) {
        return new TimeValue(value, null, null, null);
    }

    public static TimeValue ofDay(LocalDate day) {
        return new TimeValue(Timex.day(day), null, null, day);
    }

    public static TimeValue period(String from, String to) {
        return new TimeValue(from, to, null, null);
    }

    public TimeValue withMod(Mod m) {
        return new TimeValue(value, valueMax, m, day);
    }

    /**
     * The grain of a complete calendar value: YEAR for "2024", MONTH for
     * "2024-11", DAY for "2024-11-27"; null for anything else (weeks, quarters,
     * times, values with X). Periods answer for their start.
     */
    public Grain calendarGrain() {
        return switch (value.length()) {
            case 4 -> digits(0, 4) ? Grain.YEAR : null;
            case 7 -> digits(0, 4) && value.charAt(4) == '-' && digits(5, 7) ? Grain.MONTH : null;
            case 10 -> digits(0, 4) && value.charAt(4) == '-' && digits(5, 7) && value.charAt(7) == '-'
                    && digits(8, 10) ? Grain.DAY : null;
            default -> null;
        };
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
        Grain grain = calendarGrain();
        if (grain == null || !reference.isKnown()) {
            return null;
        }
        LocalDate d = reference.day();
        return switch (grain) {
            case YEAR -> Timex.year(d.getYear());
            case MONTH -> Timex.month(d.getYear(), d.getMonthValue());
            default -> Timex.day(d);
        };
    }

    private boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
