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

    PercentRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
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
            PercentUnit unit = unitAt(t, n);
            if (unit != null) {
                Figure figure = new Figure(n, n.start(), unit.end, unit.symbol, unit.rule);
                out.add(figures.build(Kind.PERCENT, figure, this::sameUnitEnd));
                out.addAll(figures.sharedUnitItems(Kind.PERCENT, figure));
            }
        }
    }

    private record PercentUnit(int end, String symbol, FigureRule rule) {
    }

    /** How far back in its sentence a rate word may stand. */
    private static final int RATE_WINDOW = 200;

    /** Whether a rate word ("taux", "part") or a percentage comes earlier in the sentence. */
    private boolean rateWordBefore(CharSequence t, int pos) {
        int limit = Math.max(0, pos - RATE_WINDOW);
        int p = pos;
        while (p > limit) {
            Token word = Tokens.previous(t, p);
            if (word == null) {
                return false;
            }
            char c = t.charAt(word.start());
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
            if (c == '%' || Chars.isWordChar(c) && lexicon.isRateWord(t, word)) {
                return true;
            }
            p = word.start();
        }
        return false;
    }

    private int sameUnitEnd(CharSequence t, int pos, String symbol) {
        PercentUnit unit = unitAt(t, pos, () -> true);
        return unit != null && unit.symbol.equals(symbol) ? unit.end : -1;
    }

    /** The unit after {@code n}: bare "points" count as percentage points after a sign, a decimal or a rate. */
    private PercentUnit unitAt(CharSequence t, ParsedNumber n) {
        return unitAt(t, n.end(), () -> n.signed() || n.decimal() || rateWordBefore(t, n.start()));
    }

    private PercentUnit unitAt(CharSequence t, int pos, java.util.function.BooleanSupplier pointsMeanPercentagePoints) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        PhraseTable.Match<String> unit = lexicon.percentUnits().matchAt(t, q);
        if (unit != null && unit.start() == q) {
            return new PercentUnit(unit.end(), unit.value(), PERCENT_UNIT);
        }
        Token word = Tokens.next(t, q);
        boolean adjacent = word != null && (word.start() == q || word.start() == q + 1 && Chars.isHyphen(t.charAt(q)));
        if (adjacent && lexicon.isPercentagePointWord(t, word)
                && pointsMeanPercentagePoints.getAsBoolean()) {
            return new PercentUnit(word.end(), "pp", POINTS);
        }
        return null;
    }
}
