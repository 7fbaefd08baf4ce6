package org.figx.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.figx.time.Temporal.CalendarDate;
import org.figx.time.Temporal.Century;
import org.figx.time.Temporal.ClockTime;
import org.figx.time.Temporal.Cycle;
import org.figx.time.Temporal.Dates;
import org.figx.time.Temporal.DayPart;
import org.figx.time.Temporal.Decade;
import org.figx.time.Temporal.Duration;
import org.figx.time.Temporal.DurationRange;
import org.figx.time.Temporal.Edge;
import org.figx.time.Temporal.Hours;
import org.figx.time.Temporal.Interval;
import org.figx.time.Temporal.NthOfMonth;
import org.figx.time.Temporal.Anaphoric;
import org.figx.time.Temporal.RelativeDay;
import org.figx.time.Temporal.Season;
import org.figx.time.Temporal.Shift;
import org.figx.time.Temporal.UnitsAround;
import org.figx.time.Temporal.UnitsWithin;
import org.figx.time.Temporal.UpTo;
import org.figx.time.Temporal.WeekOf;
import org.figx.time.Temporal.WeekdayInWeek;
import org.figx.time.Temporal.Weekdays;
import org.figx.time.Temporal.YearPart;

/**
 * Resolves temporal expressions against a reference: all of figx's date
 * arithmetic. With no reference, what depends on it stays X at the grain the
 * expression has ("la semaine dernière" XXXX-WXX, "il y a deux mois" XXXX-XX-XX: a day, as with one).
 * Returns null only for an expression that names no real date ("31/02/2024")
 * whatever the reference.
 */
public final class Resolver {
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";
    private static final String UNKNOWN_TIME = "XXXX-XX-XXTXX:XX";

    private Resolver() {
    }

    public static TimeValue resolve(Temporal expression, Reference reference) {
        TimeValue value = resolveAt(expression, reference);
        if (value == null && reference.isKnown()) {
            // a day the reference cannot place ("le 5e mercredi du mois prochain" when it has four)
            // keeps its unknown parts as X: what is found never depends on the reference
            return resolveAt(expression, Reference.none());
        }
        return value;
    }

    private static TimeValue resolveAt(Temporal expression, Reference reference) {
        // Java 17 has no pattern switch: one test per kind of expression, the common ones first
        if (expression instanceof CalendarDate c) {
            return calendarDate(c.parts(), reference);
        } else if (expression instanceof Duration d) {
            return TimeValue.of(duration(d));
        } else if (expression instanceof ClockTime c) {
            return clock(c, reference).asValue();
        } else if (expression instanceof Edge e) {
            TimeValue of = resolve(e.of(), reference);
            return of == null ? null : of.withMod(e.mod());
        } else if (expression instanceof Dates d) {
            return Periods.dates(d.from(), d.to(), reference);
        } else if (expression instanceof Interval i) {
            return interval(i, reference);
        } else if (expression instanceof RelativeDay r) {
            return relativeDay(r, reference);
        } else if (expression instanceof Anaphoric a) {
            return resolveAt(a.of(), reference);
        } else if (expression instanceof Temporal.Leading l) {
            return resolveAt(l.of(), reference);
        } else if (expression instanceof Cycle c) {
            return cycle(c.unit(), c.shift(), reference);
        } else if (expression instanceof Shift s) {
            return shift(s, reference);
        } else if (expression instanceof DayPart p) {
            return dayPart(p, reference);
        } else if (expression instanceof Hours h) {
            return hours(h, reference);
        } else if (expression instanceof YearPart p) {
            return yearPart(p, reference);
        } else if (expression instanceof Season s) {
            return season(s, reference);
        } else if (expression instanceof UnitsWithin u) {
            return unitsWithin(u, reference);
        } else if (expression instanceof UnitsAround u) {
            return Periods.unitsAround(u.count(), u.unit(), u.sign(), reference);
        } else if (expression instanceof WeekdayInWeek w) {
            return weekdayInWeek(w, reference);
        } else if (expression instanceof WeekOf w) {
            return weekOf(w, reference);
        } else if (expression instanceof NthOfMonth n) {
            return nthOfMonth(n, reference);
        } else if (expression instanceof Weekdays w) {
            return Periods.weekdays(w.from(), w.to(), reference);
        } else if (expression instanceof UpTo u) {
            Clock end = clock(u.end(), reference);
            return TimeValue.period(Timex.time(end.dayValue, 0, 0), end.value);
        } else if (expression instanceof Temporal.Holiday h) {
            return holiday(h, reference);
        } else if (expression instanceof Temporal.PartOfDayLength p) {
            return TimeValue.of("PT" + p.part()); // TimeML writes a part of the day's length so: PTNI
        } else if (expression instanceof DurationRange r) {
            return TimeValue.period(duration(r.low()), duration(r.high()));
        } else if (expression instanceof Decade d) {
            return TimeValue.of(String.valueOf(d.decade()));
        } else if (expression instanceof Century c) {
            return TimeValue.of(Timex.century(c.ordinal()));
        }
        throw new IllegalArgumentException("unknown temporal expression " + expression);
    }

