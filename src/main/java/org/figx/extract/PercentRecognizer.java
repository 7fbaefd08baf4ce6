package org.figx.extract;

import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * Percentages ("28,5 %", "vingt pour cent") and percentage points
 * ("3 points de pourcentage"; "-0,6 point" after a signed or decimal number,
 * "2 points" after a rate or a percentage: "le taux de chômage a reculé de 2
 * points", "remplis à 58 %, soit 14 points de moins").
 */
final class PercentRecognizer implements Recognizer {
    private static final int MAX_GAP = 2;

    /** "28,5 %", "vingt pour cent", "3 points de pourcentage": a unit of percent-units.txt. */
    private static final FigureRule PERCENT_UNIT = FigureRule.named("percent");
    /** "-0,6 point", "reculé de 2 points" after a rate: bare points read as percentage points. */
    private static final FigureRule POINTS = FigureRule.named("percentage-points-in-context");

    private final Lexicon lexicon;
    private final PointsMeaning points;

    PercentRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.points = new PointsMeaning(lexicon);
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        FigureBuilder figures = window.figures();
        List<ParsedNumber> numbers = window.numbers();
        String t = figures.text();
        for (ParsedNumber n : numbers) {
            if (n.hasScale()) {
                continue;
            }
            PercentUnit unit = unitAt(window.tokens(), n);
            if (unit != null) {
                Figure figure = new Figure(n, n.start(), unit.end, unit.symbol, unit.rule);
                out.add(figures.build(Kind.PERCENT, figure, this::sameUnitEnd));
                out.addAll(figures.sharedUnitItems(Kind.PERCENT, figure));
            }
        }
    }

    private record PercentUnit(int end, String symbol, FigureRule rule) {
    }

    private int sameUnitEnd(String t, int pos, String symbol) {
        PercentUnit unit = unitAt(t, pos);
        if (unit == null && "pp".equals(symbol)) {
            int end = points.pointsWordEnd(t, pos); // "de 2 à 3 points": the first figure repeats "points"
            return end;
        }
        return unit != null && unit.symbol.equals(symbol) ? unit.end : -1;
    }

    /** The unit after {@code n}: bare "points" when they are percentage points ({@link PointsMeaning}). */
    private PercentUnit unitAt(org.figx.text.WindowTokens w, ParsedNumber n) {
        PercentUnit unit = unitAt(w.text(), n.end());
        if (unit != null) {
            return unit;
        }
        PointsMeaning.Points read = points.after(w, n);
        return read != null && read.meaning() == PointsMeaning.Meaning.PERCENTAGE_POINTS
                ? new PercentUnit(read.end(), "pp", POINTS) : null;
    }

    /** "%", "pour cent", "points de pourcentage" at {@code pos}, after a few spaces. */
    private PercentUnit unitAt(String t, int pos) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        PhraseTable.Match<String> unit = lexicon.percentUnits().matchAt(t, q);
        if (unit != null && unit.start() == q) {
            return new PercentUnit(unit.end(), unit.value(), PERCENT_UNIT);
        }
        return null;
    }
}
