package org.figx.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.figx.Mention;
import org.figx.time.Reference;
import org.figx.time.Resolver;
import org.figx.time.Temporal;
import org.figx.time.TimeValue;

/**
 * Resolves a document's temporal mentions in text order, keeping the last day the
 * text named: the day of the story, from which "le lendemain", "ce même jeudi" and
 * "dans la nuit" are told, and on which a time of its sentence with no day falls.
 */
final class StoryDays {
    private StoryDays() {
    }

    /**
     * Each temporal mention with its value; one that names no real date ("le 29 février 2023") is dropped.
     * A day told from the story's last day ("le lendemain", "la veille à 20 h") is resolved against the
     * last day a date or time before it named, in text order; against the reference when none did. A
     * time that writes no day falls on the day named before it in its sentence. A bare weekday
     * right after a leading one ("samedi et dimanche") is the first such day after it.
     */
    static List<Mention> resolve(List<Mention> mentions, Reference reference) {
        List<Mention> out = new ArrayList<>(mentions.size());
        LocalDate lastDay = null;
        String lastDaySentence = null;
        LocalDate leadDay = null; // "samedi" of "samedi et dimanche": the day the next weekday follows
        String leadSentence = null;
        for (Mention m : mentions) {
            if (m.temporal() == null) {
                out.add(m);
                continue;
            }
            Temporal following = leadDay != null && m.sentence() != null && m.sentence().equals(leadSentence)
                    ? FollowingWeekday.after(m.temporal()) : null;
            LocalDate followed = leadDay;
            leadDay = null; // only the mention right after the first weekday follows it
            if (lastDay == null && m.temporal() instanceof Temporal.Anaphoric a && a.onlyAfterDay()) {
                continue; // "dans la nuit" with no day named before: no date of the story
            }
            // "Samedi 23 novembre, le cortège est parti à 14 h": a time with no day of its own
            // falls on the day its sentence named before it
            boolean onSentenceDay = lastDay != null && isDayless(m.temporal()) && m.sentence() != null
                    && m.sentence().equals(lastDaySentence);
            Reference against = following != null ? Reference.at(followed.atStartOfDay())
                    : lastDay != null && (isAnaphoric(m.temporal()) || onSentenceDay)
                    ? Reference.at(lastDay.atStartOfDay()) : reference;
            TimeValue value = Resolver.resolve(following != null ? following : m.temporal(), against);
            if (value != null) {
                out.add(m.resolved(value));
                LocalDate named = saysItsDay(m.temporal()) ? dayOf(value) : null;
                if (named != null) {
                    lastDay = named;
                    lastDaySentence = m.sentence();
                    if (m.temporal() instanceof Temporal.Leading) {
                        leadDay = named;
                        leadSentence = m.sentence();
                    }
                }
            }
        }
        return out;
    }

    /** The one day a value names ("2024-03-04", "2024-03-04T09:00", "2024-03-04TEV"), or null. */
    private static LocalDate dayOf(TimeValue value) {
        if (value.day() != null) {
            return value.day();
        }
        String v = value.value();
        if (value.valueMax() != null || v.length() < 10 || v.length() > 10 && v.charAt(10) != 'T') {
            return null;
        }
        return org.figx.time.IsoDates.dayAtStart(v); // null for a week or a part unknown: "2024-W48", "XXXX-03-04"
    }

    /** A clock time or a range of hours that writes no day: "à 14 h", "de 9 h à 11 h". */
    private static boolean isDayless(Temporal t) {
        return t instanceof Temporal.ClockTime c && c.day() == null || t instanceof Temporal.Hours h && h.day() == null;
    }

    /**
     * Whether {@code t} writes the day it falls on ("le 3 mars", "hier à 9 h", "la veille
     * au soir"), not only a time of some unsaid day ("à 14 h": the reference's by default).
     */
    private static boolean saysItsDay(Temporal t) {
        if (t instanceof Temporal.ClockTime c) {
            return c.day() != null && saysItsDay(c.day());
        }
        if (t instanceof Temporal.DayPart p) {
            return p.day() != null && saysItsDay(p.day());
        }
        return t.namesDay() || t instanceof Temporal.Anaphoric;
    }

    /** Whether the day of {@code t} is told from the story's last day: "le lendemain", "la veille au soir". */
    private static boolean isAnaphoric(Temporal t) {
        if (t instanceof Temporal.Anaphoric) {
            return true;
        }
        if (t instanceof Temporal.ClockTime c) {
            return c.day() != null && isAnaphoric(c.day());
        }
        return t instanceof Temporal.DayPart p && p.day() != null && isAnaphoric(p.day());
    }
}
