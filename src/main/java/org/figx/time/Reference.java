package org.figx.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The moment incomplete and relative dates are resolved against: the
 * --reference-date, or the document's dateline, or nothing (then unknown parts
 * stay X). Holds the SPEC's rule: an incomplete date takes the reading nearest
 * the reference, ties going to the past, unless the words say which way.
 */
public final class Reference {
    /** The most years in a row without a 29 February (1897 to 1903). */
    private static final int MAX_YEARS_WITHOUT_DAY = 8;

    private final LocalDateTime moment;

    private Reference(LocalDateTime moment) {
        this.moment = moment;
    }

    public static Reference of(Optional<LocalDateTime> moment) {
        return new Reference(moment.orElse(null));
    }

    public static Reference at(LocalDateTime moment) {
        return new Reference(moment);
    }

    public static Reference none() {
        return new Reference(null);
    }

    public boolean isKnown() {
        return moment != null;
    }

    public LocalDateTime moment() {
        return moment;
    }

    public LocalDate day() {
        return moment.toLocalDate();
    }

    /** Which way an incomplete date points: the nearest reading, or the next or last one. */
    public enum Direction { NEAREST, NEXT, LAST }

    /** Year of "le 22 octobre": the one putting it nearest the reference. */
    public LocalDate dayOfYear(int month, int day, Direction direction) {
        LocalDate today = day();
        LocalDate best = null;
        // the years around the reference; a day some years lack (29 February) looks further,
        // as far as the longest run of years without it (eight: 1896 to 1904)
        for (int reach : new int[] {1, MAX_YEARS_WITHOUT_DAY}) {
            if (best != null) {
                break;
            }
            for (int year = today.getYear() - reach; year <= today.getYear() + reach; year++) {
                if (day > YearMonth.of(year, month).lengthOfMonth()) {
                    continue;
                }
                best = closer(today, best, LocalDate.of(year, month, day), direction);
            }
        }
        return best;
    }

    /**
     * Year of "le lundi 3 mars": of the years next to the reference's (one before, its own,
     * one after), the one whose {@code day} of {@code month} falls on {@code weekday}, or
     * null when none does (a date falls on the same weekday at most once in three years).
     */
    public LocalDate dayOfYearOnWeekday(int month, int day, DayOfWeek weekday, Direction direction) {
        LocalDate today = day();
        LocalDate found = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            if (day <= YearMonth.of(year, month).lengthOfMonth()
                    && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                found = closer(today, found, LocalDate.of(year, month, day), direction);
            }
        }
        return found;
    }

    /** Month of "le 4": the one putting it nearest the reference. */
    public LocalDate dayOfMonth(int day, Direction direction) {
        LocalDate today = day();
        LocalDate best = null;
        for (int shift = -2; shift <= 2; shift++) {
            YearMonth month = YearMonth.from(today).plusMonths(shift);
            if (day <= month.lengthOfMonth()) {
                best = closer(today, best, month.atDay(day), direction);
            }
        }
        return best;
    }

    /** "samedi", "samedi dernier", "samedi prochain". */
    public LocalDate weekday(DayOfWeek weekday, Direction direction) {
        LocalDate today = day();
        LocalDate best = null;
        for (int shift = -7; shift <= 7; shift++) {
            LocalDate candidate = today.plusDays(shift);
            if (candidate.getDayOfWeek() == weekday && !(shift == 0 && direction != Direction.NEAREST)) {
                best = closer(today, best, candidate, direction);
            }
        }
        return best;
    }

    /** Year of "en mars", "fin octobre": the month nearest the reference. */
    public YearMonth month(int month, Direction direction) {
        LocalDate first = dayOfYear(month, 1, direction);
        YearMonth nearest = YearMonth.from(first);
        // compare whole months: March is as near as the reference's own month allows
        YearMonth current = YearMonth.from(day());
        YearMonth best = null;
        for (int year = current.getYear() - 1; year <= current.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long distance = Math.abs(ChronoUnit.MONTHS.between(current, candidate));
            boolean allowed = direction == Direction.NEAREST
                    || direction == Direction.NEXT && candidate.isAfter(current)
                    || direction == Direction.LAST && candidate.isBefore(current);
            if (!allowed) {
                continue;
            }
            if (best == null || distance < Math.abs(ChronoUnit.MONTHS.between(current, best))
                    || distance == Math.abs(ChronoUnit.MONTHS.between(current, best)) && candidate.isBefore(best)) {
                best = candidate;
            }
        }
        return best != null ? best : nearest;
    }

    private static LocalDate closer(LocalDate today, LocalDate best, LocalDate candidate, Direction direction) {
        if (direction == Direction.NEXT && !candidate.isAfter(today) || direction == Direction.LAST && !candidate.isBefore(today)) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        long d1 = Math.abs(ChronoUnit.DAYS.between(today, candidate));
        long d0 = Math.abs(ChronoUnit.DAYS.between(today, best));
        if (d1 < d0 || d1 == d0 && candidate.isBefore(best)) {
            return candidate;
        }
        return best;
    }
}
