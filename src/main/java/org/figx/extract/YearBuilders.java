package org.figx.extract;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.figx.Kind;
import org.figx.grammar.Rule;
import org.figx.time.DateParts;
import org.figx.time.Temporal;

/**
 * The builders of the rules for boundaries, parts of years, decades,
 * centuries, counted units and the nth day of a month ({@code make edge
 * mod=$mod year=$year}). Each returns null when its captures do not fit (a
 * third half-year, the 13 first months of a year): the rule then does not
 * match. Knows no language.
 */
final class YearBuilders {
    private YearBuilders() {
    }

    /**
     * "fin 2025", "début octobre", "fin du mois": a part ({@code mod} START, MID
     * or END) of a month or year written ({@code month}?, {@code year}?) or of
     * the reference's unit ({@code unit} W, M, Y moved by {@code shift}).
     */
    static TemporalReading edge(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal.Mod mod = Temporal.Mod.valueOf(a.text("mod"));
        Temporal of;
        if (a.value("unit") != null) {
            of = new Temporal.Cycle(a.text("unit"), a.shift("shift"));
        } else {
            Integer year = a.optionalInteger("year");
            Integer month = a.optionalInteger("month");
            if (year == null && month == null) {
                return null;
            }
            of = new Temporal.CalendarDate(DateParts.of(year, month, null));
        }
        return reading(start, end, Kind.DATE, new Temporal.Edge(mod, of), rule);
    }

    /**
     * "T1 2024" ({@code part} a TIMEX3 code, Q1..Q4 or H1..H2), "second semestre"
     * ({@code unit} Q or HALF and {@code rank}, 0 for the last), of {@code year} or the reference's.
     */
    static TemporalReading yearPart(TemporalBuilders.Args a, int start, int end, Rule rule) {
        String code;
        int rank;
        if (a.value("part") != null) {
            String part = a.text("part");
            code = part.substring(0, 1);
            rank = Integer.parseInt(part.substring(1));
        } else {
            code = a.text("unit").equals("Q") ? "Q" : "H";
            rank = a.integer("rank");
        }
        int parts = code.equals("Q") ? 4 : code.equals("H") ? 2 : 0;
        if (rank == 0) {
            rank = parts; // "dernier trimestre": the fourth
        }
        if (rank < 1 || rank > parts) {
            return null;
        }
        return reading(start, end, Kind.DATE, new Temporal.YearPart(code, rank, a.optionalInteger("year")), rule);
    }

    /** "les années 1990": the decade 199. */
    static TemporalReading decade(TemporalBuilders.Args a, int start, int end, Rule rule) {
        return reading(start, end, Kind.DATE, new Temporal.Decade(a.integer("decade")), rule);
    }

    /** "XXIe siècle": the century by its ordinal. */
    static TemporalReading century(TemporalBuilders.Args a, int start, int end, Rule rule) {
        int ordinal = a.integer("ordinal");
        return ordinal < 1 ? null : reading(start, end, Kind.DATE, new Temporal.Century(ordinal), rule);
    }

    /**
     * "des années 1980 aux années 2000": two ends, each what another rule made. A first
     * end that names a month without its year takes the second's ("fin mai - début juin
     * 2025": May 2025; "fin décembre - début janvier 2025": December 2024).
     */
    static TemporalReading interval(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal from = a.expression("from");
        Temporal to = a.expression("to");
        if (from == null || to == null) {
            return null;
        }
        Integer toYear = monthOf(to) == null ? null : monthOf(to).year();
        DateParts fromMonth = monthOf(from);
        if (toYear != null && fromMonth != null && fromMonth.year() == null && from instanceof Temporal.Edge e) {
            int year = fromMonth.month() > monthOf(to).month() ? toYear - 1 : toYear;
            from = new Temporal.Edge(e.mod(), new Temporal.CalendarDate(
                    new DateParts(year, fromMonth.month(), fromMonth.day(), fromMonth.weekday(), fromMonth.direction())));
        }
        return reading(start, end, Kind.PERIOD, new Temporal.Interval(from, to), rule);
    }

    /** The month an end names ("fin mai": an edge of May), or null. */
    private static DateParts monthOf(Temporal end) {
        Temporal of = end instanceof Temporal.Edge e ? e.of() : end;
        return of instanceof Temporal.CalendarDate c && c.parts().month() != null && c.parts().day() == null
                ? c.parts() : null;
    }

    /** "les trois derniers mois" ({@code sign} -1), "les 3 prochains jours" (+1): whole units next to the reference. */
    static TemporalReading unitsAround(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Integer count = whole(a.number("count"));
        return count == null ? null : reading(start, end, Kind.PERIOD,
                new Temporal.UnitsAround(count, a.text("unit"), a.shift("sign") < 0 ? -1 : 1), rule);
    }

