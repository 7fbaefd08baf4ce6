package org.figx.extract;

import java.util.ArrayList;
import java.util.List;
import org.figx.Mention;
import org.figx.Qualifier;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.TemporalWords;
import org.figx.Kind;
import org.figx.text.Fold;
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
    private final YearRule years;
    private final org.figx.grammar.Grammar<TemporalReading> grammar;

    TemporalRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.years = new YearRule(lexicon);
        this.grammar = new TemporalGrammar(lexicon).grammar();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        String t = window.text();
        TemporalParser parser = new TemporalParser(t, lexicon);
        List<TemporalReading> readings = new ArrayList<>();
        Tried tried = new Tried(window);
        for (ParsedNumber n : window.numbers()) {
            fromNumber(t, parser, n, window.numbers(), readings);
            if (!n.spelled() || temporalWordAfter(t, n) || n.value().compareTo(java.math.BigDecimal.ONE) < 0) {
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
            if (!r.isBlocker() && blockers.stream().noneMatch(b -> b.blocks(r))) {
                kept.add(r);
            }
        }
        return kept;
    }

    private void fromNumber(String t, TemporalParser parser, ParsedNumber n, List<ParsedNumber> numbers,
                            List<TemporalReading> out) {
        TemporalReading duration = parser.duration(n);
        if (duration != null && !isIdiom(t, n)) {
            add(t, out, duration, "duration");
            add(t, out, durationRange(t, n, duration, numbers), "duration-range");
        }
        add(t, out, parser.countedUnits(n), "counted-units");
        if (years.isYear(t, n)) {
            add(t, out, parser.year(n), "year");
        }
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
                || org.figx.text.Fold.equals(t, next.start(), next.end(), "premiers")
                || org.figx.text.Fold.equals(t, next.start(), next.end(), "premieres"));
    }

    /** "Un jour, peut-être": "un jour" is "some day" unless a word of length comes just before. */
    private boolean isIdiom(String t, ParsedNumber n) {
        PhraseTable.Match<Boolean> idiom = lexicon.temporal().idiomaticDurations().matchAt(t, n.start());
        return idiom != null && idiom.start() == n.start() && !afterDurationCue(t, n.start());
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

    /** "entre deux et trois heures", "de cinq à dix ans": a range of durations in one unit. */
    private TemporalReading durationRange(String t, ParsedNumber right, TemporalReading duration,
                                                 List<ParsedNumber> numbers) {
        Token connector = Tokens.previous(t, right.start());
        boolean et = connector != null && Fold.equals(t, connector.start(), connector.end(), "et");
        boolean a = connector != null && Fold.equals(t, connector.start(), connector.end(), "a");
        if (!et && !a || !(duration.expr() instanceof Temporal.Duration high) || high.parts().size() != 1) {
            return null;
        }
        ParsedNumber left = null;
        for (ParsedNumber n : numbers) {
            if (n.end() <= connector.start() && org.figx.text.Chars.skipSpaces(t, n.end()) == connector.start()) {
                left = n;
            }
        }
        Token opener = left == null ? null : Tokens.previous(t, left.start());
        String openerWord = et ? "entre" : "de";
        var part = high.parts().entrySet().iterator().next();
        if (opener == null || !Fold.equals(t, opener.start(), opener.end(), openerWord)
                || left.value().compareTo(right.value()) >= 0 || left.signed() || left.hasScale()
                || part.getValue().compareTo(right.value()) != 0) {
            return null; // the amount was changed ("2 heures et demie"): not one unit counted twice
        }
        Temporal.Duration low = Temporal.Duration.of(left.value(), part.getKey());
        return new TemporalReading(opener.start(), duration.end(), Kind.DURATION,
                new Temporal.DurationRange(low, high));
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
        return lexicon.temporal().startWords().contains(t, first) || grammar.startsWith(parser, first) || "TSQ".indexOf(c) >= 0 && first.end() == first.start() + 1
                || startsRoman(t, first) || lexicon.numberWords().canStartNumber(t, first);
    }

    /**
     * The date after "à partir du", "jusqu'au" starting at {@code first}, where a bare
     * number is a day ("à partir du 8") when no word follows it ("jusqu'au 3e rang").
     * The bound itself joins the mention later, as for any date.
     */
    private TemporalReading dayAfterBound(String t, TemporalParser parser, Token first) {
        PhraseTable.Match<Boolean> bound = lexicon.temporal().dayBounds().matchAt(t, first.start());
        if (bound == null || bound.start() != first.start()) {
            return null;
        }
        TemporalReading day = parser.calendarDate(bound.end(), true);
        if (day == null || day.date() == null || day.date().month() != null) {
            return day;
        }
        Token after = Tokens.next(t, day.end());
        return after != null && org.figx.text.Chars.isWordChar(t.charAt(after.start())) ? null : day;
    }

    /** "XXIe": a Roman century ordinal. */
    private static boolean startsRoman(String t, Token first) {
        return "IVXLC".indexOf(t.charAt(first.start())) >= 0 && Character.isUpperCase(t.charAt(first.start()));
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
        boolean article = is(t, first, "le") || is(t, first, "la") || is(t, first, "l") || is(t, first, "au");
        boolean dateish = digit || weekday || month || numberWord;

        if (digit || month || weekday || is(t, first, "du") || is(t, first, "de") || is(t, first, "d")
                || is(t, first, "depuis") || is(t, first, "des") || is(t, first, "entre")) {
            add(t, out, parser.period(pos), "period");
        }
        TemporalReading date = null;
        if (dateish || words.dayOrdinals().matchAt(t, pos) != null) {
            date = named(parser.calendarDate(pos, false), "calendar-date");
        }
        PhraseTable.Match<Boolean> prefix = words.datePrefixes().matchAt(t, pos);
        if (date == null && prefix != null && prefix.start() == first.start()) {
            // "le 4" is a day; "la 2e place" is a rank
            TemporalReading after = parser.calendarDate(prefix.end(), is(t, first, "le"));
            if (after != null) {
                date = after.from(prefix.start()).named("calendar-date-after-prefix");
            }
        }
        if (date == null) {
            date = named(dayAfterBound(t, parser, first), "day-after-bound");
        }
        add(t, out, date, "date");
        List<TemporalReading> ruled = new ArrayList<>(2);
        grammar.matchAt(parser, pos, ruled);
        for (TemporalReading r : ruled) {
            if (r.isBlocker()) {
                out.add(r);
            } else {
                add(t, out, r, r.rule());
            }
        }
        if (words.boundaries().get(t, first) != null) {
            add(t, out, parser.boundary(pos), "boundary");
        }
        add(t, out, parser.partOfYear(pos), "part-of-year");
        if (numberWord) {
            add(t, out, parser.quarterHour(pos), "quarter-hour");
        }
        if (article || digit || words.nthDayWords().matchAt(t, pos) != null) {
            add(t, out, parser.nthDayOfMonth(pos), "nth-day-of-month");
        }
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
