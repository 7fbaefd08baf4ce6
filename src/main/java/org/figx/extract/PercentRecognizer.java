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
 * ("3 points de pourcentage"; "-0,6 point" after a signed or decimal number).
 */
final class PercentRecognizer implements Recognizer {
    private static final int MAX_GAP = 2;

    private final Lexicon lexicon;

    PercentRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void propose(FigureBuilder figures, List<ParsedNumber> numbers, List<Mention> out) {
        String t = figures.text();
        for (ParsedNumber n : numbers) {
            if (n.hasScale()) {
                continue;
            }
            PercentUnit unit = unitAt(t, n.end(), n.signed() || n.decimal());
            if (unit != null) {
                out.add(figures.build(Kind.PERCENT, new Figure(n, n.start(), unit.end, unit.symbol),
                        this::sameUnitEnd));
            }
        }
    }

    private record PercentUnit(int end, String symbol) {
    }

    private int sameUnitEnd(CharSequence t, int pos, String symbol) {
        PercentUnit unit = unitAt(t, pos, true);
        return unit != null && unit.symbol.equals(symbol) ? unit.end : -1;
    }

    private PercentUnit unitAt(CharSequence t, int pos, boolean pointsMeanPercentagePoints) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        PhraseTable.Match<String> unit = lexicon.percentUnits().matchAt(t, q);
        if (unit != null && unit.start() == q) {
            return new PercentUnit(unit.end(), unit.value());
        }
        Token word = Tokens.next(t, q);
        if (pointsMeanPercentagePoints && word != null && word.start() == q
                && lexicon.isPercentagePointWord(Fold.fold(t, word.start(), word.end()))) {
            return new PercentUnit(word.end(), "pp");
        }
        return null;
    }
}