    // ---------------------------------------------------------------- days

    /**
     * A holiday in its year, or the one nearest the reference (ties go to the past), or
     * the first after it or the last before it ({@code shift}); with no reference and no
     * year, its year stays unknown.
     */
    private static TimeValue holiday(Temporal.Holiday h, Reference reference) {
        LocalDate[] days;
        TimeValue in = h.in() == null ? null : resolve(h.in(), reference);
        if (h.year() != null) {
            days = h.rule().days(h.year());
        } else if (in != null && in.value().length() >= 4 && in.value().substring(0, 4).chars().allMatch(Character::isDigit)) {
            days = h.rule().days(Integer.parseInt(in.value(), 0, 4, 10)); // "Thanksgiving in a year": in that date's year
        } else if (Math.abs(h.shift() - Temporal.Holiday.THIS_YEAR) <= 1 && reference.isKnown()) {
            days = h.rule().days(reference.day().getYear() + h.shift() - Temporal.Holiday.THIS_YEAR);
        } else if (!reference.isKnown()) {
            return h.rule().isPeriod() ? TimeValue.period(UNKNOWN_DAY, UNKNOWN_DAY) : TimeValue.of(UNKNOWN_DAY);
        } else {
            LocalDate ref = reference.day();
            days = null;
            long best = Long.MAX_VALUE;
            for (int year = ref.getYear() - 2; year <= ref.getYear() + 2; year++) {
                LocalDate[] candidate = h.rule().days(year);
                if (candidate == null) {
                    continue;
                }
                long distance = candidate[0].toEpochDay() - ref.toEpochDay();
                boolean fits = h.shift() == 0 || h.shift() > 0 ? distance >= 0 || h.shift() == 0
                        : candidate[1].toEpochDay() < ref.toEpochDay();
                long score = h.shift() > 0 ? distance : h.shift() < 0 ? -distance : Math.abs(distance) * 2 + (distance > 0 ? 1 : 0);
                if (fits && score >= 0 && score < best) {
                    best = score;
                    days = candidate;
                }
            }
        }
        if (days == null) {
            return null;
        }
        if (h.rule().isPeriod()) {
            return TimeValue.period(days[0].toString(), days[1].toString());
        }
        return TimeValue.ofDay(days[0]);
    }

    private static TimeValue calendarDate(DateParts parts, Reference reference) {
        DateParts.Resolved resolved = parts.resolve(reference);
        if (resolved == null) {
            return null;
        }
        // without a reference only a date with its year written is complete
        Temporal.Grain grain = parts.year() != null || reference.isKnown() ? parts.grain() : null;
        return new TimeValue(resolved.value(), null, null, resolved.date(), grain);
    }

    /** The one day {@code day} names, or the reference's own day when it is null. */
    private static TimeValue dayOf(Temporal day, Reference reference) {
        if (day instanceof DayPart p) {
            return dayOf(p.day(), reference); // "jeudi matin à 9h30": the time is on the part's day
        }
        if (day != null) {
            return resolve(day, reference);
        }
        return reference.isKnown() ? TimeValue.ofDay(reference.day()) : TimeValue.of(UNKNOWN_DAY);
    }

