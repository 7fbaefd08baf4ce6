package org.figx;

import java.util.Locale;

/**
 * How a figure relates to its value: "plus de 20" is MORE_THAN 20. Temporal
 * mentions also take the TIMEX3 mods START ("début 2025"), MID ("mi-2024")
 * and END ("fin octobre").
 */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST, START, MID, END;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    public static Qualifier fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
