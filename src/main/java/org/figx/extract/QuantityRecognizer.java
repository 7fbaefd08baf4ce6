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
import org.figx.text.Fold;
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

    private final Lexicon lexicon;
    private final Units units;

    QuantityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.units = lexicon.units();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        FigureBuilder figures = window.figures();
        String t = window.text();
        for (ParsedNumber n : window.numbers()) {
            Units.UnitAt unit = unitAt(t, n.end(), n.hasScale() || n.approximate() || n.bareFraction());
            int end;
            String symbol;
            if (unit != null) {
                end = unit.end();
                symbol = unit.symbol();
            } else {
                end = n.end();
                symbol = null;
            }
            BigDecimal value = n.value();
            PhraseTable.Match<Boolean> below = lexicon.belowZero().matchAt(t, end);
            if (below != null && below.start() - end <= MAX_GAP && (symbol == null || symbol.startsWith("°"))) {
                value = value.negate();
                end = below.end();
                symbol = symbol == null ? "°" : symbol;
            }
            if (symbol == null) {
                continue;
            }
            if (lexicon.isContainerUnit(symbol)) {
                end = contentsEnd(t, end); // "2 tasses de café"
            }
            Figure figure = new Figure(n, n.start(), end, symbol);
            out.add(figures.build(Kind.QUANTITY, figure, value, this::sameUnitEnd));
            out.addAll(figures.sharedUnitItems(Kind.QUANTITY, figure));
        }
    }

    /** End of "de café" after a container unit, or {@code end} when nothing is named. */
    private int contentsEnd(String t, int end) {
        Token de = Tokens.next(t, end);
        if (de == null || de.start() - end > MAX_GAP || !(Fold.equals(t, de.start(), de.end(), "de")
                || Fold.equals(t, de.start(), de.end(), "d"))) {
            return end;
        }
        Token what = Tokens.next(t, de.end());
        if (what != null && what.end() - what.start() == 1 && Chars.isApostrophe(t.charAt(what.start()))) {
            what = Tokens.next(t, what.end());
        }
        return what != null && Chars.isWordChar(t.charAt(what.start())) && !lexicon.isFunctionWord(t, what)
                ? what.end() : end;
    }

    private int sameUnitEnd(CharSequence t, int pos, String symbol) {
        Units.UnitAt unit = unitAt(t, pos, false);
        return unit != null && unit.symbol().equals(symbol) ? unit.end() : -1;
    }

    /**
     * The unit right after a number: a symbol (glued or after a space) or a
     * name, which after a scale word may follow "de" ("2 millions de barils").
     */
    private Units.UnitAt unitAt(CharSequence t, int pos, boolean scaled) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        Units.UnitAt symbol = Chars.isHyphen(t.charAt(q)) ? null : units.symbolAt(t, q);
        PhraseTable.Match<String> name = nameAt(t, q, scaled);
        if (name != null && (symbol == null || name.end() >= symbol.end())) {
            return new Units.UnitAt(name.start(), name.end(), name.value());
        }
        return symbol;
    }

    private PhraseTable.Match<String> nameAt(CharSequence t, int q, boolean scaled) {
        int from = q;
        Token first = Tokens.next(t, q);
        if (scaled && first != null && first.start() == q) {
            if (Fold.equals(t, first.start(), first.end(), "de")) {
                from = first.end();
            } else if (Fold.equals(t, first.start(), first.end(), "d") && first.end() < t.length()
                    && Chars.isApostrophe(t.charAt(first.end()))) {
                from = first.end() + 1;
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