    private static TimeValue relativeDay(RelativeDay r, Reference reference) {
        TimeValue from = dayOf(r.from(), reference);
        if (from == null) {
            return null;
        }
        return from.day() == null ? TimeValue.of(UNKNOWN_DAY) : TimeValue.ofDay(from.day().plusDays(r.days()));
    }

    private static TimeValue weekdayInWeek(WeekdayInWeek w, Reference reference) {
        if (!reference.isKnown()) {
            return TimeValue.of(Timex.weekday(w.weekday()));
        }
        LocalDate today = reference.day();
        LocalDate day;
        if (w.afterNext()) {
            LocalDate nextOne = today;
            while (nextOne.getDayOfWeek() != w.weekday()) {
                nextOne = nextOne.plusDays(1);
            }
            day = nextOne.plusWeeks(w.weeks());
        } else {
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            day = monday.plusWeeks(w.weeks()).plusDays(w.weekday().getValue() - 1L);
        }
        return TimeValue.ofDay(day);
    }

    private static TimeValue shift(Shift s, Reference reference) {
        if (!reference.isKnown()) {
            // the grain the value has with a reference: "il y a deux mois" is a day, XXXX-XX-XX
            return TimeValue.of(switch (s.grain()) {
                case TIME -> UNKNOWN_TIME;
                case DAY -> UNKNOWN_DAY;
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case YEAR -> "XXXX";
            });
        }
        LocalDateTime now = reference.moment();
        long n = s.count();
        return switch (s.unit()) {
            case "S" -> TimeValue.of(moment(now.plusSeconds(n)));
            case "MIN" -> TimeValue.of(moment(now.plusMinutes(n)));
            case "H" -> TimeValue.of(moment(now.plusHours(n)));
            case "D" -> TimeValue.ofDay(now.toLocalDate().plusDays(n));
            case "W" -> TimeValue.ofDay(now.toLocalDate().plusWeeks(n));
            case "M" -> TimeValue.ofDay(now.toLocalDate().plusMonths(n));
            case "Y" -> {
                LocalDate d = now.toLocalDate().plusYears(n);
                yield switch (s.grain()) {
                    case DAY -> TimeValue.ofDay(d); // counted from a day named: "3 years from today"
                    case MONTH -> TimeValue.of(Timex.month(d.getYear(), d.getMonthValue()));
                    default -> TimeValue.of(Timex.year(d.getYear()));
                };
            }
            default -> null;
        };
    }

    static String moment(LocalDateTime moment) {
        return Timex.time(Timex.day(moment.toLocalDate()), moment.getHour(), moment.getMinute(), moment.getSecond());
    }

    // ---------------------------------------------------------------- units of the calendar

