package org.figx.extract;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figx.Kind;
import org.figx.grammar.Rule;
import org.figx.time.Temporal;

/**
 * The builders of lengths of time (rules of {@code time/durations.rules}):
 * an amount of a unit, a sum of parts, a range. Units are the codes of the
 * word lists (Y, M, W, D, H, MIN, S, Q, HALF, DECADE…); no word is known here.
 */
final class DurationBuilders {
    /** The units a duration of several parts may have, largest first, as ISO 8601 writes them. */
    private static final List<String> PARTS = List.of("Y", "M", "W", "D", "H", "MIN", "S");
    /** The unit below an hour and a minute, and how many of it make one. */
    private static final Map<String, String> SMALLER = Map.of("H", "MIN", "MIN", "S");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private DurationBuilders() {
    }

    /**
     * {@code amount} of {@code unit}, plus {@code fraction} when given ("deux
     * heures et demie"); an amount below one hour or minute is counted in the
     * unit below ("une demi-heure" PT30M). With {@code below}, the amount must be
     * less ("un quart d'heure", below=1, is no "10 d'heures").
     */
    static TemporalReading duration(BigDecimal amount, String unit, BigDecimal fraction, BigDecimal below,
                                    int start, int end, Rule rule) {
        if (below != null && amount.compareTo(below) >= 0) {
            return null;
        }
        BigDecimal total = fraction == null ? amount : amount.add(fraction);
        String smaller = SMALLER.get(unit);
        if (smaller != null && total.compareTo(BigDecimal.ONE) < 0) {
            return reading(start, end, Temporal.Duration.of(total.multiply(SIXTY), smaller), rule);
        }
        return reading(start, end, Temporal.Duration.of(total, unit), rule);
    }

    /**
     * {@code first} then {@code rest}, its units all smaller ("2 heures 30
     * minutes", "12 ans et 3 mois"); {@code rest} may be an amount of
     * {@code unit} ("un an et un jour"). With {@code below}, that amount is
     * whole, fewer than {@code below}, and its unit the one just below the last
     * of {@code first} ("une heure trente": 30 MIN after H, below 60).
     */
    static TemporalReading sum(Temporal first, Object rest, String unit, BigDecimal below,
                               int start, int end, Rule rule) {
        if (!(first instanceof Temporal.Duration head)) {
            return null;
        }
        Map<String, BigDecimal> tail;
        if (rest instanceof TemporalReading r && r.expr() instanceof Temporal.Duration d) {
            tail = d.parts();
        } else if (unit != null && (rest instanceof BigDecimal || rest instanceof String)) {
            BigDecimal amount = rest instanceof BigDecimal b ? b : new BigDecimal((String) rest);
            boolean whole = amount.scale() <= 0 || amount.stripTrailingZeros().scale() <= 0;
            if (below != null && (!whole || amount.compareTo(below) >= 0
                    || PARTS.indexOf(unit) != lastPart(head) + 1)) {
                return null; // as on a clock: a whole count of the unit just below, fewer than make one
            }
            tail = Map.of(unit, amount);
        } else {
            return null;
        }
        int last = lastPart(head);
        Map<String, BigDecimal> parts = new LinkedHashMap<>(head.parts());
        for (var part : tail.entrySet()) {
            int at = PARTS.indexOf(part.getKey());
            if (last < 0 || at <= last || parts.containsKey(part.getKey())) {
                return null; // "2 heures 30 minutes 3 heures": each part smaller than the one before
            }
        }
        parts.putAll(tail);
        return reading(start, end, new Temporal.Duration(parts), rule);
    }

    /**
     * From {@code low} to {@code high}, {@code low} counted in the first unit of
     * {@code high}: "entre deux et trois heures" (PT2H to PT3H).
     */
    static TemporalReading range(BigDecimal low, Temporal high, int start, int end, Rule rule) {
        if (!(high instanceof Temporal.Duration h)) {
            return null;
        }
        var first = h.parts().entrySet().iterator().next();
        int order = low.compareTo(first.getValue());
        if (order > 0 || order == 0 && h.parts().size() == 1) {
            return null;
        }
        return new TemporalReading(start, end, Kind.DURATION,
                new Temporal.DurationRange(Temporal.Duration.of(low, first.getKey()), h), rule.name());
    }

    /** The place in {@link #PARTS} of the smallest unit of {@code d}, or -1 when one is not a part. */
    private static int lastPart(Temporal.Duration d) {
        int last = -1;
        for (String unit : d.parts().keySet()) {
            int at = PARTS.indexOf(unit);
            if (at < 0) {
                return -1;
            }
            last = Math.max(last, at);
        }
        return last;
    }

    private static TemporalReading reading(int start, int end, Temporal.Duration d, Rule rule) {
        return new TemporalReading(start, end, Kind.DURATION, d, rule.name());
    }
}
