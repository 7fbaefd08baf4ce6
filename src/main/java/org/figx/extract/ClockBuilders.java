package org.figx.extract;

import java.math.BigDecimal;
import java.util.Map;
import org.figx.Kind;
import org.figx.grammar.Rule;
import org.figx.time.DateParts;
import org.figx.time.Temporal;

/**
 * The builders of clock times, parts of days and ranges of hours
 * ({@code clock-times.rules}, {@code parts-of-day.rules}): what "14 h 30",
 * "minuit moins le quart", "8 heures du soir", "jeudi de 9h à 11h", "demain
 * matin" make once the rules have read them. Knows no language: hours and
 * minutes arrive as numbers, parts of the day as TIMEX3 codes (MO, AF, EV, NI).
 */
final class ClockBuilders {
    private ClockBuilders() {
    }

    static TemporalReading build(Rule rule, Map<String, Object> captures, int start, int end) {
        TemporalBuilders.Args a = new TemporalBuilders.Args(rule, captures);
        return switch (rule.builder()) {
            case "clock" -> clock(a, start, end, rule);
            case "time" -> time(a, start, end, rule);
            case "hours" -> hours(a, start, end, rule);
            case "part-of-day" -> partOfDay(a, start, end, rule);
            case "day" -> day(a, start, end, rule);
            case "clock-length" -> length(a, start, end, rule);
            case "lasting" -> lasting(a, start, end, rule);
            default -> throw new IllegalStateException("not a clock builder: " + rule.builder());
        };
    }

    /**
     * A clock time from {@code hour} (0–24) and {@code minute}, or {@code before}
     * minutes before the hour, or {@code time} (minutes from midnight), or
     * {@code seconds} (seconds from midnight: "10:15:42"), or the
     * {@code clock} of another rule (on the hour, {@code minute} after it or {@code before}
     * it: "half past 3 pm"); then {@code part} ("du soir") moves a morning
     * hour to the afternoon or evening. {@code midnight=yes}: an hour 0 written so
     * is the midnight that ends the day ("minuit"). {@code meridiem} (AM, PM: "3 pm",
     * "12 am") places an hour of 1 to 12 in its half of the day.
     */
    private static TemporalReading clock(TemporalBuilders.Args a, int start, int end, Rule rule) {
        int hour;
        int minute;
        int second = 0;
        boolean midnight;
        if (a.has("seconds")) {
            int seconds = a.integer("seconds");
            hour = seconds / 3600;
            minute = seconds / 60 % 60;
            second = seconds % 60;
            midnight = false;
        } else if (a.has("clock")) {
            Temporal.ClockTime c = a.clock("clock");
            if (c == null) {
                return null;
            }
            hour = c.hour();
            minute = c.minute();
            second = c.second();
            midnight = c.midnight();
            if (a.has("minute") || a.has("before")) { // "half past {3 pm}", "a quarter to {noon}": on the hour only
                Integer m = a.has("minute") ? a.wholeOrNull("minute") : Integer.valueOf(0);
                Integer b = a.has("before") ? a.wholeOrNull("before") : Integer.valueOf(0);
                if (m == null || b == null || minute != 0 || second != 0 || m < 0 || m >= 60 || b < 0 || b >= 60) {
                    return null;
                }
                minute = m - b;
                midnight = false;
                if (minute < 0) {
                    hour = (hour + 23) % 24;
                    minute += 60;
                }
            }
        } else if (a.has("time")) {
            int time = a.whole("time");
            hour = time / 60;
            minute = time % 60;
            midnight = false;
        } else {
            Integer h = a.wholeOrNull("hour");
            Integer m = a.has("minute") ? a.wholeOrNull("minute") : Integer.valueOf(0);
            Integer b = a.has("before") ? a.wholeOrNull("before") : Integer.valueOf(0);
            if (h == null || m == null || b == null || h < 0 || h > 24 || m < 0 || m >= 60 || b < 0 || b >= 60) {
                return null;
            }
            hour = h;
            minute = m - b;
            midnight = "yes".equals(a.textOrNull("midnight")) && hour == 0;
            if (minute < 0) {
                hour = (hour + 23) % 24;
                minute += 60;
            }
        }
        String meridiem = a.textOrNull("meridiem");
        if (meridiem != null) { // "3 pm", "12 am": an hour of the half of the day its mark names
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (meridiem.equals("PM") ? 12 : 0);
            midnight = false;
        }
        String part = a.textOrNull("part");
        if (part != null && hour < 12 && (part.equals("EV") || part.equals("AF") || part.equals("NI") && hour >= 6)) {
            hour += 12;
        }
        return reading(start, end, Kind.TIME, new Temporal.ClockTime(null, hour, minute, second, midnight), rule);
    }

    /**
     * A clock time on a day: {@code day} before it ("demain à 9 heures", "jeudi
     * matin à 9h30"), or {@code then} after it, a day or a part of one ("13h30
     * samedi", "à 3 heures cet après-midi": an afternoon or evening moves a
     * morning hour on). {@code until=yes}: from the day's start up to the time.
     */
    private static TemporalReading time(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal.ClockTime c = a.clock("clock");
        if (c == null) {
            return null;
        }
        Temporal day = a.expression("day");
        int hour = c.hour();
        Temporal then = a.expression("then");
        if (then instanceof Temporal.DayPart p) {
            if (hour < 12 && !c.midnight() && (p.part().equals("AF") || p.part().equals("EV"))) { // not "midnight tonight"
                hour += 12;
            }
            if (p.day() != null) {
                day = p.day();
            }
        } else if (then != null) {
            day = then;
        }
        Temporal.ClockTime clock = new Temporal.ClockTime(day, hour, c.minute(), c.second(), c.midnight());
        if ("yes".equals(a.textOrNull("until"))) {
            return day == null ? null : reading(start, end, Kind.PERIOD, new Temporal.UpTo(clock), rule);
        }
        return reading(start, end, Kind.TIME, clock, rule);
    }

