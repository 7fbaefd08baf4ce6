package org.figx;

import java.util.Locale;

/** Whether a figure is a reported result or only a goal, forecast or estimate. */
public enum Modality {
    ACTUAL, TARGET, FORECAST, ESTIMATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
