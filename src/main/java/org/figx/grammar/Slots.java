package org.figx.grammar;

import java.util.Set;

/** The slot types a pattern may name: what every language's scanner reads itself. */
public final class Slots {
    /**
     * A whole count ("deux", "3", "un"); a year ("2024"); a calendar date; a date naming one day
     * (these two filled by the rules that say {@code slot date day}); an ordinal lexeme ("21e", "XXIe");
     * a part of a year ("T1"); a decade ("1990", "90").
     */
    public static final Set<String> TYPES = Set.of("count", "year", "date", "day",
            "ordinal", "year-part", "decade",
            "dash", // a range dash between two ends: "13-15", "2019 – 2021"
            "amount", "bare-amount", // durations: "2,5 heures", "une heure trente"
            // the parts of calendar dates (extract/DateSlots); "word" is any one word
            "numeric-date", "slash-date", "day-of-month", "day-number", "weekday", "lone-weekday", "month",
            "lone-month", "date-year", "year-after-day", "year-figure", "word",
            // a date written out, not a bare day (filled by the rules that say so: time/dates.rules)
            "written-date",
            // a clock word standing alone ("midi", not in "après-midi"); "15:30" (its minutes from midnight);
            // "10:15:42" (its seconds from midnight); "1030" (hours and minutes in digits, its minutes)
            "clock-word", "colon-time", "colon-seconds", "clock-digits");


    private Slots() {
    }

    public static boolean isSlot(String type) {
        return TYPES.contains(type);
    }
}
