package org.figx.grammar;

import java.util.Set;

/** The slot types a pattern may name: what every language's scanner reads itself. */
public final class Slots {
    /**
     * A whole count ("deux", "3", "un"); a year ("2024"); a calendar date; a date
     * naming one day (these two filled by the rules that say {@code slot date day}).
     */
    public static final Set<String> TYPES = Set.of("count", "year", "date", "day",
            // the parts of calendar dates (extract/DateSlots)
            "numeric-date", "slash-date", "day-of-month", "day-number", "weekday", "lone-weekday", "month",
            "lone-month", "date-year", "year-after-day", "year-figure", "word",
            // a date written out, not a bare day (filled by the rules that say so: time/dates.rules)
            "written-date");

    private Slots() {
    }

    public static boolean isSlot(String type) {
        return TYPES.contains(type);
    }
}
