package org.figx.extract;

import java.math.BigDecimal;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.Qualifier;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.RangePattern;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.WindowTokens;

/**
 * Turns a figure into a mention, the same way for every numeric kind: widens it
 * to a range when another number opens one on its left ("entre 10 et 20
 * millions d'euros", "de 10 à 20 %", "10-20 %"), then to the qualifier words
 * before it ("plus de", "environ").
 */
final class FigureBuilder {
    private final Lexicon lexicon;
    private final String text;
    /** The scanner's numbers, in text order (their ends increase too: they never overlap). */
    private final List<ParsedNumber> numbers;
    private final YearRule years;

    /** The window's tokens, read once: the words before a figure are read from them. */
    private final WindowTokens tokens;

    /** A builder for the window {@code tokens} were read from, whose numbers are {@code numbers}. */
    FigureBuilder(Lexicon lexicon, WindowTokens tokens, List<ParsedNumber> numbers) {
        this.lexicon = lexicon;
        this.years = new YearRule(lexicon);
        this.text = tokens.text();
        this.tokens = tokens;
        this.numbers = numbers;
    }

    /** The last number ending at or before {@code pos}, or null. */
    private ParsedNumber numberEndingBy(int pos) {
        int lo = 0;
        int hi = numbers.size() - 1;
        ParsedNumber found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ParsedNumber n = numbers.get(mid);
            if (n.end() <= pos) {
                found = n;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    String text() {
        return text;
    }

    Mention build(Kind kind, Figure figure, UnitMatcher sameUnit) {
        return build(kind, figure, figure.number().value(), sameUnit);
    }

    /** @param value the figure's value when it differs from its number's (cents added) */
    Mention build(Kind kind, Figure figure, BigDecimal value, UnitMatcher sameUnit) {
        int start = figure.start();
        BigDecimal low = value;
        BigDecimal high = figure.number().upper(); // "des dizaines": 20 to 90
        Range range = rangeBefore(figure, sameUnit);
        if (range != null) {
            start = range.start;
            low = range.low;
            high = range.negateHigh ? value.negate() : value; // "2 -7 g": the dash was read as a sign
        }
        Qualifier qualifier = figure.number().approximate() ? Qualifier.APPROX : Qualifier.EXACT;
        PhraseTable.Match<Qualifier> cue = lexicon.qualifiers().matchEndingAt(text, start);
        if (cue == null && range != null && range.firstFigure > start) {
            // "de l'ordre de 15 % à 25 %": the range's opening "de" ends the qualifier
            cue = lexicon.qualifiers().matchEndingAt(text, range.firstFigure);
            cue = cue != null && cue.start() <= start ? cue : null;
        }
        Bounds bounds = null;
        if (cue != null) {
            start = cue.start();
            qualifier = cue.value();
            bounds = range == null ? otherBoundBefore(figure, value, cue, sameUnit) : null;
            if (bounds != null) {
                // "supérieur à 5 et inférieur à 9", "au plus 40 et au moins 10": one figure
                // between two bounds, the lower bound's qualifier with the lower value
                start = bounds.start;
                low = bounds.low;
                high = bounds.high;
                qualifier = bounds.lowQualifier;
            }
        }
        boolean twoEnds = range != null || bounds != null;
        return Mention.of(kind, start, figure.end(), text.substring(start, figure.end()), Values.plain(low),
                high == null ? null : Values.plain(high), figure.unit(), qualifier,
                twoEnds ? figure.rule().range() : figure.rule().single());
    }

    /** Two bounds of one figure: where the first one's words start, the two values, the lower one's qualifier. */
    private record Bounds(int start, BigDecimal low, BigDecimal high, Qualifier lowQualifier) {
    }

    private static boolean isLowerBound(Qualifier q) {
        return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
    }

    private static boolean isUpperBound(Qualifier q) {
        return q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST;
    }

    /**
     * The other bound of a figure whose qualifier is a bound: "supérieur à 5 et [inférieur
     * à 9]", "au plus 40 et [au moins 10]". The figure before the connector has a bound of the
     * other side, and the same unit or none; the lower value must be below the higher.
     */
    private Bounds otherBoundBefore(Figure figure, BigDecimal value, PhraseTable.Match<Qualifier> cue,
                                   UnitMatcher sameUnit) {
        Qualifier q = cue.value();
        if (!isLowerBound(q) && !isUpperBound(q)) {
            return null;
        }
        Token connector = tokens.previous(cue.start());
        if (connector == null || !lexicon.isBoundsConnector(text, connector)) {
            return null;
        }
        int end = Chars.skipSpacesBack(text, connector.start());
        ParsedNumber left = numberEndingBy(end);
        if (left == null || left == figure.number() || left.end() != end && (figure.unit() == null
                || sameUnit.unitEnd(text, left.end(), figure.unit()) != end)) {
            return null;
        }
        PhraseTable.Match<Qualifier> leftCue = lexicon.qualifiers().matchEndingAt(text, left.start());
        if (leftCue == null || (isLowerBound(q) ? !isUpperBound(leftCue.value()) : !isLowerBound(leftCue.value()))) {
            return null;
        }
        ParsedNumber right = figure.number();
        BigDecimal leftValue = left.value();
        if (!left.hasScale() && right.hasScale() && left.value().compareTo(SCALED_BELOW) < 0) {
            leftValue = left.value().multiply(right.scale()); // "au moins 2 et au plus 3 millions"
        }
        BigDecimal rightValue = value;
        boolean leftIsLow = isLowerBound(leftCue.value());
        BigDecimal low = leftIsLow ? leftValue : rightValue;
        BigDecimal high = leftIsLow ? rightValue : leftValue;
        if (low.compareTo(high) >= 0) {
            return null;
        }
        return new Bounds(leftCue.start(), low, high, leftIsLow ? leftCue.value() : q);
    }

    /** Where a range starts (its opening word), its low end, and where its first figure starts. */
    private record Range(int start, BigDecimal low, int firstFigure, boolean negateHigh) {
    }

    /**
     * The bare figures listed before a figure that share its unit: in "-50,
     * -70 et -90 %" the percent sign belongs to all three, in "10, 20 et 30
     * millions d'euros" the scale and currency too.
     */
    List<Mention> sharedUnitItems(Kind kind, Figure figure) {
        List<Mention> items = new java.util.ArrayList<>();
        int p = figure.start();
        while (true) {
            Token connector = tokens.previous(p);
            if (connector == null) {
                break;
            }
            boolean comma = text.charAt(connector.start()) == ',' && connector.end() - connector.start() == 1;
            if (!comma && !lexicon.isListConnector(text, connector)) {
                break;
            }
            ParsedNumber item = numberEndingBy(Chars.skipSpacesBack(text, connector.start()));
            if (item == null || item.end() != Chars.skipSpacesBack(text, connector.start()) || item == figure.number()
                    || item.hasScale() && !figure.number().hasScale() || years.isCuedYear(text, item)) {
                break; // "75 € en 2024, 80 € en 2025": a year is no item of the list
            }
            BigDecimal value = item.hasScale() ? item.value() : item.value().multiply(figure.number().scale());
            items.add(Mention.of(kind, item.start(), item.end(), text.substring(item.start(), item.end()),
                    Values.plain(value), null, figure.unit(), Qualifier.EXACT, figure.rule().listItem()));
            p = item.start();
        }
        Mention from = changeFrom(kind, figure);
        if (from != null) {
            items.add(from);
        }
        return items;
    }

    /** {@link #changeFrom} alone, for a count ("porté de 300 à 450 postes"): a list of counts shares no noun. */
    List<Mention> changeFromItem(Kind kind, Figure figure) {
        Mention from = changeFrom(kind, figure);
        return from == null ? List.of() : List.of(from);
    }

    /** Below this, a figure written before a scale word is counted in it: "de 5 à 3 millions" is 5 million. */
    private static final BigDecimal SCALED_BELOW = BigDecimal.valueOf(1000);

    /**
     * The first figure of a change to {@code figure} ("est passé de 12 à 14 €", "porté
     * de 300 à 450 postes") when it is written bare: it takes the second's unit, and
     * its scale word unless it is already large ("de 500 000 à 1 million"). Null when
     * there is no change, or its first figure has a unit of its own or may be a year
     * ("passé de 2024 à 1990 euros" is left as it was read).
     */
    private Mention changeFrom(Kind kind, Figure figure) {
        if (figure.number().signed()) {
            return null;
        }
        for (RangePattern pattern : lexicon.rangePatterns()) {
            int connectorStart = endsWithWords(figure.start(), pattern.connectorWords());
            if (connectorStart < 0) {
                continue;
            }
            int end = Chars.skipSpacesBack(text, connectorStart);
            ParsedNumber left = numberEndingBy(end);
            if (left == null || left.end() != end || left == figure.number() || left.signed()
                    || years.isYear(text, left) || !isChangeBefore(left.start())
                    || !pattern.openerWords().isEmpty() && endsWithWords(left.start(), pattern.openerWords()) < 0) {
                continue;
            }
            BigDecimal value = left.hasScale() || left.value().compareTo(SCALED_BELOW) >= 0 ? left.value()
                    : left.value().multiply(figure.number().scale());
            return Mention.of(kind, left.start(), left.end(), text.substring(left.start(), left.end()),
                    Values.plain(value), null, figure.unit(), Qualifier.EXACT, figure.rule().changeFrom());
        }
        return null;
    }

    private Range rangeBefore(Figure figure, UnitMatcher sameUnit) {
        ParsedNumber right = figure.number();
        int rightStart = figure.start();
        // "10 - 20": the parser may have read "- 20" as a negative number
        boolean dashAsSign = right.signed() && right.value().signum() < 0 && Chars.isMinus(text.charAt(right.start()))
                && figure.start() == right.start();
        int before = dashAsSign ? right.start() : Chars.skipSpacesBack(text, rightStart);
        if (dashAsSign || before > 0 && Chars.isRangeDash(text.charAt(before - 1))) {
            int dash = dashAsSign ? right.start() : before - 1;
            Range r = leftFigure(Chars.skipSpacesBack(text, dash), List.of(), figure, sameUnit, dashAsSign, false);
            if (r != null) {
                return r;
            }
        }
        // "between 2 g and about 7 g": a qualifier of the second figure after the connector (looked up once)
        PhraseTable.Match<Qualifier> inner = null;
        boolean innerRead = false;
        for (RangePattern pattern : lexicon.rangePatterns()) {
            if (right.signed() && pattern.openerWords().isEmpty()) {
                continue; // "entre -3 et -1 %" opens with a word; "3 à -1" is no range
            }
            int connectorStart = endsWithWords(rightStart, pattern.connectorWords());
            if (connectorStart < 0 && !pattern.openerWords().isEmpty()) {
                if (!innerRead) {
                    inner = lexicon.qualifiers().matchEndingAt(text, rightStart);
                    innerRead = true;
                }
                connectorStart = inner == null ? -1 : endsWithWords(inner.start(), pattern.connectorWords());
            }
            if (connectorStart >= 0) {
                Range r = leftFigure(Chars.skipSpacesBack(text, connectorStart), pattern.openerWords(), figure,
                        sameUnit, false, pattern.unitOnce());
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The first figure of a range, ending at {@code end} (its unit repeated or
     * not), with {@code opener} before it.
     *
     * @param unitOnce a first figure that repeats the unit is no bound (see
     *                 {@link org.figx.lang.RangePattern#unitOnce()}); never so for a dash ("10 € - 20 €")
     */
    private Range leftFigure(int end, List<String> opener, Figure figure, UnitMatcher sameUnit, boolean dashAsSign,
                            boolean unitOnce) {
        ParsedNumber left = numberEndingBy(end);
        if (left == null) {
            return null;
        }
        if (left.end() != end && (left == figure.number() || figure.unit() == null
                || sameUnit.unitEnd(text, left.end(), figure.unit()) != end)) {
            return null; // the first figure may repeat the unit: "entre 10 euros et 20 euros"
        }
        if (left.end() != end && unitOnce) {
            return null; // "gagne 2 points à 98 points": with no "de" or "entre", two figures, no range
        }
        if (left == figure.number() || left.signed() && opener.isEmpty() || years.isCuedYear(text, left)) {
            return null; // "de 2 millions en 2020 à 3 millions": 2020 is when, not a bound
        }
        int start = left.start();
        if (figure.unit() != null) {
            // "from $80 to $120", "$10-$20": the first figure's currency sign before it
            org.figx.lang.Currencies.Sign sign = lexicon.currencies().signEndingAt(text, Chars.skipSpacesBack(text, start));
            if (sign != null && sign.code().equals(figure.unit()) && start - sign.end() <= 1) {
                Token before = tokens.previous(sign.start());
                if (unitOnce && before != null && lexicon.isChangeAmountWord(text, before)) {
                    return null; // "cut its debt by £150 million to £1.1bn": the change, then the level reached
                }
                start = sign.start();
            }
        }
        if (isChangeBefore(start)) {
            return null;
        }
        if (!opener.isEmpty()) {
            int openerStart = endsWithWords(start, opener);
            Token determiner = openerStart < 0 ? tokens.previous(start) : null;
            if (determiner != null && lexicon.isDeterminer(text, determiner)) {
                openerStart = endsWithWords(determiner.start(), opener); // "entre ces 12 $ et 14 $"
            }
            if (openerStart < 0) {
                return null;
            }
            start = openerStart;
        }
        ParsedNumber right = figure.number();
        BigDecimal high = dashAsSign ? right.value().negate() : right.value();
        BigDecimal low = left.value();
        // "entre 10 et 20 millions": the scale word of the second figure is the first's too,
        // unless that would make the first the larger ("de 500 000 à 1 million")
        if (!left.hasScale() && right.hasScale() && left.value().multiply(right.scale()).compareTo(high) < 0) {
            low = left.value().multiply(right.scale());
        }
        if (low.compareTo(high) >= 0) {
            return null;
        }
        return new Range(start, low, left.start(), dashAsSign);
    }

    /** How many words back from a range's first figure a change word is looked for ("passé de 12"). */
    private static final int CHANGE_WORD_REACH = 3;

    /** "est passé de 12 à 18": a change from one figure to another, not a range. */
    private boolean isChangeBefore(int leftStart) {
        int p = leftStart;
        for (int k = 0; k < CHANGE_WORD_REACH; k++) {
            Token before = tokens.previous(p);
            if (before == null) {
                return false;
            }
            if (lexicon.isChangeWord(text, before)) {
                return true;
            }
            p = before.start();
        }
        return false;
    }

    /**
     * Where the folded {@code words} start if they end right before {@code pos}
     * (spaces between), or -1.
     */
    private int endsWithWords(int pos, List<String> words) {
        int p = pos;
        int start = -1;
        for (int k = words.size() - 1; k >= 0; k--) {
            Token t = tokens.previous(p);
            if (t == null || !Fold.equals(text, t.start(), t.end(), words.get(k))) {
                return -1;
            }
            start = t.start();
            p = t.start();
        }
        return start;
    }
}
