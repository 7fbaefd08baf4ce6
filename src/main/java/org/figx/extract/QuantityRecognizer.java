package org.figx.extract;

import java.math.BigDecimal;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.Units;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * Measures: a number with a unit after it, as a symbol ("14 km", "3km",
 * "-5 °C") or a name ("14 kilomètres", "2 millions de barils", "37 degrés
 * Celsius"); "10 degrés en dessous de zéro" is -10. Counts of things ("300
 * contrats") are the number recognizer's, which knows what is no count.
 */
final class QuantityRecognizer implements Recognizer {
    private static final int MAX_GAP = 2;

    /** "14 km", "3km", "-5 °C": a unit symbol. */
    private static final FigureRule SYMBOL = FigureRule.named("quantity-symbol");
    /** "14 kilomètres", "2 millions de barils": a unit name. */
    private static final FigureRule NAME = FigureRule.named("quantity-unit-name");
    /** "10 degrés en dessous de zéro": below zero, the value negated. */
    private static final FigureRule BELOW_ZERO = FigureRule.named("quantity-below-zero");
    /** "2 tasses de café": a container unit and what it holds. */
    private static final FigureRule CONTAINER = FigureRule.named("quantity-container");

    /** "le CAC 40 a perdu 120 points": points of an index or a score ({@link PointsMeaning}). */
    private static final FigureRule POINTS = FigureRule.named("quantity-points");

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Lexicon lexicon;
    private final Units units;
    private final PointsMeaning points;
    /** The unit written for index and score points. */
    private final String pointsUnit;

    QuantityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.units = lexicon.units();
        this.points = new PointsMeaning(lexicon);
        this.pointsUnit = lexicon.pointsUnit();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        FigureBuilder figures = window.figures();
        String t = window.text();
        for (ParsedNumber n : window.numbers()) {
            if (isPerUnitArticle(t, n)) {
                continue; // "$80 a barrel": the unit a price is for, not one barrel
            }
            UnitRead unit = unitAt(t, n.end(), n.hasScale() || n.approximate() || n.bareFraction());
            PointsMeaning.Points read = unit == null ? points.after(window.tokens(), n) : null;
            if (read != null && read.meaning() == PointsMeaning.Meaning.POINTS) {
                unit = new UnitRead(read.end(), pointsUnit, POINTS);
            }
            int end;
            String symbol;
            FigureRule rule;
            if (unit != null) {
                end = unit.end();
                symbol = unit.symbol();
                rule = unit.rule();
            } else {
                end = n.end();
                symbol = null;
                rule = null;
            }
            BigDecimal value = n.value();
            int half = unit != null && isWhole(n) ? lexicon.numberParser().andAHalfEnd(t, end) : -1;
            if (half > 0) {
                value = value.add(HALF); // "trois kilomètres et demi": the half follows the unit
                end = half;
            }
            PhraseTable.Match<Boolean> below = lexicon.belowZero().matchAt(t, end);
            if (below != null && below.start() - end <= MAX_GAP && (symbol == null || symbol.startsWith("°"))) {
                value = value.negate();
                end = below.end();
                symbol = symbol == null ? "°" : symbol;
                rule = BELOW_ZERO;
            }
            if (symbol == null || isArticleBeforeLetter(t, n, end, rule)) {
                continue;
            }
            if (lexicon.isContainerUnit(symbol)) {
                int withContents = contentsEnd(t, end); // "2 tasses de café"
                rule = withContents > end ? CONTAINER : rule;
                end = withContents;
            }
            Figure figure = new Figure(n, n.start(), end, symbol, rule);
            out.add(figures.build(Kind.QUANTITY, figure, value, this::sameUnitEnd));
            out.addAll(figures.sharedUnitItems(Kind.QUANTITY, figure));
        }
    }

    /**
     * A spelled one that is a word of per-unit-words.txt ("a", "an") right after an
     * amount: "$80 a barrel", "5 euros a kilo" name the unit of a price.
     */
    private boolean isPerUnitArticle(String t, ParsedNumber n) {
        if (!n.spelled() || n.value().compareTo(BigDecimal.ONE) != 0 || n.hasScale()) {
            return false;
        }
        PhraseTable.Match<Boolean> per = lexicon.perUnitWords().matchAt(t, n.start());
        if (per == null || per.start() != n.start() || per.end() != n.end()) {
            return false;
        }
        if (Chars.figureEndsBefore(t, n.start())) {
            return true;
        }
        Token previous = Tokens.previous(t, n.start()); // "5 euros a kilo"
        return previous != null && lexicon.currencies().names().matchAt(t, previous.start()) != null;
    }

    /**
     * "a t-shirt", "a g-force": an article (determiners.txt) before a one-letter symbol
     * is no amount of one; "a kg", "an ml" are.
     */
    private boolean isArticleBeforeLetter(String t, ParsedNumber n, int end, FigureRule rule) {
        if (rule != SYMBOL || !n.spelled() || !lexicon.isDeterminer(t, new Token(n.start(), n.end()))) {
            return false;
        }
        int symbolStart = Chars.skipSpaces(t, n.end());
        return end - symbolStart == 1;
    }

    /** A whole number with no scale: "trois kilomètres et demi" may add a half to it. */
    private static boolean isWhole(ParsedNumber n) {
        return !n.hasScale() && !n.decimal() && !n.approximate() && !n.bareFraction() && n.value().signum() > 0;
    }

    /** End of "de café" after a container unit, or {@code end} when nothing is named. */
    private int contentsEnd(String t, int end) {
        Token de = Tokens.next(t, end);
        if (de == null || de.start() - end > MAX_GAP || !lexicon.isComplementLink(t, de)) {
            return end;
        }
        Token what = Tokens.next(t, de.end());
        if (what != null && what.end() - what.start() == 1 && Chars.isApostrophe(t.charAt(what.start()))) {
            what = Tokens.next(t, what.end());
        }
        return what != null && Chars.isWordChar(t.charAt(what.start())) && !lexicon.isFunctionWord(t, what)
                && !lexicon.isDeterminer(t, what) ? what.end() : end;
    }

    private int sameUnitEnd(String t, int pos, String symbol) {
        if (pointsUnit.equals(symbol)) {
            return points.pointsWordEnd(t, pos);
        }
        UnitRead unit = unitAt(t, pos, false);
        return unit != null && unit.symbol().equals(symbol) ? unit.end() : -1;
    }

    /** A unit read after a number: where it ends, its symbol, and whether a symbol or a name said it. */
    private record UnitRead(int end, String symbol, FigureRule rule) {
    }

    /**
     * The unit right after a number: a symbol (glued or after a space) or a
     * name, which after a scale word may follow "de" ("2 millions de barils").
     */
    private UnitRead unitAt(String t, int pos, boolean scaled) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        Units.UnitAt symbol = Chars.isHyphen(t.charAt(q)) ? null : perUnit(t, units.symbolAt(t, q));
        PhraseTable.Match<String> name = nameAt(t, q, scaled);
        if (name != null && lexicon.countsThings(t, new Token(name.start(), name.end()))) {
            name = null; // "10 000 pieds de vigne": a count, the number recognizer's
        }
        if (name != null && (symbol == null || name.end() >= symbol.end())) {
            return new UnitRead(name.end(), name.value(), NAME);
        }
        if (symbol != null && isWordBeforeMore(t, symbol)) {
            return null; // "rose 5% in 2023", "3 in 10": the word "in", not inches
        }
        return symbol == null ? null : new UnitRead(symbol.end(), symbol.symbol(), SYMBOL);
    }

    /**
     * A symbol that is also an ordinary word never counted (not-counted-words.txt:
     * "in") with a word or number after it: the word, not the unit.
     */
    private boolean isWordBeforeMore(String t, Units.UnitAt symbol) {
        Token word = Tokens.next(t, symbol.start());
        if (word == null || word.start() != symbol.start() || word.end() != symbol.end()
                || !lexicon.isNotCounted(t, word)) {
            return false;
        }
        Token after = Tokens.next(t, symbol.end());
        return after != null && (Chars.isWordChar(t.charAt(after.start())) || Chars.isDigit(t.charAt(after.start())));
    }

    /** "95 g/km", "20 m/s": a symbol, a slash and another symbol glued make one unit. */
    private Units.UnitAt perUnit(String t, Units.UnitAt symbol) {
        if (symbol == null || symbol.end() + 1 >= t.length() || t.charAt(symbol.end()) != '/') {
            return symbol;
        }
        Units.UnitAt per = units.symbolAt(t, symbol.end() + 1);
        return per == null ? symbol : new Units.UnitAt(symbol.start(), per.end(), symbol.symbol() + "/" + per.symbol());
    }

    private PhraseTable.Match<String> nameAt(String t, int q, boolean scaled) {
        int from = q;
        Token first = Tokens.next(t, q);
        if (scaled && first != null && first.start() == q) {
            boolean elided = first.end() < t.length() && Chars.isApostrophe(t.charAt(first.end()));
            if (lexicon.isComplementLink(t, first)) { // "2 millions de barils", "d'habitants"
                from = elided ? first.end() + 1 : first.end();
            }
        }
        PhraseTable.Match<String> name = units.names().matchAt(t, from);
        int expected = Chars.skipSpaces(t, from);
        if (expected < t.length() && Chars.isHyphen(t.charAt(expected))) {
            expected++; // "demi-litre"
        }
        return name != null && name.start() == expected ? name : null;
    }
}
