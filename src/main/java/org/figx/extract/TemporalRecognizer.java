package org.figx.extract;

import java.util.ArrayList;
import java.util.List;
import org.figx.Mention;
import org.figx.Qualifier;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;
import org.figx.time.Temporal;

/**
 * Dates, times, periods and durations. From each temporal anchor the scanner
 * found (a number, a month or weekday name, "hier", a unit such as "heures", a
 * numeric date) and from the few words before it ("le", "du", "entre", "fin",
 * "il y a"), every rule of the language's temporal grammar that can start
 * there is tried ({@link TemporalGrammar}, over a {@link TemporalScanner});
 * a {@code none} rule's span drops what lies inside it, and the overlap
 * resolver keeps the longest of the rest.
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

    /** Each worker thread's memo of the grammar's reads, cleared and reused window after window. */
    private static final ThreadLocal<ReadCache> READS = new ThreadLocal<>();

    @Override
    public void propose(Window window, List<Mention> out) {
        String t = window.text();
        ReadCache reads = READS.get();
        if (reads == null) { // no withInitial lambda: one class fewer to make at start-up
            reads = new ReadCache();
            READS.set(reads);
        }
        TemporalScanner scanner = new TemporalScanner(window.tokens(), lexicon, reads);
        scanner.useNumbers(window.numbers());
        List<TemporalReading> readings = new ArrayList<>();
        List<TemporalReading> ruled = new ArrayList<>(2); // what the rules read at one place, emptied for the next
        Tried tried = new Tried(window);
        WindowTokens tokens = window.tokens();
        for (int i = 0; i < window.numbers().size(); i++) {
            ParsedNumber n = window.numbers().get(i);
            if (!n.spelled() || temporalWordAfter(tokens, n) || n.value().compareTo(java.math.BigDecimal.ONE) < 0
                    || lowEndBefore(tokens, n, window.numbers(), i)) {
                tryAround(t, scanner, n.start(), tried, readings, ruled);
            }
        }
        for (int anchor : window.temporalAnchors()) {
            tryAround(t, scanner, anchor, tried, readings, ruled);
        }
        for (TemporalReading r : withoutBlocked(readings)) {
            out.add(Mention.temporal(r.kind(), r.start(), r.end(), t.substring(r.start(), r.end()), r.expr(),
                    boundOf(tokens, r), r.rule()));
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

    /**
     * Whether spelled {@code n} may be the low end of a range whose high end,
     * one word further, counts a temporal unit ("entre vingt-cinq et trente
     * ans"): the range starts before it, out of the high end's reach.
     */
    private boolean lowEndBefore(WindowTokens tokens, ParsedNumber n, List<ParsedNumber> numbers, int i) {
        if (i + 1 >= numbers.size()) {
            return false;
        }
        ParsedNumber high = numbers.get(i + 1);
        Token between = tokens.next(n.end());
        return between != null && Tokens.nextStart(tokens.text(), between.end()) == high.start()
                && temporalWordAfter(tokens, high);
    }

    /** How many words into a mention a bound may stand ("jeudi matin à partir de 9 heures 30"). */
    private static final int BOUND_REACH = 6;

    /**
     * The qualifier a bound inside a temporal mention gives it ("à partir du 8
     * mars" at_least, "jeudi après 9h30" more_than), or null when there is none.
     */
    private Qualifier boundOf(WindowTokens tokens, TemporalReading r) {
        if (hasTwoEnds(r.expr())) {
            return null; // "from 6 p.m. to 9 p.m.": the "from" opens the range, it bounds nothing
        }
        String t = tokens.text();
        int pos = r.start();
        for (int k = 0; k < BOUND_REACH; k++) {
            Token word = tokens.next(pos);
            if (word == null || word.start() >= r.end()) {
                return null;
            }
            PhraseTable.Match<String> bound = lexicon.temporal().spanPrepositions().matchAt(t, word);
            if (bound != null && bound.start() == word.start() && bound.end() < r.end() && !bound.value().equals("-")
                    && !afterUnit(tokens, r.start(), word.start())) {
                return Qualifier.fromLabel(bound.value());
            }
            pos = word.end();
        }
        return null;
    }

    /** Whether {@code expr} runs from one written end to another ("from Monday to Wednesday"). */
    private static boolean hasTwoEnds(Temporal expr) {
        return expr instanceof Temporal.Dates || expr instanceof Temporal.Weekdays
                || expr instanceof Temporal.Interval || expr instanceof Temporal.Hours;
    }

    /**
     * Whether the word before {@code pos}, inside the mention starting at {@code start}, is a
     * unit of time: a bound after it ("trois jours avant le 14 juillet") places a count of
     * units from a day, and bounds nothing.
     */
    private boolean afterUnit(WindowTokens tokens, int start, int pos) {
        Token before = tokens.previous(pos);
        return before != null && before.start() >= start
                && lexicon.temporal().units().get(tokens.text(), before) != null;
    }

    /**
     * Whether a spelled number is followed by a temporal word ("deux jours",
     * "quinze heures", "treize mars", "trois derniers mois"): only then is it
     * worth reading around, "un" and "une" being everywhere in French.
     */
    private boolean temporalWordAfter(WindowTokens tokens, ParsedNumber n) {
        String t = tokens.text();
        Token next = tokens.next(n.end()); // its hash read with the window: five look-ups from it
        return next != null && (lexicon.temporal().units().get(t, next) != null || lexicon.temporal().anchors().contains(t, next)
                || lexicon.temporal().directions().get(t, next) != null || lexicon.temporal().dayOrdinals().matchAt(t, next) != null
                || lexicon.temporal().periodEnds().get(t, next) != null);
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
    private void tryAround(String t, TemporalScanner scanner, int anchor, Tried tried,
                           List<TemporalReading> out, List<TemporalReading> ruled) {
        int pos = anchor;
        for (int k = 0; k <= WORDS_BEFORE; k++) {
            if (tried.add(pos)) {
                readAt(t, scanner, pos, out, ruled);
            }
            Token before = scanner.previous(pos);
            if (before == null) {
                return;
            }
            pos = before.start();
        }
    }

    /**
     * What every rule that can start at {@code pos} reads there: at a figure or a word
     * (the grammar's index says which rules may start with it, if any).
     */
    private void readAt(String t, TemporalScanner scanner, int pos, List<TemporalReading> out,
                        List<TemporalReading> ruled) {
        Token first = scanner.next(pos);
        if (first == null) {
            return;
        }
        char c = t.charAt(first.start());
        if (!org.figx.text.Chars.isDigit(c) && !org.figx.text.Chars.isWordChar(c)) {
            return;
        }
        ruled.clear();
        grammar.matchAt(scanner, pos, ruled);
        for (int i = 0; i < ruled.size(); i++) {
            TemporalReading r = ruled.get(i);
            if (r.isBlocker()) {
                out.add(r);
            } else {
                add(t, out, r);
            }
        }
    }

    /**
     * Whether the bound word at {@code boundStart} follows a figure and compares it
     * ("rose 8% from a year earlier"): it is then no start of the time after it.
     */
    private boolean comparesAFigure(String text, int boundStart) {
        if (!org.figx.text.Chars.figureEndsBefore(text, boundStart)) {
            return false;
        }
        Token bound = org.figx.text.Tokens.next(text, boundStart);
        return bound != null && lexicon.temporal().isComparisonPreposition(text, bound);
    }

    /** A reading, and the same reading widened to a bound written before it. */
    private void add(String text, List<TemporalReading> out, TemporalReading r) {
        if (r.end() <= r.start()) {
            return;
        }
        out.add(r);
        // "à partir du 8 mars", "avant 16h", "au mois de mars": the bound belongs to the mention
        if (r.kind() == org.figx.Kind.DATE || r.kind() == org.figx.Kind.TIME) {
            PhraseTable.Match<String> bound = lexicon.temporal().spanPrepositions().matchEndingAt(text, r.start());
            boolean hyphenated = r.start() > 0 && org.figx.text.Chars.isHyphen(text.charAt(r.start() - 1));
            if (bound != null && !hyphenated && !comparesAFigure(text, bound.start())) {
                out.add(r.from(bound.start()));
            }
        }
    }
}