    /**
     * "les 9 premiers mois de 2024", "les 12 premiers jours de janvier 2025": the
     * {@code side} (FIRST or LAST) {@code count} units of a period: months (M) of
     * {@code year} (the reference's when none), or days (D) of {@code month} ({@code year}?).
     */
    static TemporalReading unitsWithin(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Integer count = whole(a.number("count"));
        String unit = a.text("unit");
        Integer year = a.optionalInteger("year");
        Integer month = a.optionalInteger("month");
        if (count == null) {
            return null;
        }
        Temporal within;
        if (month != null) {
            int days = year == null ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
            if (!unit.equals("D") || count > days) {
                return null;
            }
            within = new Temporal.CalendarDate(DateParts.of(year, month, null));
        } else {
            if (!unit.equals("M") || count > 12) {
                return null;
            }
            within = year == null ? new Temporal.Cycle("Y", 0) : new Temporal.CalendarDate(DateParts.of(year, null, null));
        }
        boolean first = a.text("side").equals("FIRST");
        return reading(start, end, Kind.PERIOD, new Temporal.UnitsWithin(count, unit, first, within), rule);
    }

    /**
     * "le premier mercredi du mois prochain", "le dernier jour d'octobre 2015": the
     * {@code rank}-th (-1 the last) {@code weekday}, or day (D) or week (W) by
     * {@code unit}, of {@code month} ({@code year}?) or of the reference's month moved by {@code shift}.
     */
    static TemporalReading nthOfMonth(TemporalBuilders.Args a, int start, int end, Rule rule) {
        int rank = a.integer("rank");
        Temporal.Counted counted;
        DayOfWeek weekday = null;
        if (a.value("weekday") instanceof DayOfWeek d) {
            counted = Temporal.Counted.WEEKDAY;
            weekday = d;
        } else {
            String unit = a.text("unit");
            counted = unit.equals("D") ? Temporal.Counted.DAY : unit.equals("W") ? Temporal.Counted.WEEK : null;
        }
        if (counted == null || rank == 0 || counted == Temporal.Counted.DAY && rank > 31) {
            return null;
        }
        Integer month = a.optionalInteger("month");
        Temporal of = month == null ? new Temporal.Cycle("M", a.shift("shift"))
                : new Temporal.CalendarDate(DateParts.of(a.optionalInteger("year"), month, null));
        return reading(start, end, Kind.DATE, new Temporal.NthOfMonth(rank, counted, weekday, of), rule);
    }

    /**
     * "la 2e semaine de 2022" (2022-W02), "le 100e jour de 2024": the {@code rank}-th
     * (-1 the last) ISO week (W) or day (D) by {@code unit} of {@code year}; null when
     * the year has no such week or day.
     */
    static TemporalReading nthOfYear(TemporalBuilders.Args a, int start, int end, Rule rule) {
        int rank = a.integer("rank");
        int year = a.integer("year");
        String unit = a.text("unit");
        if (unit.equals("W")) {
            // ISO weeks: the week holding 4 January is the first, the one holding 28 December the last
            LocalDate last = LocalDate.of(year, 12, 28);
            int weeks = last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (rank == 0 || rank > weeks || -rank > weeks) {
                return null;
            }
            // -1 the last week, -3 the third last
            LocalDate day = rank < 0 ? last.plusWeeks(rank + 1L) : LocalDate.of(year, 1, 4).plusWeeks(rank - 1L);
            return reading(start, end, Kind.DATE, new Temporal.WeekOf(new Temporal.CalendarDate(
                    DateParts.of(year, day.getMonthValue(), day.getDayOfMonth()))), rule);
        }
        if (unit.equals("D")) {
            int length = Year.of(year).length();
            if (rank == 0 || rank > length || -rank > length) {
                return null;
            }
            LocalDate day = Year.of(year).atDay(rank < 0 ? length + rank + 1 : rank);
            return reading(start, end, Kind.DATE, new Temporal.CalendarDate(
                    DateParts.of(year, day.getMonthValue(), day.getDayOfMonth())), rule);
        }
        return null;
    }

    /** A count of whole units of at least one, or null ("2,5 derniers mois"). */
    private static Integer whole(BigDecimal count) {
        if (count.signum() <= 0 || count.stripTrailingZeros().scale() > 0 || count.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        return count.intValue();
    }

    private static TemporalReading reading(int start, int end, Kind kind, Temporal expr, Rule rule) {
        return new TemporalReading(start, end, kind, expr, rule.name());
    }
}
