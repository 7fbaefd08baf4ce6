package org.figx.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.figx.Kind;
import org.figx.grammar.Grammar;
import org.figx.grammar.Rule;
import org.figx.lang.TemporalWords.Direction;
import org.figx.time.DateParts;
import org.figx.time.Temporal;

/**
 * What a temporal rule makes ({@code make cycle unit=$unit shift=$dir}): one
 * builder per kind of typed expression, its arguments literal values or a
 * rule's captures ({@code $name}). Knows no language.
 */
final class TemporalBuilders implements Grammar.Builder<TemporalReading> {
    /**
     * The builder of a rule that says a stretch of text is no temporal
     * expression ("le lundi" is every Monday): it makes a reading with no kind
     * that removes every reading inside its span.
     */
    static final String NOT_TEMPORAL = "none";

    /** The builder names a rule may {@code make}. */
    static final Set<String> NAMES = Set.of("relative-day", "month-day", "cycle", "season", "week-of", "shift",
            "day-part", NOT_TEMPORAL, "clock", "time", "hours", "part-of-day", "day",
            "clock-length");


    @Override
    public TemporalReading build(Rule rule, Map<String, Object> captures, int start, int end) {
        Args a = new Args(rule, captures);
        return switch (rule.builder()) {
            // "hier", "après-demain", "le lendemain du 13 février"
            case "relative-day" -> reading(start, end, Kind.DATE,
                    new Temporal.RelativeDay(a.integer("days"), a.expression("from")), rule);
            // "Noël": a month and day written MM-DD
            case "month-day" -> monthDay(a.text("date"), start, end, rule);
            // "la semaine dernière", "ce mois-ci", "ce week-end"
            case "cycle" -> reading(start, end, Kind.DATE, new Temporal.Cycle(a.text("unit"), a.shift("shift")), rule);
            // "l'été prochain", "l'été 2024", "au printemps"
            case "season" -> reading(start, end, Kind.DATE,
                    new Temporal.Season(a.text("season"), a.optionalInteger("year"), a.shift("shift")), rule);
            // "la semaine du 13 mars"
            case "week-of" -> reading(start, end, Kind.DATE, new Temporal.WeekOf(a.expression("day")), rule);
            // "il y a deux mois", "trois jours plus tard"
            case "shift" -> shift(a, start, end, rule);
            // "la nuit de samedi à dimanche", "la nuit du 3 au 4 mai"
            case "day-part" -> reading(start, end, Kind.TIME,
                    new Temporal.DayPart(a.day("day", "until"), a.text("part")), rule);
            // "kind=time": only the readings of that kind are ruled out ("prend 2 h 15" is no time)
            case NOT_TEMPORAL -> new TemporalReading(start, end, a.value("kind") == null ? null
                    : Kind.valueOf(a.text("kind").toUpperCase(java.util.Locale.ROOT)), null, rule.name());
            case "clock", "time", "hours", "part-of-day", "day", "clock-length" -> ClockBuilders.build(rule, captures, start, end);
            default -> throw new IllegalStateException(rule.file() + ":" + rule.line() + ": unknown builder "
                    + rule.builder() + " (known: " + new java.util.TreeSet<>(NAMES) + ")");
        };
    }

    private static TemporalReading reading(int start, int end, Kind kind, Temporal expr, Rule rule) {
        return new TemporalReading(start, end, kind, expr, rule.name());
    }

    private static TemporalReading monthDay(String date, int start, int end, Rule rule) {
        int dash = date.indexOf('-');
        DateParts parts = DateParts.of(null, Integer.parseInt(date, 0, dash, 10),
                Integer.parseInt(date, dash + 1, date.length(), 10));
        return parts.isValid() ? reading(start, end, Kind.DATE, new Temporal.CalendarDate(parts), rule) : null;
    }

    /**
     * The reference moved by count × times units: a time for hours and less, a
     * date otherwise; a year counted at the grain {@code year-grain} says.
     */
    private static TemporalReading shift(Args a, int start, int end, Rule rule) {
        BigDecimal count = a.number("count");
        if (count.scale() > 0 && count.stripTrailingZeros().scale() > 0) {
            return null; // "dans 2,5 jours" is no date
        }
        long n = count.longValueExact() * a.integer("times");
        String unit = a.text("unit");
        Temporal.Grain yearGrain = Temporal.Grain.valueOf(a.text("year-grain").toUpperCase(java.util.Locale.ROOT));
        return switch (unit) {
            case "S", "MIN", "H" -> reading(start, end, Kind.TIME, new Temporal.Shift(unit, n, Temporal.Grain.TIME), rule);
            case "D", "W", "M" -> reading(start, end, Kind.DATE, new Temporal.Shift(unit, n, Temporal.Grain.DAY), rule);
            case "Y" -> reading(start, end, Kind.DATE, new Temporal.Shift(unit, n, yearGrain), rule);
            default -> null;
        };
    }

    /** A rule's arguments, literal or captured. */
    private record Args(Rule rule, Map<String, Object> captures) {
        Object value(String key) {
            String raw = rule.arguments().get(key);
            if (raw == null) {
                return null;
            }
            return raw.startsWith("$") ? captures.get(raw.substring(1)) : raw;
        }

        Object required(String key) {
            Object v = value(key);
            if (v == null) {
                throw new IllegalStateException(rule.file() + ":" + rule.line() + ": rule " + rule.name()
                        + " gives no '" + key + "'");
            }
            return v;
        }

        String text(String key) {
            return String.valueOf(required(key));
        }

        int integer(String key) {
            Object v = required(key);
            return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString());
        }

        Integer optionalInteger(String key) {
            return value(key) == null ? null : integer(key);
        }

        BigDecimal number(String key) {
            Object v = required(key);
            return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        }

        /** A direction word's shift ("prochain" +1, "dernier" -1, "ce" 0), or a written number. */
        int shift(String key) {
            Object v = value(key);
            if (v == null) {
                return 0;
            }
            if (v instanceof Direction d) {
                return d == Direction.NEXT ? 1 : d == Direction.LAST ? -1 : 0;
            }
            return integer(key);
        }

        /**
         * A captured day, completed by the parts of the {@code until} day it
         * leaves out ("du 3 au 4 mai": the 3rd of May).
         */
        Temporal day(String key, String until) {
            Temporal day = expression(key);
            if (day instanceof Temporal.CalendarDate first && expression(until) instanceof Temporal.CalendarDate last) {
                return new Temporal.CalendarDate(first.parts().completedBy(last.parts()));
            }
            return day;
        }

        /** A captured reading's expression, or null when the capture is absent. */
        Temporal expression(String key) {
            return value(key) instanceof TemporalReading r ? r.expr() : null;
        }
    }
}
