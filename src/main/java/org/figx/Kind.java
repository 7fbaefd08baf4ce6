package org.figx;

import java.util.Locale;

/** What a mention is. The CSV writes {@link #label()}. */
public enum Kind {
    NUMBER, ORDINAL, PERCENT, MONEY, QUANTITY, DATE, TIME, PERIOD, DURATION;

    /** The lower-case name used in output and on the command line ({@code money}). */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    /** Kinds whose value is a decimal number; the rest carry TIMEX3 values. */
    public boolean isNumeric() {
        return this.ordinal() <= QUANTITY.ordinal();
    }

    public static Kind fromLabel(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'");
    }
}