    private static TimeValue cycle(String unit, int shift, Reference reference) {
        if (!reference.isKnown()) {
            return TimeValue.of(switch (unit) {
                case "W" -> "XXXX-WXX";
                case "WE" -> "XXXX-WXX-WE";
                case "M" -> "XXXX-XX";
                case "Q" -> "XXXX-QX";
                case "HALF" -> "XXXX-HX";
                default -> "XXXX";
            });
        }
        LocalDate today = reference.day();
        return TimeValue.of(switch (unit) {
            case "W" -> Timex.week(today.plusWeeks(shift));
            case "WE" -> Timex.week(today.plusWeeks(shift)) + "-WE";
            case "M" -> {
                YearMonth m = YearMonth.from(today).plusMonths(shift);
                yield Timex.month(m.getYear(), m.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = today.plusMonths(3L * shift);
                yield Timex.year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            }
            case "HALF" -> {
                LocalDate d = today.plusMonths(6L * shift);
                yield Timex.year(d.getYear()) + "-H" + ((d.getMonthValue() - 1) / 6 + 1);
            }
            default -> Timex.year(today.getYear() + shift);
        });
    }

    private static TimeValue weekOf(WeekOf w, Reference reference) {
        TimeValue day = resolve(w.day(), reference);
        if (day == null) {
            return null;
        }
        return TimeValue.of(day.day() == null ? "XXXX-WXX" : Timex.week(day.day()));
    }

    private static TimeValue season(Season s, Reference reference) {
        if (s.year() != null) {
            return TimeValue.of(Timex.year(s.year()) + "-" + s.season());
        }
        if (!reference.isKnown()) {
            return TimeValue.of("XXXX-" + s.season());
        }
        return TimeValue.of(Timex.year(seasonYear(reference.day(), s.season(), s.shift())) + "-" + s.season());
    }

    /** First month of each season, as TIMEX3 names them; winter is labelled by the year it starts in. */
    private static int seasonStart(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** "l'hiver prochain" in June is the coming winter, of this year; "l'été dernier" in March, last year's. */
    private static int seasonYear(LocalDate today, String season, int shift) {
        int start = seasonStart(season);
        int month = today.getMonthValue();
        int year = today.getYear();
        if (shift > 0) {
            return month < start ? year : year + 1;
        }
        if (shift < 0) {
            return month >= start + 3 ? year : year - 1;
        }
        return season.equals("WI") && month <= 2 ? year - 1 : year;
    }

    private static TimeValue yearPart(YearPart p, Reference reference) {
        Integer year = p.year() != null ? p.year() : reference.isKnown() ? reference.day().getYear() : null;
        return TimeValue.of((year == null ? "XXXX" : Timex.year(year)) + "-" + p.code() + p.rank());
    }

    /** The month an expression names: a written month (its year nearest the reference) or "le mois prochain". */
    private static YearMonth month(Temporal month, Reference reference) {
        if (month instanceof CalendarDate c && c.parts().month() != null) {
            if (c.parts().year() != null) {
                return YearMonth.of(c.parts().year(), c.parts().month());
            }
            return reference.isKnown() ? reference.month(c.parts().month(), Reference.Direction.NEAREST) : null;
        }
        if (month instanceof Cycle c && c.unit().equals("M") && reference.isKnown()) {
            return YearMonth.from(reference.day()).plusMonths(c.shift());
        }
        return null;
    }

    private static TimeValue nthOfMonth(NthOfMonth n, Reference reference) {
        YearMonth month = month(n.month(), reference);
        if (month == null) {
            return TimeValue.of(n.counted() == Temporal.Counted.WEEK ? "XXXX-WXX" : UNKNOWN_DAY);
        }
        int rank = n.rank();
        return switch (n.counted()) {
            case DAY -> rank < 0 ? -rank <= month.lengthOfMonth() ? TimeValue.ofDay(month.atEndOfMonth().plusDays(rank + 1L)) : null
                    : rank <= month.lengthOfMonth() ? TimeValue.ofDay(month.atDay(rank)) : null;
            case WEEKDAY -> {
                LocalDate d = nthWeekday(month, n.weekday(), rank);
                yield d == null ? null : TimeValue.ofDay(d);
            }
            case WEEK -> {
                // the weeks of a month are the Monday-to-Sunday weeks wholly inside it:
                // the first starts on its first Monday, the last ends on its last Sunday
                LocalDate firstMonday = month.atDay(1);
                while (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
                    firstMonday = firstMonday.plusDays(1);
                }
                LocalDate lastSunday = month.atEndOfMonth();
                while (lastSunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    lastSunday = lastSunday.minusDays(1);
                }
                // -1 the last, -2 the second last
                yield TimeValue.of(Timex.week(rank < 0 ? lastSunday.plusWeeks(rank + 1L) : firstMonday.plusWeeks(rank - 1L)));
            }
        };
    }

    private static LocalDate nthWeekday(YearMonth month, DayOfWeek weekday, int rank) {
        if (rank < 0) {
            LocalDate d = month.atEndOfMonth();
            while (d.getDayOfWeek() != weekday) {
                d = d.minusDays(1);
            }
            d = d.plusWeeks(rank + 1L); // -1 the last, -2 the second last
            return d.getMonth() == month.getMonth() ? d : null;
        }
        LocalDate d = month.atDay(1);
        while (d.getDayOfWeek() != weekday) {
            d = d.plusDays(1);
        }
        d = d.plusWeeks(rank - 1L);
        return d.getMonth() == month.getMonth() ? d : null;
    }

    // ---------------------------------------------------------------- times of day

    /** A clock time resolved: its day as written in the value, the value, and the day when known. */
    private record Clock(String dayValue, String value, LocalDate day) {
        TimeValue asValue() {
            return TimeValue.of(value);
        }
    }

    private static Clock clock(ClockTime c, Reference reference) {
        TimeValue on = dayOf(c.day(), reference);
        LocalDate day = on == null ? null : on.day();
        String dayValue;
        if (day != null) {
            // "le 31 décembre à minuit", "minuit": the midnight that ends the day
            if (c.midnight() && c.hour() % 24 == 0 && (c.day() == null || c.minute() == 0)) {
                day = day.plusDays(1);
            }
            dayValue = Timex.day(day);
        } else {
            dayValue = on == null ? UNKNOWN_DAY : on.value();
        }
        return new Clock(dayValue, Timex.time(dayValue, c.hour() % 24, c.minute(), c.second()), day);
    }

    private static TimeValue dayPart(DayPart p, Reference reference) {
        TimeValue on = dayOf(p.day(), reference);
        return on == null ? null : TimeValue.of(on.value() + "T" + p.part());
    }

    private static TimeValue hours(Hours h, Reference reference) {
        TimeValue on = dayOf(h.day(), reference);
        if (on == null) {
            return null;
        }
        LocalDate day = on.day();
        int first = h.fromHour();
        int second = h.toHour();
        // "de 11h30 à 1h30": an afternoon end written on a 12-hour clock
        if (second < first && second + 12 > first && second + 12 < 24 && second != 0) {
            second += 12;
        }
        String endDay = on.value();
        if (day != null && (second < first || second == first && h.toMinute() < h.fromMinute())) {
            endDay = Timex.day(day.plusDays(1)); // "de 20h45 à 00h15" ends the next day
        }
        return TimeValue.period(Timex.time(on.value(), first % 24, h.fromMinute()),
                Timex.time(endDay, second % 24, h.toMinute()));
    }

    // ---------------------------------------------------------------- periods

    private static TimeValue interval(Interval i, Reference reference) {
        TimeValue from = resolve(i.from(), reference);
        TimeValue to = resolve(i.to(), reference);
        return from == null || to == null ? null : TimeValue.period(from.value(), to.value());
    }

    private static TimeValue unitsWithin(UnitsWithin u, Reference reference) {
        int count = u.count();
        if (u.unit().equals("M")) {
            Integer year = yearOf(u.within(), reference);
            int from = u.first() ? 1 : 13 - count;
            int to = u.first() ? count : 12;
            return TimeValue.period(Timex.month(year, from), Timex.month(year, to));
        }
        YearMonth m = month(u.within(), reference);
        if (m == null) {
            int month = ((CalendarDate) u.within()).parts().month();
            return u.first() ? TimeValue.period(Timex.day(null, month, 1), Timex.day(null, month, count))
                    : TimeValue.period(Timex.day(null, month, null), Timex.day(null, month, null));
        }
        int days = Math.min(count, m.lengthOfMonth());
        LocalDate from = u.first() ? m.atDay(1) : m.atEndOfMonth().minusDays(days - 1L);
        LocalDate to = u.first() ? m.atDay(days) : m.atEndOfMonth();
        return TimeValue.period(Timex.day(from), Timex.day(to));
    }

    /** The year a year expression names ("2024", "l'année"), or null when unknown. */
    private static Integer yearOf(Temporal year, Reference reference) {
        if (year instanceof CalendarDate c) {
            return c.parts().year();
        }
        return reference.isKnown() ? reference.day().getYear() : null;
    }

    // ---------------------------------------------------------------- durations

    static String duration(Duration d) {
        if (d.parts().size() == 1) {
            var only = d.parts().entrySet().iterator().next();
            return Timex.duration(only.getValue(), only.getKey());
        }
        return Timex.duration(d.parts());
    }
}
