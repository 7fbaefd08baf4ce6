package org.figx.extract;

import java.time.LocalDate;
import java.util.List;
import org.figx.Mention;
import org.figx.time.DateParts;
import org.figx.time.Reference;
import org.figx.time.Temporal;

/**
 * A document's own date, used as the reference when none is given: the first
 * complete date (day, month and year) in the document's head, before the body
 * starts. The head is the first {@link #HEAD_LINES} non-blank lines and at
 * most {@link #HEAD_CHARS} characters: a title, a byline, a dateline such as
 * "Lyon, le 14 mars 2025 —" or "27/11/2024". A full date further down is a
 * date the article talks about, not the day it was written.
 */
public final class Dateline {
    static final int HEAD_LINES = 5;
    static final int HEAD_CHARS = 600;

    private Dateline() {
    }

    /** The dateline among the (unresolved) mentions of {@code text}, or an unknown reference. */
    public static Reference find(String text, List<Mention> mentions) {
        int headEnd = headEnd(text);
        for (Mention m : mentions) {
            if (m.start() >= headEnd) {
                break;
            }
            LocalDate day = m.temporal() == null || m.end() > headEnd ? null : completeDay(m.temporal());
            if (day != null) {
                return Reference.at(day.atStartOfDay());
            }
        }
        return Reference.none();
    }

    /** The day a date names with day, month and year all written, or null. */
    private static LocalDate completeDay(Temporal expression) {
        if (expression instanceof Temporal.CalendarDate c) {
            DateParts d = c.parts();
            return d.year() != null && d.month() != null && d.day() != null && d.isValid()
                    ? LocalDate.of(d.year(), d.month(), d.day()) : null;
        }
        if (expression instanceof Temporal.ClockTime c) {
            return c.day() == null ? null : completeDay(c.day());
        }
        if (expression instanceof Temporal.DayPart p) {
            return p.day() == null ? null : completeDay(p.day());
        }
        return null;
    }
    /** End of the head: after {@link #HEAD_LINES} non-blank lines or {@link #HEAD_CHARS} chars. */
    private static int headEnd(String text) {
        int limit = Math.min(text.length(), HEAD_CHARS);
        int lines = 0;
        int i = 0;
        while (i < limit) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd >= limit) {
                return limit;
            }
            if (!text.substring(i, lineEnd).isBlank() && ++lines == HEAD_LINES) {
                return lineEnd;
            }
            i = lineEnd + 1;
        }
        return limit;
    }
}
