package org.figx.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.figx.Mention;

/**
 * Settles overlapping proposals once: the longest mention wins ("plus de 20
 * milliards USD" over the number "20 milliards"); on equal length the kind
 * listed first in {@link org.figx.Kind} after the numeric kinds' own order of
 * precedence (money, percent, then the rest) wins, then the earlier start.
 */
final class OverlapResolver {
    private OverlapResolver() {
    }

    private static int precedence(Mention m) {
        return switch (m.kind()) {
            case MONEY -> 0;
            case PERCENT -> 1;
            case QUANTITY -> 2;
            case PERIOD, DATE, TIME, DURATION -> 3;
            case ORDINAL -> 4;
            case NUMBER -> 5;
        };
    }

    static List<Mention> resolve(List<Mention> proposals) {
        List<Mention> byStrength = new ArrayList<>(proposals);
        byStrength.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparingInt(OverlapResolver::precedence)
                .thenComparingInt(Mention::start));
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : byStrength) {
            var before = kept.floorEntry(m.start());
            var after = kept.ceilingEntry(m.start());
            boolean clash = before != null && before.getValue().overlaps(m)
                    || after != null && after.getValue().overlaps(m);
            if (!clash) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
