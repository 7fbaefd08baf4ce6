package org.figx;

import java.util.Locale;

/** Whether a figure is a reported result or only a goal, forecast or estimate. */
public enum Modality {
    ACTUAL, TARGET, FORECAST, ESTIMATE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