    /**
     * From one clock time to another ("de 9h à 11h"), on {@code day} if given. With
     * {@code align=yes}, hours read on a 12-hour clock are put in order: a second
     * hour not after the first is in the afternoon ("11:30-1:30"), and a first hour
     * twelve hours on still before the second is too ("3-4pm": 15:00 to 16:00).
     */
    private static TemporalReading hours(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal.ClockTime from = a.clock("from");
        Temporal.ClockTime to = a.clock("to");
        if (from == null || to == null) {
            return null;
        }
        int fromHour = from.hour();
        int toHour = to.hour();
        if ("yes".equals(a.textOrNull("align"))) {
            // "3-4pm", "11:30-1:30": a 12-hour end is moved on to keep the range in order
            if (toHour < 12 && toHour * 60 + to.minute() <= fromHour * 60 + from.minute()) {
                toHour += 12;
            }
            if (fromHour < 12 && (fromHour + 12) * 60 + from.minute() < toHour * 60 + to.minute()) {
                fromHour += 12;
            }
        }
        return reading(start, end, Kind.PERIOD, new Temporal.Hours(a.expression("day"), fromHour, from.minute(),
                toHour, to.minute()), rule);
    }

    /**
     * A part of a day ({@code part}: MO, AF, EV, NI) of {@code day}, or of the day
     * {@code days} from the reference ("ce soir": 0), or of no day said.
     */
    private static TemporalReading partOfDay(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal day = a.expression("day");
        if (a.has("day") && (day == null || !day.namesDay())) {
            return null;
        }
        if (day == null && a.has("days")) {
            day = new Temporal.RelativeDay(a.whole("days"), null);
        }
        return reading(start, end, Kind.TIME,
                TemporalBuilders.anaphoric(a, new Temporal.DayPart(day, a.textOrNull("part"))), rule);
    }

    /**
     * A day a time or a part of the day may hang on: a reading naming one day,
     * where a day of the month alone needs its {@code article} ("le 3 à 9h", not
     * the "2" of "2 à 3 heures").
     */
    private static TemporalReading day(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal day = a.expression("day");
        if (day == null || !day.namesDay()) {
            return null;
        }
        if (day instanceof Temporal.CalendarDate c && !a.has("article")) {
            DateParts p = c.parts();
            if (p.month() == null && p.weekday() == null && p.year() == null) {
                return null;
            }
        }
        return reading(start, end, Kind.DATE, day, rule);
    }

    /**
     * From a clock time or a day, for a length of time: "4pm for 30 mins" (16:00 to 16:30),
     * "18th Dec for 10 days" (18 to 28 December). Whole hours and minutes after a clock time,
     * whole days or weeks after a day; nothing past the clock's day or the date's year.
     */
    private static TemporalReading lasting(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal from = a.expression("from");
        if (!(a.expression("length") instanceof Temporal.Duration d)) {
            return null;
        }
        long minutes = 0;
        long days = 0;
        for (Map.Entry<String, BigDecimal> part : d.parts().entrySet()) {
            BigDecimal v = part.getValue();
            if (v.stripTrailingZeros().scale() > 0) {
                return null;
            }
            switch (part.getKey()) {
                case "H" -> minutes += v.longValue() * 60;
                case "MIN" -> minutes += v.longValue();
                case "D" -> days += v.longValue();
                case "W" -> days += v.longValue() * 7;
                default -> {
                    return null;
                }
            }
        }
        if (from instanceof Temporal.ClockTime c && days == 0 && minutes > 0) {
            long until = c.hour() * 60L + c.minute() + minutes;
            return until >= 24 * 60 ? null : reading(start, end, Kind.PERIOD, new Temporal.Hours(c.day(), c.hour(),
                    c.minute(), (int) (until / 60), (int) (until % 60)), rule);
        }
        if (from instanceof Temporal.CalendarDate c && minutes == 0 && days > 0 && days <= 366
                && c.parts().month() != null && c.parts().day() != null && c.parts().weekday() == null) {
            DateParts p = c.parts();
            int year = p.year() != null ? p.year() : 2001; // a year with no 29 February when none is written
            java.time.LocalDate first = java.time.LocalDate.of(year, p.month(), p.day());
            java.time.LocalDate last = first.plusDays(days);
            if (last.getYear() != year) {
                return null;
            }
            return reading(start, end, Kind.PERIOD, new Temporal.Dates(p,
                    DateParts.of(p.year(), last.getMonthValue(), last.getDayOfMonth())), rule);
        }
        return null;
    }

    /** The hours and minutes of a clock-style time as a length of time: "prend 2 h 15" (PT2H15M). */
    private static TemporalReading length(TemporalBuilders.Args a, int start, int end, Rule rule) {
        Temporal.ClockTime c = a.clock("clock");
        if (c == null) {
            return null;
        }
        Map<String, BigDecimal> parts = new java.util.LinkedHashMap<>();
        if (c.hour() > 0) {
            parts.put("H", BigDecimal.valueOf(c.hour()));
        }
        if (c.minute() > 0) {
            parts.put("MIN", BigDecimal.valueOf(c.minute()));
        }
        return parts.isEmpty() ? null : reading(start, end, Kind.DURATION, new Temporal.Duration(parts), rule);
    }

    private static TemporalReading reading(int start, int end, Kind kind, Temporal expr, Rule rule) {
        return new TemporalReading(start, end, kind, expr, rule.name());
    }
}
