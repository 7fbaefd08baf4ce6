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
    static final Set<String> NAMES = Set.of("relative-day", "month-day", "holiday", "cycle", "season", "week-of", "shift",
            "day-part", NOT_TEMPORAL, "period",
            "duration", "duration-sum", "duration-range", "part-of-day-length", // DurationBuilders
            "edge", "year-part", "decade", "century", "interval", "units-around", "units-within", "nth-of-month", "nth-of-year",
            "date", "weekday-in-week", // DateBuilders
            "clock", "time", "hours", "part-of-day", "day", "clock-length", "lasting"); // ClockBuilders


    @Override
    public TemporalReading build(Rule rule, Map<String, Object> captures, int start, int end) {
        Args a = new Args(rule, captures);
        return switch (rule.builder()) {
            // "hier", "après-demain", "le lendemain du 13 février"
            case "relative-day" -> reading(start, end, Kind.DATE, anaphoric(a,
                    new Temporal.RelativeDay(a.integer("days"), a.expression("from"))), rule);
            // "Noël": a month and day written MM-DD
            case "month-day" -> monthDay(a.text("date"), start, end, rule);
            // "Thanksgiving", "Easter 2010", "last Chinese New Year", "Ramadan 2018" (holidays.txt rules)
            case "holiday" -> holiday(a, start, end, rule);
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
            // "du 27 au 28 novembre", "entre 2020 et 2023", "de lundi à mercredi"
            case "period" -> PeriodBuilders.period(a.value("from"), a.value("to"), a.value("days") != null,
                    a.value("weekdays") != null, start, end, rule.name());
            // "24 heures", "deux heures et demie", "une demi-heure"
            case "duration" -> DurationBuilders.duration(a.number("amount"), a.text("unit"),
                    a.optionalNumber("fraction"), a.optionalNumber("below"), start, end, rule);
            // "2 heures 30 minutes", "12 ans et 3 mois", "une heure trente"
            case "duration-sum" -> DurationBuilders.sum(a.expression("first"), a.required("rest"),
                    a.value("unit") == null ? null : a.text("unit"), a.optionalNumber("below"), start, end, rule);
            // "toute la nuit", "tout l'après-midi"
            case "part-of-day-length" -> reading(start, end, Kind.DURATION,
                    new Temporal.PartOfDayLength(a.text("part")), rule);
            // "entre deux et trois heures", "de cinq à dix ans"
            case "duration-range" -> DurationBuilders.range(a.number("low"), a.expression("high"), start, end, rule);
            // "fin 2025", "début du mois d'avril", "en fin de semaine"
            case "edge" -> YearBuilders.edge(a, start, end, rule);
            // "T1 2024", "second semestre"
            case "year-part" -> YearBuilders.yearPart(a, start, end, rule);
            // "les années 1990"
            case "decade" -> YearBuilders.decade(a, start, end, rule);
            // "XXIe siècle"
            case "century" -> YearBuilders.century(a, start, end, rule);
            // "des années 1980 aux années 2000"
            case "interval" -> YearBuilders.interval(a, start, end, rule);
            // "les trois derniers mois", "les 3 prochains jours"
            case "units-around" -> YearBuilders.unitsAround(a, start, end, rule);
            // "les 9 premiers mois de 2024"
            case "units-within" -> YearBuilders.unitsWithin(a, start, end, rule);
            // "le premier mercredi du mois prochain"
            case "nth-of-month" -> YearBuilders.nthOfMonth(a, start, end, rule);
            // "la 2e semaine de 2022", "le 100e jour de 2024"
            case "nth-of-year" -> YearBuilders.nthOfYear(a, start, end, rule);
            // "samedi 3 mars 2024", "mars dernier", "27/11/2024", "le 4"
            case "date" -> DateBuilders.date(a, start, end, rule);
            // "mardi de la semaine prochaine", "lundi en huit"
            case "weekday-in-week" -> DateBuilders.weekdayInWeek(a, start, end, rule);
            // "kind=time": only the readings of that kind are ruled out ("prend 2 h 15" is no time)
            case NOT_TEMPORAL -> new TemporalReading(start, end, a.value("kind") == null ? null
                    : Kind.valueOf(a.text("kind").toUpperCase(java.util.Locale.ROOT)), null, rule.name());
            case "clock", "time", "hours", "part-of-day", "day", "clock-length", "lasting" -> ClockBuilders.build(rule, captures, start, end);
            default -> throw new IllegalStateException(rule.file() + ":" + rule.line() + ": unknown builder "
                    + rule.builder() + " (known: " + new java.util.TreeSet<>(NAMES) + ")");
        };
    }

    /**
     * {@code expr}, told from the last day the text named when the rule says {@code anaphoric=yes}
     * (else from the reference) or {@code anaphoric=only} (else no mention).
     */
    static Temporal anaphoric(Args a, Temporal expr) {
        String anaphoric = a.textOrNull("anaphoric");
        return anaphoric == null ? expr : new Temporal.Anaphoric(expr, anaphoric.equals("only"));
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
     * A holiday of holidays.txt ({@code date}: a rule of {@link org.figx.time.HolidayRule}) in
     * {@code year}, or moved by {@code shift} (a direction: the next or last one; THIS: the
     * coming one), or in the year {@code years} from the reference's (a
     * direction: "of next year"), or the nearest to the reference.
     */
    private static TemporalReading holiday(Args a, int start, int end, Rule rule) {
        org.figx.time.HolidayRule holiday = org.figx.time.HolidayRule.parse(a.text("date"));
        if (holiday == null) {
            return null;
        }
        Object direction = a.value("shift");
        int shift = direction == Direction.THIS ? 1 // "this Thanksgiving": the coming one
                : a.value("years") != null ? Temporal.Holiday.THIS_YEAR + a.shift("years") : a.shift("shift");
        Integer year = a.value("year") == null ? null : a.number("year").stripTrailingZeros().scale() > 0 ? Integer.valueOf(0)
                : Integer.valueOf(a.number("year").intValue());
        if (year != null && (year < 1000 || year > 2199)) {
            return null; // "Easter two thousand ten" is a year; "Christmas 25" no holiday's
        }
        String date = a.text("date").strip();
        if (shift == 0 && a.value("in") == null && date.matches("\\d\\d-\\d\\d")) { // a fixed day: a calendar date ("Christmas 2024": 2024-12-25)
            DateParts parts = DateParts.of(year, Integer.parseInt(date, 0, 2, 10),
                    Integer.parseInt(date, 3, 5, 10));
            return parts.isValid() ? reading(start, end, Kind.DATE, new Temporal.CalendarDate(parts), rule) : null;
        }
        return reading(start, end, holiday.isPeriod() ? Kind.PERIOD : Kind.DATE,
                new Temporal.Holiday(holiday, year, shift, a.expression("in")), rule);
    }

    /**
     * The reference moved by a length of hours, minutes and seconds ({@code length}, a
     * duration: "in 2.5 hours", "in an hour and a half"), counted in the smallest whole unit.
     */
    private static TemporalReading shiftByLength(Args a, int start, int end, Rule rule) {
        if (!(a.expression("length") instanceof Temporal.Duration d)) {
            return null;
        }
        BigDecimal seconds = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> part : d.parts().entrySet()) {
            BigDecimal per = switch (part.getKey()) {
                case "H" -> BigDecimal.valueOf(3600);
                case "MIN" -> BigDecimal.valueOf(60);
                case "S" -> BigDecimal.ONE;
                default -> null;
            };
            if (per == null) {
                return null; // days and more: the rules with a count read them
            }
            seconds = seconds.add(part.getValue().multiply(per));
        }
        if (seconds.signum() <= 0 || seconds.stripTrailingZeros().scale() > 0) {
            return null;
        }
        long s = seconds.longValueExact() * a.integer("times");
        return s % 60 == 0 ? reading(start, end, Kind.TIME, new Temporal.Shift("MIN", s / 60, Temporal.Grain.TIME), rule)
                : reading(start, end, Kind.TIME, new Temporal.Shift("S", s, Temporal.Grain.TIME), rule);
    }

    /** The most days or weeks counted from a written day ("3 660 jours avant ..." is no date). */
    private static final long MAX_DAYS_FROM_A_DAY = 3660;

    /**
     * The reference moved by count × times units (or the day {@code from}, by days or weeks): a time for hours and less, a
     * date otherwise; a year counted at the grain {@code year-grain} says.
     */
    private static TemporalReading shift(Args a, int start, int end, Rule rule) {
        if (a.value("length") != null) {
            return shiftByLength(a, start, end, rule);
        }
        BigDecimal count = a.number("count");
        if (count.scale() > 0 && count.stripTrailingZeros().scale() > 0) {
            return null; // "dans 2,5 jours" is no date
        }
        long n = count.longValueExact() * a.integer("times");
        String unit = a.text("unit");
        if (a.value("from") != null) {
            // "trois jours avant le 14 juillet": counted from that day, in days or weeks only
            // (months and years from a day would need a calendar of their own)
            if (!"D".equals(unit) && !"W".equals(unit) || Math.abs(n) > MAX_DAYS_FROM_A_DAY) {
                return null;
            }
            int days = (int) ("W".equals(unit) ? 7 * n : n);
            return reading(start, end, Kind.DATE, new Temporal.RelativeDay(days, a.expression("from")), rule);
        }
        Temporal.Grain yearGrain = Temporal.Grain.valueOf(a.text("year-grain").toUpperCase(java.util.Locale.ROOT));
        return switch (unit) {
            case "S", "MIN", "H" -> reading(start, end, Kind.TIME, new Temporal.Shift(unit, n, Temporal.Grain.TIME), rule);
            case "D", "W", "M" -> reading(start, end, Kind.DATE, new Temporal.Shift(unit, n, Temporal.Grain.DAY), rule);
            case "Y" -> reading(start, end, Kind.DATE, new Temporal.Shift(unit, n, yearGrain), rule);
            default -> null;
        };
    }

    /** A rule's arguments, literal or captured. */
    record Args(Rule rule, Map<String, Object> captures) {
        Object value(String key) {
            String raw = rule.arguments().get(key);
            if (raw == null) {
                return null;
            }
            return raw.startsWith("$") ? captures.get(raw.substring(1)) : raw;
        }

        /** The error of a rule file whose rule gives no {@code what} its builder needs. */
        private IllegalStateException missing(String what) {
            return new IllegalStateException(rule.file() + ":" + rule.line() + ": rule " + rule.name() + " gives no " + what);
        }

        Object required(String key) {
            Object v = value(key);
            if (v == null) {
                throw missing("'" + key + "'");
            }
            return v;
        }

        String text(String key) {
            return String.valueOf(required(key));
        }

        /** The argument as text, or null when the rule gives none. */
        String textOrNull(String key) {
            Object v = value(key);
            return v == null ? null : v.toString();
        }

        boolean has(String key) {
            return value(key) != null;
        }

        /** A whole number, or null when it is not one ("2,5") or is out of any clock's or calendar's range. */
        Integer wholeOrNull(String key) {
            Object v = value(key);
            BigDecimal n = v instanceof BigDecimal b ? b : v instanceof Number i ? BigDecimal.valueOf(i.longValue())
                    : v == null ? null : new BigDecimal(v.toString());
            if (n == null || n.signum() != 0 && n.stripTrailingZeros().scale() > 0
                    || n.abs().compareTo(BigDecimal.valueOf(10_000)) > 0) {
                return null;
            }
            return n.intValue();
        }

        int whole(String key) {
            Integer n = wholeOrNull(key);
            if (n == null) {
                throw missing("whole '" + key + "'");
            }
            return n;
        }

        Temporal.ClockTime clock(String key) {
            return expression(key) instanceof Temporal.ClockTime c ? c : null;
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

        BigDecimal optionalNumber(String key) {
            return value(key) == null ? null : number(key);
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
