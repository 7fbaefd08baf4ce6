package org.figx.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * Dates, times, periods and durations. From each temporal anchor the scanner
 * found (a number, a month or weekday name, "hier", a unit such as "heures", a
 * numeric date) and from the few words before it ("le", "du", "entre", "fin",
 * "il y a"), every reading of {@link TemporalParser} is proposed; the overlap
 * resolver keeps the longest.
 */
final class TemporalRecognizer implements Recognizer {
    /** How many words before an anchor a temporal mention may start ("entre le 13…", "il y a deux…"). */
    private static final int WORDS_BEFORE = 3;

    private final Lexicon lexicon;
    private final YearRule years;

    TemporalRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.years = new YearRule(lexicon);
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        String t = window.text();
        TemporalParser parser = new TemporalParser(t, lexicon, window.reference());
        List<TemporalParser.Reading> readings = new ArrayList<>();
        Set<Integer> tried = new HashSet<>();
        for (ParsedNumber n : window.numbers()) {
            fromNumber(t, parser, n, readings);
            tryAround(t, parser, n.start(), tried, readings);
        }
        for (int anchor : window.temporalAnchors()) {
            tryAround(t, parser, anchor, tried, readings);
        }
        for (TemporalParser.Reading r : readings) {
            out.add(Mention.of(r.kind(), r.start(), r.end(), t.substring(r.start(), r.end()), r.value(), r.valueMax(),
                    null, null));
        }
    }

    private void fromNumber(String t, TemporalParser parser, ParsedNumber n, List<TemporalParser.Reading> out) {
        add(t, out, parser.duration(n));
        add(t, out, parser.countedUnits(n));
        if (years.isYear(t, n)) {
            add(t, out, parser.year(n));
        }
    }

    /** Readings starting at the anchor and at each of the few words before it. */
    private void tryAround(String t, TemporalParser parser, int anchor, Set<Integer> tried,
                           List<TemporalParser.Reading> out) {
        int pos = anchor;
        for (int k = 0; k <= WORDS_BEFORE; k++) {
            if (tried.add(pos)) {
                readAt(t, parser, pos, out);
            }
            Token before = Tokens.previous(t, pos);
            if (before == null) {
                return;
            }
            pos = before.start();
        }
    }

    private void readAt(String t, TemporalParser parser, int pos, List<TemporalParser.Reading> out) {
        add(t, out, parser.period(pos));
        TemporalParser.Reading date = parser.calendarDate(pos, false);
        PhraseTable.Match<Boolean> prefix = lexicon.temporal().datePrefixes().matchAt(t, pos);
        Token first = Tokens.next(t, pos);
        if (date == null && prefix != null && first != null && prefix.start() == first.start()) {
            TemporalParser.Reading after = parser.calendarDate(prefix.end(), true);
            if (after != null) {
                date = new TemporalParser.Reading(prefix.start(), after.end(), after.kind(), after.value(), null,
                        after.date(), after.day());
            }
        }
        if (date == null) {
            date = parser.relativeDay(pos);
        }
        if (date == null) {
            date = parser.holiday(pos);
        }
        if (date != null) {
            add(t, out, date);
            add(t, out, parser.timeOfDay(date.end(), date, false));
            add(t, out, parser.hoursOfDay(date));
        }
        add(t, out, parser.nthDayOfMonth(pos));
        add(t, out, parser.timeOfDay(pos, null, false));
        TemporalParser.Reading partOfDay = parser.partOfDay(pos);
        if (partOfDay != null) {
            add(t, out, partOfDay);
            add(t, out, parser.timeOfDay(partOfDay.end(), partOfDay, false)); // "jeudi matin à partir de 9 heures 30"
        }
        add(t, out, parser.laterDate(pos));
        add(t, out, parser.relativeUnit(pos));
        add(t, out, parser.offsetDate(pos));
        add(t, out, parser.boundary(pos));
        add(t, out, parser.partOfYear(pos));
        add(t, out, parser.quarterHour(pos));
    }

    private void add(String text, List<TemporalParser.Reading> out, TemporalParser.Reading r) {
        if (r == null || r.value() == null || r.end() <= r.start()) {
            return;
        }
        out.add(r);
        // "à partir du 8 mars", "avant 16h", "au mois de mars": the bound belongs to the mention
        if (r.kind() == org.figx.Kind.DATE || r.kind() == org.figx.Kind.TIME) {
            PhraseTable.Match<Boolean> bound = lexicon.temporal().spanPrepositions().matchEndingAt(text, r.start());
            boolean hyphenated = r.start() > 0 && org.figx.text.Chars.isHyphen(text.charAt(r.start() - 1));
            if (bound != null && !hyphenated) {
                out.add(new TemporalParser.Reading(bound.start(), r.end(), r.kind(), r.value(), r.valueMax(), r.date(),
                        r.day()));
            }
        }
    }
}
