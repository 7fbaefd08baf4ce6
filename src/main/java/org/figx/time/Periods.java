package org.figx.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The periods whose two ends are placed together: days joined into a stretch, units next to the reference. */
final class Periods {
    private Periods() {
    }

    /**
     * The two ends of a date period, the first taking what it lacks from the
     * second. When the year is not written, the period as a whole takes the
     * reading nearest the reference ("du 10 au 12", "du 15 juin au 15 septembre").
     */
    static TimeValue dates(DateParts from, DateParts to, Reference reference) {
        DateParts a = from.completedBy(to);
        DateParts b = to;
        if (a.year() == null && b.year() == null && reference.isKnown() && a.day() != null && b.day() != null) {
            TimeValue nearest = nearestDays(a, b, reference.day());
            if (nearest != null) {
                return nearest;
            }
        }
        DateParts.Resolved end = b.resolve(reference);
        if (end == null) {
            return null;
        }
        if (a.year() == null && end.date() != null) {
            a = a.withYear(end.date().getYear());
        } else if (a.year() == null && b.month() != null && b.day() == null && reference.isKnown()) {
            a = a.withYear(reference.month(b.month(), b.direction()).getYear());
        }
        DateParts.Resolved begin = a.resolve(reference);
        if (begin == null) {
            return null;
        }
        if (begin.date() != null && end.date() != null && begin.date().isAfter(end.date())) {
            begin = a.withYear(a.year() - 1).resolve(reference);
        }
        return begin == null ? null : TimeValue.period(begin.value(), end.value());
    }

    /** A period of days with no year: the placement (month shift) whose days come nearest the reference. */
    private static TimeValue nearestDays(DateParts a, DateParts b, LocalDate today) {
        LocalDate bestFrom = null;
        LocalDate bestTo = null;
        long bestDistance = Long.MAX_VALUE;
        for (int shift = -13; shift <= 13; shift++) {
            YearMonth base = YearMonth.from(today).plusMonths(shift);
            // no month written: try the months around the reference; a month written: the years around it
            YearMonth fromMonth;
            if (a.month() == null) {
                fromMonth = base;
            } else if (Math.abs(shift) <= 1) {
                fromMonth = YearMonth.of(today.getYear() + shift, a.month());
            } else {
                continue;
            }
            if (a.day() > fromMonth.lengthOfMonth()) {
                continue;
            }
            LocalDate from = fromMonth.atDay(a.day());
            YearMonth toMonth = b.month() != null ? YearMonth.of(from.getYear(), b.month()) : fromMonth;
            if (toMonth.isBefore(fromMonth) || toMonth.equals(fromMonth) && b.day() < a.day()) {
                toMonth = b.month() != null ? toMonth.plusYears(1) : toMonth.plusMonths(1);
            }
            if (b.day() > toMonth.lengthOfMonth()) {
                continue;
            }
            LocalDate to = toMonth.atDay(b.day());
            long distance = today.isBefore(from) ? ChronoUnit.DAYS.between(today, from)
                    : today.isAfter(to) ? ChronoUnit.DAYS.between(to, today) : 0;
            if (distance < bestDistance || distance == bestDistance && bestFrom != null && from.isBefore(bestFrom)) {
                bestDistance = distance;
                bestFrom = from;
                bestTo = to;
            }
        }
        return bestFrom == null ? null : TimeValue.period(Timex.day(bestFrom), Timex.day(bestTo));
    }

    /** "de lundi à mercredi": the nearest such stretch of days. */
    static TimeValue weekdays(DayOfWeek first, DayOfWeek last, Reference reference) {
        if (!reference.isKnown()) {
            return TimeValue.period(Timex.weekday(first), Timex.weekday(last));
        }
        LocalDate from = reference.weekday(first, Reference.Direction.NEAREST);
        LocalDate to = from;
        while (to.getDayOfWeek() != last) {
            to = to.plusDays(1);
        }
        return TimeValue.period(Timex.day(from), Timex.day(to));
    }

    /** "les trois derniers mois" ({@code sign} -1), "les 3 prochains jours" (+1): whole units next to the reference. */
    static TimeValue unitsAround(int count, String unit, int sign, Reference reference) {
        if (!reference.isKnown()) {
            String x = switch (unit) {
                case "D" -> "XXXX-XX-XX";
                case "W" -> "XXXX-WXX";
                case "M" -> "XXXX-XX";
                case "Y" -> "XXXX";
                default -> "XXXX-XX-XXTXX:XX";
            };
            return TimeValue.period(x, x);
        }
        LocalDateTime now = reference.moment();
        long from = sign < 0 ? -count : 1;
        long to = sign < 0 ? -1 : count;
        return switch (unit) {
            case "D" -> TimeValue.period(Timex.day(now.toLocalDate().plusDays(from)), Timex.day(now.toLocalDate().plusDays(to)));
            case "W" -> TimeValue.period(Timex.week(now.toLocalDate().plusWeeks(from)),
                    Timex.week(now.toLocalDate().plusWeeks(to)));
            case "M" -> {
                YearMonth a = YearMonth.from(now).plusMonths(from);
                YearMonth b = YearMonth.from(now).plusMonths(to);
                yield TimeValue.period(Timex.month(a.getYear(), a.getMonthValue()), Timex.month(b.getYear(), b.getMonthValue()));
            }
            case "Y" -> TimeValue.period(Timex.year(now.getYear() + (int) from), Timex.year(now.getYear() + (int) to));
            default -> {
                LocalDateTime base = unit.equals("H") ? now.withMinute(0).withSecond(0)
                        : unit.equals("MIN") ? now.withSecond(0) : now;
                ChronoUnit cu = unit.equals("H") ? ChronoUnit.HOURS : unit.equals("MIN") ? ChronoUnit.MINUTES
                        : ChronoUnit.SECONDS;
                yield TimeValue.period(Resolver.moment(base.plus(from, cu)), Resolver.moment(base.plus(to, cu)));
            }
        };
    }
}
