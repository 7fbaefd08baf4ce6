package org.figx.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.figx.Mention;

/**
 * Settles overlapping proposals once: the longest mention wins ("plus de 20
 * milliards USD" over the number "20 milliards"); on equal length money wins,
 * then percent, quantity, period, time, date, duration ("à 20 heures" is a
 * time), ordinal and plain number; then the earlier start.
 *
 * <p>Proposals are swept in text order and only clusters of mutually
 * overlapping ones are weighed against each other, so the cost stays linear in
 * the number of proposals apart from one sort.
 */
final class OverlapResolver {
    private static final Comparator<Mention> STRONGEST_FIRST = Comparator.comparingInt(Mention::length).reversed()
            .thenComparingInt(OverlapResolver::precedence)
            .thenComparingInt(Mention::start);

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
            case DURATION -> 6;
            case ORDINAL -> 7;
            case NUMBER -> 8;
        };
    }

    static List<Mention> resolve(List<Mention> proposals) {
        List<Mention> byStart = new ArrayList<>(proposals);
        byStart.sort(Comparator.comparingInt(Mention::start).thenComparing(STRONGEST_FIRST));
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
            if (chosen.stream().noneMatch(m::overlaps)) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        kept.addAll(chosen);
    }
}
