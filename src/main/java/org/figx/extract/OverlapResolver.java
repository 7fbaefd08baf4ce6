package org.figx.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.figx.Mention;

/**
 * Settles overlapping proposals once: the longest mention wins ("plus de 20
 * milliards USD" over the number "20 milliards"); on equal length money wins,
 * then percent, quantity, period, time, date ("à 20 heures" is a time), ordinal,
 * duration and plain number; then the earlier start. An ordinal and a duration of
 * one span are a spelled ordinal whose last word is a unit: "forty-second" is the
 * 42nd, which forty seconds would not be written as.
 *
 * <p>Proposals are swept in text order and only clusters of mutually
 * overlapping ones are weighed against each other, so the cost stays linear in
 * the number of proposals apart from one sort.
 */
final class OverlapResolver {
    /*
     * Comparators written out, not chained from lambdas and method references: the
     * first document of a run made eight classes for them at start-up.
     */

    /** The longest first; on equal length by {@link #precedence}, then the earlier start. */
    private static final Comparator<Mention> STRONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Mention a, Mention b) {
            int c = Integer.compare(b.length(), a.length());
            if (c == 0) {
                c = Integer.compare(precedence(a), precedence(b));
            }
            return c != 0 ? c : Integer.compare(a.start(), b.start());
        }
    };

    /** In text order. */
    private static final Comparator<Mention> BY_START = new Comparator<>() {
        @Override
        public int compare(Mention a, Mention b) {
            return Integer.compare(a.start(), b.start());
        }
    };

    /** In text order, the strongest first among those that start together. */
    private static final Comparator<Mention> BY_START_STRONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Mention a, Mention b) {
            int c = BY_START.compare(a, b);
            return c != 0 ? c : STRONGEST_FIRST.compare(a, b);
        }
    };

    private OverlapResolver() {
    }

    private static int precedence(Mention m) {
        return switch (m.kind()) {
            case MONEY -> 0;
            case PERCENT -> 1;
            case QUANTITY -> 2;
            case PERIOD -> 3;
            case TIME -> 4;
            case DATE -> 5;
            case ORDINAL -> 6;
            case DURATION -> 7;
            case NUMBER -> 8;
        };
    }

    static List<Mention> resolve(List<Mention> proposals) {
        List<Mention> byStart = new ArrayList<>(proposals);
        byStart.sort(BY_START_STRONGEST_FIRST);
        List<Mention> kept = new ArrayList<>(byStart.size());
        List<Mention> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (Mention m : byStart) {
            if (m.start() >= clusterEnd && !cluster.isEmpty()) {
                settle(cluster, kept);
                cluster.clear();
            }
            cluster.add(m);
            clusterEnd = Math.max(clusterEnd, m.end());
        }
        settle(cluster, kept);
        return kept;
    }

    /** Keeps the strongest mentions of a cluster that do not overlap each other, in text order. */
    private static void settle(List<Mention> cluster, List<Mention> kept) {
        if (cluster.size() == 1) {
            kept.add(cluster.get(0));
            return;
        }
        List<Mention> strongest = new ArrayList<>(cluster);
        strongest.sort(STRONGEST_FIRST);
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : strongest) {
            if (!overlapsAny(m, chosen)) {
                chosen.add(m);
            }
        }
        chosen.sort(BY_START);
        kept.addAll(chosen);
    }

    private static boolean overlapsAny(Mention m, List<Mention> chosen) {
        for (Mention c : chosen) {
            if (m.overlaps(c)) {
                return true;
            }
        }
        return false;
    }
}
