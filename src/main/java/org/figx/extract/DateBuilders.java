package org.figx.extract;

import java.time.DayOfWeek;
import org.figx.Kind;
import org.figx.grammar.Rule;
import org.figx.time.DateParts;
import org.figx.time.Reference;
import org.figx.time.Temporal;

/**
 * The builders of calendar dates ({@code time/dates.rules}): the parts a rule
 * captured, put together into one date. Knows no language.
 */
final class DateBuilders {
    private DateBuilders() {
    }

    /**
     * {@code date}: a calendar date from any of {@code weekday}, {@code day},
     * {@code month}, {@code year}, or the parts of a numeric date ({@code date}),
     * placed by {@code direction} (LAST, NEXT: "samedi dernier") or nearest the
     * reference. Null when no such date can be ("le 31 février"). When {@code
     * date} is a date another rule read, that date over this rule's span. {@code
     * like}: a date read after this one, whose month, year and direction this one
     * takes when it lacks them ("les 3 et 4 mai"). {@code leads}: the bare weekday
     * mentioned right after this date is the first such day after it ("samedi et dimanche").
     */
    static TemporalReading date(TemporalBuilders.Args a, int start, int end, Rule rule) {
        if (a.value("date") instanceof TemporalReading read) {
            // a date another rule read, over this rule's span ("le" + "4 mai"), under the name of that rule
            return new TemporalReading(start, end, read.kind(), read.expr(), read.rule());
        }
        DateParts parts = a.value("date") instanceof DateParts numeric ? numeric : DateParts.of(null, null, null);
        DayOfWeek weekday = a.value("weekday") instanceof DayOfWeek w ? w : parts.weekday();
        int shift = a.shift("direction");
        Reference.Direction direction = shift < 0 ? Reference.Direction.LAST
                : shift > 0 ? Reference.Direction.NEXT : Reference.Direction.NEAREST;
        parts = new DateParts(integer(a, "year", parts.year()), integer(a, "month", parts.month()),
                integer(a, "day", parts.day()), weekday, direction);
        if (a.value("like") instanceof TemporalReading like && like.expr() instanceof Temporal.CalendarDate c) {
            parts = completedLike(parts, c.parts());
            if (parts == null) {
                return null;
            }
        }
        if (parts.year() == null && parts.month() == null && parts.day() == null && parts.weekday() == null
                || !parts.isValid()) {
            return null;
        }
        Temporal date = TemporalBuilders.anaphoric(a, new Temporal.CalendarDate(parts));
        // "samedi et dimanche": the weekday after this one follows it (StoryDays)
        return new TemporalReading(start, end, Kind.DATE, a.has("leads") ? new Temporal.Leading(date) : date,
                rule.name());
    }

    /**
     * The parts a coordinated date leaves to the date after it ("les 3 et 4 mai": the
     * month; "mars et avril derniers": the year or the direction): the larger units
     * {@code next} names that {@code parts} lacks. Null when a day would be left without
     * its month ("les 3 et 4"): no date can be told.
     */
    private static DateParts completedLike(DateParts parts, DateParts next) {
        if (parts.day() != null && parts.month() == null && next.month() == null) {
            return null;
        }
        if (parts.day() == null && next.day() != null) {
            return parts; // "mars et le 4 avril": the month stands alone
        }
        Integer month = parts.month() != null ? parts.month() : next.month();
        Integer year = parts.year() != null ? parts.year() : next.year();
        Reference.Direction direction = parts.direction() != Reference.Direction.NEAREST ? parts.direction()
                : next.direction();
        return new DateParts(year, month, parts.day(), parts.weekday(), direction);
    }

    /**
     * {@code weekday-in-week}: {@code weekday} in the week {@code weeks} away from
     * the reference's ("mardi de la semaine prochaine": 1), or, written {@code +N},
     * N weeks after the weekday's next occurrence ("lundi en huit": +1); or the
     * {@code count}-th such weekday after the reference or before it ({@code sign} 1 or -1).
     */
    static TemporalReading weekdayInWeek(TemporalBuilders.Args a, int start, int end, Rule rule) {
        if (a.value("count") != null) {
            // "3 Fridays from now" (count 3, sign 1): two weeks after the next Friday; "2 Thursdays
            // ago" (sign -1): two weeks before the next Thursday, the one before the last
            java.math.BigDecimal count = a.number("count");
            if (count.signum() <= 0 || count.stripTrailingZeros().scale() > 0 || count.intValue() > 520) {
                return null;
            }
            int n = count.intValue();
            return new TemporalReading(start, end, Kind.DATE, new Temporal.WeekdayInWeek(
                    (DayOfWeek) a.required("weekday"), a.integer("sign") > 0 ? n - 1 : -n, true), rule.name());
        }
        String weeks = a.text("weeks");
        boolean afterNext = weeks.startsWith("+");
        return new TemporalReading(start, end, Kind.DATE, new Temporal.WeekdayInWeek((DayOfWeek) a.required("weekday"),
                Integer.parseInt(afterNext ? weeks.substring(1) : weeks), afterNext), rule.name());
    }

    private static Integer integer(TemporalBuilders.Args a, String key, Integer otherwise) {
        if (a.value(key) == null) {
            return otherwise;
        }
        return a.integer(key);
    }
}
