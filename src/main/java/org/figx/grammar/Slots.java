package org.figx.grammar;

import java.util.Set;

/** The slot types a pattern may name: what every language's scanner reads itself. */
public final class Slots {
    /** A whole count ("deux", "3", "un"); a year ("2024"); a calendar date; a date naming one day. */
    public static final Set<String> TYPES = Set.of("count", "year", "date", "day",
            // a clock word standing alone ("midi", not in "après-midi"); "15:30" (its minutes from
            // midnight); a range dash between two tokens ("9h-11h", "9 h – 11 h"); any one word
            "clock-word", "colon-time", "dash", "word");

    private Slots() {
    }

    public static boolean isSlot(String type) {
        return TYPES.contains(type);
    }
}
