package org.figx.grammar;

import java.util.Set;

/** The slot types a pattern may name: what every language's scanner reads itself. */
public final class Slots {
    /**
     * A whole count ("deux", "3", "un"); a year ("2024"); a calendar date; a date naming one day;
     * a month name ("janv."); an ordinal lexeme ("21e", "XXIe"); a part of a year ("T1"); a decade ("1990", "90").
     */
    public static final Set<String> TYPES = Set.of("count", "year", "date", "day",
            "month", "ordinal", "year-part", "decade");

    private Slots() {
    }

    public static boolean isSlot(String type) {
        return TYPES.contains(type);
    }
}
