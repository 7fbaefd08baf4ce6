package org.figx.extract;

import org.figx.Kind;
import org.figx.time.DateParts;
import org.figx.time.Temporal;

/**
 * A temporal mention read from the text, before resolution: its span, kind,
 * typed expression and the name of the rule that read it ({@code --explain}).
 */
record TemporalReading(int start, int end, Kind kind, Temporal expr, String rule) {
    TemporalReading(int start, int end, Kind kind, Temporal expr) {
        this(start, end, kind, expr, null);
    }

    /** This reading, named by {@code name} unless a rule already named it. */
    TemporalReading named(String name) {
        return rule != null ? this : new TemporalReading(start, end, kind, expr, name);
    }

    /**
     * A reading of a {@code none} rule: no expression, and nothing inside its span
     * is one (of its {@code kind}, when it names one).
     */
    boolean isBlocker() {
        return expr == null;
    }

    /** Whether this blocker rules {@code r} out: inside its span, and of its kind if it names one. */
    boolean blocks(TemporalReading r) {
        return start <= r.start() && r.end() <= end && (kind == null || kind == r.kind());
    }

    int length() {
        return end - start;
    }

    /** The calendar date read, or null when the reading is something else. */
    DateParts date() {
        return expr instanceof Temporal.CalendarDate c ? c.parts() : null;
    }

    boolean namesDay() {
        return expr.namesDay();
    }

    TemporalReading from(int newStart) {
        return new TemporalReading(newStart, end, kind, expr, rule);
    }
}
