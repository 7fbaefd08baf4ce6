package org.figx.grammar;

import java.util.Set;

/** The slot types a pattern may name: what every language's scanner reads itself. */
public final class Slots {
    /** A whole count ("deux", "3", "un"); a year ("2024"); a calendar date; a date naming one day. */
    public static final Set<String> TYPES = Set.of("count", "year", "date", "day",
            "amount", "bare-amount", "word"); // durations: "2,5 heures", "une heure trente", any one word

    private Slots() {
    }

    public static boolean isSlot(String type) {
        return TYPES.contains(type);
    }
}
