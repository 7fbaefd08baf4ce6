package org.figx.extract;

import java.math.BigDecimal;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Currencies;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * Money: a number with a currency after it ("28 milliards USD", "2,5 Md€",
 * "28 milliards de dollars", "1,5 million d'euros") or a sign or code before it
 * ("$10", "USD 1,23", "EUR29,99"), and cents after it ("1 USD et 23 centimes").
 */
final class MoneyRecognizer implements Recognizer {
    /** At most this many spaces between a number and its currency. */
    private static final int MAX_GAP = 2;

    /** "28 milliards USD", "2,5 Md€": a sign or ISO code after the number. */
    private static final FigureRule SYMBOL_AFTER = FigureRule.named("money-symbol-after");
    /** "28 milliards de dollars", "1,5 million d'euros": a currency name after it. */
    private static final FigureRule NAME_AFTER = FigureRule.named("money-name-after");
    /** "$10", "USD 1,23": a sign or code before it. */
    private static final FigureRule SYMBOL_BEFORE = FigureRule.named("money-symbol-before");
    /** "1 USD et 23 centimes", "5 euros 50": an amount and its cents. */
    private static final FigureRule WITH_CENTS = FigureRule.named("money-with-cents");
    /** "99 centimes": hundredths alone. */
    private static final FigureRule SUBUNITS = FigureRule.named("money-subunits");
    /** "3 €/l", "80 $/baril": a price per unit of measure, written as the code, a slash and the unit. */
    private static final FigureRule PER_UNIT = FigureRule.named("money-per-unit");

    private final Lexicon lexicon;
    private final Currencies currencies;

    MoneyRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.currencies = lexicon.currencies();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        FigureBuilder figures = window.figures();
        List<ParsedNumber> numbers = window.numbers();
        String t = figures.text();
        for (ParsedNumber n : numbers) {
            Figure figure = after(window.tokens(), n);
            if (figure == null) {
                figure = before(t, n);
            }
            if (figure == null) {
                Mention subunitsAlone = subunitsAlone(figures, n);
                if (subunitsAlone != null) {
                    out.add(subunitsAlone);
                }
                continue;
            }
            if (isArticleBeforeCurrency(t, n, figure)) {
                continue;
            }
            BigDecimal value = n.value();
            int end = figure.end();
            Cents cents = centsAfter(t, end, n);
            if (cents != null) {
                value = value.add(cents.value);
                figure = new Figure(n, figure.start(), cents.end, figure.unit(), WITH_CENTS);
            }
            out.add(figures.build(Kind.MONEY, figure, value, sameCurrency));
            out.addAll(figures.sharedUnitItems(Kind.MONEY, figure));
        }
    }

    private Figure after(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        if (n.spelled() && n.end() < t.length() && !Chars.isSpace(t.charAt(n.end()))) {
            return null; // a word glued to a sign is the sign's letters: "A$30", "C$5", not "a" dollar
        }
        CurrencyAt currency = currencyAt(t, w, n.start(), n.end(), null, n.hasScale() || n.approximate());
        if (currency == null) {
            return null;
        }
        int next = Chars.skipSpaces(t, currency.end);
        if (n.spelled() && next < t.length() && Chars.isDigit(t.charAt(next))
                && !Chars.isWordChar(t.charAt(currency.end - 1))) {
            return null; // "a $5 fee": the sign is the digits' after it ("twenty rupees 43" keeps its cents)
        }
        CurrencyAt perUnit = perUnit(t, currency);
        return perUnit != null ? new Figure(n, n.start(), perUnit.end, perUnit.code, perUnit.rule)
                : new Figure(n, n.start(), currency.end, currency.code, currency.rule);
    }

    /**
     * Where the unit of a price per unit starts after the currency ending at
     * {@code end}: after a glued slash ("3 €/l") or a word of per-unit-words.txt
     * ("1,85 euro le litre", "2 000 $ l'once"); -1 when neither follows.
     */
    private int perUnitStart(String t, int end) {
        if (end + 1 < t.length() && t.charAt(end) == '/' && Chars.isWordChar(t.charAt(end + 1))) {
            return end + 1;
        }
        PhraseTable.Match<Boolean> per = lexicon.perUnitWords().matchAt(t, end);
        if (per == null || per.start() - end > MAX_GAP || per.start() == end) {
            return -1;
        }
        Token unit = Tokens.next(t, per.end());
        return unit == null || unit.start() - per.end() > 1 ? -1 : unit.start();
    }

    /**
     * "3 €/l", "80 $/baril", "1,85 euro le litre": a price per unit, "EUR/l", when
     * a unit symbol or name follows the currency as {@link #perUnitStart} says; null otherwise.
     */
    private CurrencyAt perUnit(String t, CurrencyAt currency) {
        int unitStart = perUnitStart(t, currency.end);
        if (unitStart < 0) {
            return null;
        }
        org.figx.lang.Units units = lexicon.units();
        PhraseTable.Match<String> name = units.names().matchAt(t, unitStart);
        org.figx.lang.Units.UnitAt symbol = units.symbolAt(t, unitStart);
        int nameEnd = name != null && name.start() == unitStart ? name.end() : -1;
        int symbolEnd = symbol != null ? symbol.end() : -1;
        if (nameEnd < 0 && symbolEnd < 0) {
            return null;
        }
        boolean byName = nameEnd >= symbolEnd;
        int end = byName ? nameEnd : symbolEnd;
        if (end < t.length() && Chars.isWordChar(t.charAt(end))) {
            return null;
        }
        String unit = byName ? name.value() : symbol.symbol();
        return new CurrencyAt(end, currency.code + "/" + unit, PER_UNIT);
    }

    /** A currency read in the text: where it ends, its ISO code, and whether a sign or a name said it. */
    private record CurrencyAt(int end, String code, FigureRule rule) {
    }

    /** For ranges: end of the currency {@code code} written at {@code pos}, or -1. */
    /** {@link #sameCurrencyEnd} as a unit matcher; a class, not a method reference, made once. */
    private final UnitMatcher sameCurrency = new UnitMatcher() {
        @Override
        public int unitEnd(String text, int pos, String unit) {
            return sameCurrencyEnd(text, pos, unit);
        }
    };

    private int sameCurrencyEnd(String t, int pos, String code) {
        CurrencyAt currency = currencyAt(t, null, pos, pos, code, false);
        return currency == null ? -1 : currency.end;
    }

    /**
     * A currency written at {@code pos} (after a few spaces): a sign or code, or
     * a name, which after a scale word may follow "de"/"d'" ("milliards de
     * dollars"). When {@code code} is given, only that currency. The name's tokens are
     * the window's when {@code w} is not null (after every number: looked up from their hashes).
     */
    private CurrencyAt currencyAt(String t, WindowTokens w, int numberStart, int pos, String code, boolean scaled) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return null;
        }
        Currencies.Sign sign = currencies.signAt(t, q);
        if (sign != null && (code == null || code.equals(sign.code()))) {
            return new CurrencyAt(sign.end(), sign.code(), SYMBOL_AFTER);
        }
        int nameFrom = q;
        if (scaled) {
            int afterDe = afterPreposition(t, q);
            if (afterDe > 0) {
                nameFrom = afterDe;
            }
        }
        PhraseTable.Match<String> name = w != null ? currencies.names().matchAt(w, nameFrom)
                : currencies.names().matchAt(t, nameFrom);
        if (name == null || name.start() != Chars.skipSpaces(t, nameFrom)
                || code != null && !code.equals(name.value())) {
            return null;
        }
        if (isMeasureOfSomething(t, name, numberStart)) {
            return null;
        }
        return new CurrencyAt(name.end(), name.value(), NAME_AFTER);
    }

    /** How many words before an amount a unit cue is looked for ("weighed about seven pounds"). */
    private static final int UNIT_CUE_REACH = 3;

    /**
     * A currency name that is also a unit name, followed by a complement link and a
     * word ("two pounds of meat"), or after a word of unit-cues.txt ("weighed seven
     * pounds"): a measure, not money ("ten pounds").
     */
    private boolean isMeasureOfSomething(String t, PhraseTable.Match<String> name, int numberStart) {
        PhraseTable.Match<String> unit = lexicon.units().names().matchAt(t, name.start());
        if (unit == null || unit.start() != name.start() || unit.end() != name.end()) {
            return false;
        }
        Token before = Tokens.previous(t, numberStart);
        for (int k = 0; k < UNIT_CUE_REACH && before != null; k++) {
            if (lexicon.isUnitCue(t, before)) {
                return true; // "the baby weighed seven pounds"
            }
            before = Tokens.previous(t, before.start());
        }
        Token link = Tokens.next(t, name.end());
        if (link == null || link.start() - name.end() > MAX_GAP || !lexicon.isComplementLink(t, link)) {
            return false;
        }
        Token what = Tokens.next(t, link.end());
        return what != null && Chars.isWordChar(t.charAt(what.start())) && !lexicon.isFunctionWord(t, what);
    }

    /** After "de" or "d'" at {@code q}, or -1. */
    private static int afterPreposition(String t, int q) {
        Token first = Tokens.next(t, q);
        if (first == null || first.start() != q) {
            return -1;
        }
        if (Fold.equals(t, first.start(), first.end(), "de")) {
            return first.end();
        }
        if (Fold.equals(t, first.start(), first.end(), "d") && first.end() < t.length()
                && Chars.isApostrophe(t.charAt(first.end()))) {
            return first.end() + 1;
        }
        return -1;
    }

    /** "$10", "USD 28", "EUR29,99": a sign or code right before the number. */
    private Figure before(String t, ParsedNumber n) {
        int p = Chars.skipSpacesBack(t, n.start());
        if (n.start() - p > MAX_GAP - 1) {
            return null;
        }
        Currencies.Sign sign = currencies.signEndingAt(t, p);
        if (sign == null) {
            return null;
        }
        // "20 € 30": the sign belongs to the number on its left
        int beforeSign = Chars.skipSpacesBack(t, sign.start());
        if (beforeSign > 0 && Chars.isDigit(t.charAt(beforeSign - 1))) {
            return null;
        }
        return new Figure(n, sign.start(), n.end(), sign.code(), SYMBOL_BEFORE);
    }

    private record Cents(int end, BigDecimal value) {
    }

    /** A one-letter subunit written as a capital: "40C" is forty degrees, "43c" 43 cents. */
    private static boolean isCapitalLetter(String t, PhraseTable.Match<?> unit) {
        return unit.end() - unit.start() == 1 && Character.isUpperCase(t.charAt(unit.start()));
    }

    /** Nothing but the end of the text, a line or a clause after {@code pos}. */
    private static boolean endsClause(String t, int pos) {
        int q = Chars.skipSpaces(t, pos);
        if (q >= t.length()) {
            return true;
        }
        char c = t.charAt(q);
        return c == '.' || c == ',' || c == ';' || c == '\n' || c == '\r' || c == ')' || c == '!' || c == '?';
    }

    /** Nothing after the number that it could count: punctuation, the end, or a small word. */
    private boolean nothingCountedAfter(String t, int pos) {
        Token next = Tokens.next(t, pos);
        if (next == null || !Chars.isWordChar(t.charAt(next.start()))) {
            return next == null || !Chars.isDigit(t.charAt(next.start())) && !Chars.isCurrencySymbol(t.charAt(next.start()))
                    && t.charAt(next.start()) != '%';
        }
        return lexicon.isFunctionWord(t, next);
    }

    /** "99 centimes": hundredths with no other currency named. */
    private Mention subunitsAlone(FigureBuilder figures, ParsedNumber n) {
        String t = figures.text();
        if (n.hasScale() || n.signed()) {
            return null;
        }
        PhraseTable.Match<Currencies.Subunit> unit = currencies.subunits().matchAt(t, n.end());
        if (unit == null || unit.start() - n.end() > MAX_GAP || isCapitalLetter(t, unit)) {
            return null;
        }
        Figure figure = new Figure(n, n.start(), unit.end(), unit.value().defaultCode(), SUBUNITS);
        return figures.build(Kind.MONEY, figure, n.value().multiply(unit.value().fraction()), UnitMatcher.NONE);
    }

    /**
     * "Un euro fort pénalise…": "un" before a currency name and an adjective is
     * the article, not an amount of one, unless a preposition asks for an
     * amount ("s'échange à un dollar seulement").
     */
    private boolean isArticleBeforeCurrency(String t, ParsedNumber n, Figure figure) {
        if (!n.spelled() || n.value().compareTo(BigDecimal.ONE) != 0 || n.hasScale() || figure.start() < n.start()) {
            return false;
        }
        Token next = Tokens.next(t, figure.end());
        boolean adjectiveAfter = next != null && Character.isLowerCase(t.charAt(next.start()))
                && !lexicon.isFunctionWord(t, next) && !lexicon.isListConnector(t, next)
                && lexicon.perUnitWords().matchAt(t, next.start()) == null; // "a dollar and 42 cents", "a dollar a day"
        Token before = Tokens.previous(t, n.start());
        boolean afterPreposition = before != null && lexicon.isFunctionWord(t, before);
        return adjectiveAfter && !afterPreposition;
    }

    /**
     * Cents right after an amount: "et 23 centimes", "23 cents", or two bare
     * digits after a whole amount and its currency ("5 euros 50").
     */
    private Cents centsAfter(String t, int end, ParsedNumber amount) {
        int p = end;
        Token next = Tokens.next(t, p);
        if (next == null || next.start() - p > MAX_GAP) {
            return null;
        }
        if (lexicon.isListConnector(t, next)) { // "1 USD et 23 centimes"
            p = next.end();
            next = Tokens.next(t, p);
            if (next == null) {
                return null;
            }
        }
        ParsedNumber count;
        if (Chars.isDigit(t.charAt(next.start()))) {
            count = lexicon.numberParser().parseDigits(t, next.start());
        } else {
            count = lexicon.numberParser().parseWords(t, next.start());
        }
        if (count == null || count.value().compareTo(BigDecimal.valueOf(100)) >= 0 || count.value().signum() < 0) {
            return null;
        }
        PhraseTable.Match<Currencies.Subunit> unit = currencies.subunits().matchAt(t, count.end());
        if (unit != null && unit.start() - count.end() <= MAX_GAP && !isCapitalLetter(t, unit)) {
            return new Cents(unit.end(), count.value().multiply(unit.value().fraction()));
        }
        boolean twoBareDigits = count.isBareInteger() && count.digitCount() == 2 && count.start() == next.start();
        if (twoBareDigits && p == end && !amount.decimal() && nothingCountedAfter(t, count.end())) {
            return new Cents(count.end(), count.value().movePointLeft(2));
        }
        boolean afterConnector = p != end && count.start() == next.start() && (twoBareDigits || count.spelled())
                && !count.hasScale() && !count.decimal();
        if (afterConnector && !amount.decimal() && !amount.hasScale() && endsClause(t, count.end())) {
            return new Cents(count.end(), count.value().movePointLeft(2)); // "twenty dollars and 43."
        }
        return null;
    }
}
