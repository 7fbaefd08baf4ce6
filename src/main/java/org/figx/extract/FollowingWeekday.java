package org.figx.extract;

import org.figx.time.DateParts;
import org.figx.time.Reference;
import org.figx.time.Temporal;

/**
 * The second of two coordinated weekdays ("samedi et dimanche", "jeudi et vendredi
 * prochains"): told from the first's day, it is the first such weekday after it, whatever
 * hangs on it ("dimanche de 9 h à 18 h", "dimanche matin"). Alone, each weekday would be
 * the nearest to the reference, and "dimanche" could fall before "samedi".
 */
final class FollowingWeekday {
    private FollowingWeekday() {
    }

    /**
     * {@code t} with its day, when that is a bare weekday, turned to the next such day
     * after the reference it is resolved against (the first weekday's day); null when
     * {@code t} names no bare weekday ("le 4 mai", "demain à 9 h"): it keeps its own day.
     */
    static Temporal after(Temporal t) {
        if (t instanceof Temporal.CalendarDate c) {
            DateParts p = c.parts();
            boolean bareWeekday = p.weekday() != null && p.day() == null && p.month() == null && p.year() == null;
            return bareWeekday ? new Temporal.CalendarDate(p.withDirection(Reference.Direction.NEXT)) : null;
        }
        if (t instanceof Temporal.Hours h) {
            Temporal day = h.day() == null ? null : after(h.day());
            return day == null ? null : new Temporal.Hours(day, h.fromHour(), h.fromMinute(), h.toHour(), h.toMinute());
        }
        if (t instanceof Temporal.ClockTime c) {
            Temporal day = c.day() == null ? null : after(c.day());
            return day == null ? null : c.onDay(day);
        }
        if (t instanceof Temporal.DayPart p) {
            Temporal day = p.day() == null ? null : after(p.day());
            return day == null ? null : new Temporal.DayPart(day, p.part());
        }
        return null;
    }
}
