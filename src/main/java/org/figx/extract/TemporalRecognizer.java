package org.figx.extract;

import java.util.ArrayList;
import java.util.List;
import org.figx.Mention;
import org.figx.Qualifier;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.TemporalWords;
import org.figx.Kind;
import org.figx.time.Temporal;
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
    private final org.figx.grammar.Grammar<TemporalReading> grammar;

    TemporalRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.grammar = new TemporalGrammar(lexicon).grammar();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        String t = window.text();
        TemporalParser parser = new TemporalParser(t, lexicon, grammar);
        parser.useNumbers(window.numbers());
        List<TemporalReading> readings = new ArrayList<>();
        Tried tried = new Tried(window);
        for (int i = 0; i < window.numbers().size(); i++) {
            ParsedNumber n = window.numbers().get(i);
            fromNumber(t, parser, n, window.numbers(), readings);
            if (!n.spelled() || temporalWordAfter(t, n) || n.value().compareTo(java.math.BigDecimal.ONE) < 0
                    || lowEndBefore(t, n, window.numbers(), i)) {
                tryAround(t, parser, n.start(), tried, readings);
            }
        }
        for (int anchor : window.temporalAnchors()) {
            tryAround(t, parser, anchor, tried, readings);
        }
        for (TemporalReading r : withoutBlocked(readings)) {
            out.add(Mention.temporal(r.kind(), r.start(), r.end(), t.substring(r.start(), r.end()), r.expr(),
                    boundOf(t, r), r.rule()));
        }
    }

    /** The readings outside every span a {@code none} rule says is no temporal expression. */
    private static List<TemporalReading> withoutBlocked(List<TemporalReading> readings) {
        List<TemporalReading> blockers = new ArrayList<>(0);
        for (TemporalReading r : readings) {
            if (r.isBlocker()) {
                blockers.add(r);
            }
        }
        if (blockers.isEmpty()) {
            return readings;
        }
        List<TemporalReading> kept = new ArrayList<>(readings.size());
        for (TemporalReading r : readings) {
            if (!r.isBlocker() && blockers.stream().noneMatch(b -> b.start() <= r.start() && r.end() <= b.end())) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * Whether spelled {@code n} may be the low end of a range whose high end,
     * one word further, counts a temporal unit ("entre vingt-cinq et trente
     * ans"): the range starts before it, out of the high end's reach.
     */
    private boolean lowEndBefore(String t, ParsedNumber n, List<ParsedNumber> numbers, int i) {
        if (i + 1 >= numbers.size()) {
            return false;
        }
        ParsedNumber high = numbers.get(i + 1);
        Token between = Tokens.next(t, n.end());
        return between != null && Tokens.nextStart(t, between.end()) == high.start() && temporalWordAfter(t, high);
    }

    private void fromNumber(String t, TemporalParser parser, ParsedNumber n, List<ParsedNumber> numbers,
                            List<TemporalReading> out) {
    }

    /** How many words into a mention a bound may stand ("jeudi matin à partir de 9 heures 30"). */
    private static final int BOUND_REACH = 6;

    /**
     * The qualifier a bound inside a temporal mention gives it ("à partir du 8
     * mars" at_least, "jeudi après 9h30" more_than), or null when there is none.
     */
    private Qualifier boundOf(String t, TemporalReading r) {
        int pos = r.start();
        for (int k = 0; k < BOUND_REACH; k++) {
            Token word = Tokens.next(t, pos);
            if (word == null || word.start() >= r.end()) {
                return null;
            }
            PhraseTable.Match<String> bound = lexicon.temporal().spanPrepositions().matchAt(t, word.start());
            if (bound != null && bound.start() == word.start() && bound.end() < r.end() && !bound.value().equals("-")) {
                return Qualifier.fromLabel(bound.value());
            }
            pos = word.end();
        }
        return null;
    }

    /**
     * Whether a spelled number is followed by a temporal word ("deux jours",
     * "quinze heures", "treize mars", "trois derniers mois"): only then is it
     * worth reading around, "un" and "une" being everywhere in French.
     */
    private boolean temporalWordAfter(String t, ParsedNumber n) {
        Token next = Tokens.next(t, n.end());
        return next != null && (lexicon.temporal().units().get(t, next) != null || lexicon.temporal().anchors().contains(t, next)
                || lexicon.temporal().directions().get(t, next) != null || lexicon.temporal().dayOrdinals().matchAt(t, next.start()) != null
                || lexicon.temporal().periodEnds().get(t, next) != null);
    }

    /**
     * Whether one of the words before {@code pos} says a length of time
     * ("pendant", "dure", "prend", or "un film de").
     */
    private boolean afterDurationCue(String t, int pos) {
        Token before = Tokens.previous(t, pos);
        if (before != null && org.figx.text.Fold.equals(t, before.start(), before.end(), "de")
                && lexicon.temporal().durationNouns().contains(t, Tokens.previous(t, before.start()))) {
            return true;
        }
        for (int k = 0; k < 2 && before != null; k++) {
            if (lexicon.temporal().durationCues().contains(t, before)) {
                return true;
            }
            before = Tokens.previous(t, before.start());
        }
        return false;
    }

    /** "le trajet prend 2 h 15": a clock-style time after a word of length is a duration (PT2H15M). */
    private TemporalReading asDuration(String t, TemporalReading time) {
        if (time.kind() != Kind.TIME || !(time.expr() instanceof Temporal.ClockTime clock)
                || !afterDurationCue(t, time.start())) {
            return null;
        }
        java.util.Map<String, java.math.BigDecimal> parts = new java.util.LinkedHashMap<>();
        if (clock.hour() > 0) {
            parts.put("H", java.math.BigDecimal.valueOf(clock.hour()));
        }
        if (clock.minute() > 0) {
            parts.put("MIN", java.math.BigDecimal.valueOf(clock.minute()));
        }
        return parts.isEmpty() ? null : new TemporalReading(time.start(), time.end(), Kind.DURATION,
                new Temporal.Duration(parts), "clock-as-duration");
    }

    /** Positions already read in this window, kept as bits from just before its first anchor. */
    private static final class Tried {
        private static final int MARGIN = 256;
        private final int base;
        private final java.util.BitSet bits = new java.util.BitSet();

        Tried(Window window) {
            int first = Integer.MAX_VALUE;
            if (!window.numbers().isEmpty()) {
                first = window.numbers().get(0).start();
            }
            if (window.temporalAnchors().length > 0) {
                first = Math.min(first, window.temporalAnchors()[0]);
            }
            base = first == Integer.MAX_VALUE ? 0 : Math.max(0, first - MARGIN);
        }

        /** Marks {@code pos}; false if it was marked already. */
        boolean add(int pos) {
            int i = pos - base;
            if (i < 0) {
                return true; // before the window's margin: rare, read again rather than track
            }
            if (bits.get(i)) {
                return false;
            }
            bits.set(i);
            return true;
        }
    }

    /** Readings starting at the anchor and at each of the few words before it. */
    private void tryAround(String t, TemporalParser parser, int anchor, Tried tried,
                           List<TemporalReading> out) {
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

    /** Whether a temporal expression may begin at this token: a digit, a number word, a start word. */
    private boolean mayStart(String t, TemporalParser parser, Token first) {
        if (first == null) {
            return false;
        }
        char c = t.charAt(first.start());
        if (org.figx.text.Chars.isDigit(c)) {
            return true;
        }
        if (!org.figx.text.Chars.isWordChar(c)) {
            return false;
        }
        return lexicon.temporal().startWords().contains(t, first) || grammar.startsWith(parser, first)
                || lexicon.numberWords().canStartNumber(t, first) || grammar.startsWithSlot(parser, first);
    }

    /**
     * Every reading starting at {@code pos}. The first word decides which
     * readings are worth trying, so most positions cost a look-up or two.
     */
    private void readAt(String t, TemporalParser parser, int pos, List<TemporalReading> out) {
        Token first = Tokens.next(t, pos);
        if (!mayStart(t, parser, first)) {
            return;
        }
        TemporalWords words = lexicon.temporal();
        boolean digit = org.figx.text.Chars.isDigit(t.charAt(first.start()));
        boolean weekday = words.weekdays().get(t, first) != null || words.weekdayAbbreviations().get(t, first) != null;
        boolean month = words.months().get(t, first) != null;
        boolean numberWord = !digit && lexicon.numberWords().canStartNumber(t, first);
        boolean demonstrative = is(t, first, "ce") || is(t, first, "cet") || is(t, first, "cette");

        if (digit || is(t, first, "du") || is(t, first, "de") || is(t, first, "d")
                || is(t, first, "depuis") || is(t, first, "des") || is(t, first, "entre")) {
            add(t, out, parser.period(pos), "period"); // clock times and decades: periods of dates are rules
        }
        TemporalReading date = null;
        if (words.relativeDays().matchAt(t, pos) != null) {
            date = named(parser.relativeDay(pos), "relative-day");
        }
        if (date != null) {
            addDay(t, parser, out, date);
        }
        List<TemporalReading> ruled = new ArrayList<>(2);
        grammar.matchAt(parser, pos, ruled);
        for (TemporalReading r : ruled) {
            if (r.isBlocker()) {
                out.add(r);
            } else if (r.kind() == Kind.DATE && r.namesDay()) {
                addDay(t, parser, out, r); // "Noël à 20h"
            } else {
                add(t, out, r, r.rule());
            }
        }
        if (digit || numberWord || words.clockWords().get(t, first) != null
                || words.timePrepositions().matchAt(t, pos) != null) {
            add(t, out, parser.timeOfDay(pos, null, false), "time-of-day");
        }
        if (demonstrative || weekday || words.relativeDays().matchAt(t, pos) != null) {
            TemporalReading partOfDay = parser.partOfDay(pos);
            if (partOfDay != null) {
                add(t, out, partOfDay, "part-of-day");
                add(t, out, parser.timeOfDay(partOfDay.end(), partOfDay, false), "part-of-day-then-time"); // "jeudi matin à partir de 9h30"
            }
        }
    }

    /** A date naming one day, and the times, hours and parts of that day read after it. */
    private void addDay(String t, TemporalParser parser, List<TemporalReading> out, TemporalReading date) {
        add(t, out, date, "date");
        add(t, out, parser.timeOfDay(date.end(), date, false), "date-then-time");
        add(t, out, parser.hoursOfDay(date), "date-then-hours");
        add(t, out, parser.dayWithPart(date), "date-then-part-of-day"); // "le 15 février au matin"
    }

    private static TemporalReading named(TemporalReading r, String rule) {
        return r == null ? null : r.named(rule);
    }

    private static boolean is(String t, Token k, String folded) {
        return org.figx.text.Fold.equals(t, k.start(), k.end(), folded);
    }

    private void add(String text, List<TemporalReading> out, TemporalReading reading, String rule) {
        if (reading == null || reading.end() <= reading.start()) {
            return;
        }
        TemporalReading r = reading.named(rule);
        TemporalReading duration = asDuration(text, r);
        if (duration != null) {
            out.add(duration);
            return;
        }
        out.add(r);
        // "à partir du 8 mars", "avant 16h", "au mois de mars": the bound belongs to the mention
        if (r.kind() == org.figx.Kind.DATE || r.kind() == org.figx.Kind.TIME) {
            PhraseTable.Match<String> bound = lexicon.temporal().spanPrepositions().matchEndingAt(text, r.start());
            boolean hyphenated = r.start() > 0 && org.figx.text.Chars.isHyphen(text.charAt(r.start() - 1));
            if (bound != null && !hyphenated) {
                out.add(r.from(bound.start()));
            }
        }
    }
}
