package org.figx.numbers;

import java.math.BigDecimal;
import java.util.Map;
import org.figx.lang.NumberWords;
import org.figx.lang.PhraseTable;
import org.figx.text.Chars;
import org.figx.text.FoldedWordMap;
import org.figx.text.Fold;
import org.figx.text.FoldedWordSet;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * Reads one number at a position: digits in every French form, or words. All
 * figures go through here, so "28 milliards", "1 234,56", "vingt-huit" and
 * "2,5 Md" mean the same everywhere.
 *
 * <p>Digit rules: the language's {@link DigitMarks} say which marks are decimal
 * points and which group thousands. In French a comma is always the decimal mark
 * ("1,234" is 1.234); groups of exactly three digits may be separated by a space
 * (plain, U+00A0, U+202F), a dot ("1.234.567", Belgian) or an apostrophe
 * ("51'400", Swiss); so "1.234" is 1234, while a dot followed by any other number
 * of digits is a decimal point ("3.14"). In English the comma groups
 * ("1,234,567.89") and the dot is the decimal point. A first group longer than
 * three digits takes no separators: "2023 300" is two numbers.
 */
public final class NumberParser {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** From a million up, scale words are nouns a fraction may take: "un quart de million". */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final NumberWords words;
    private final DigitMarks marks;
    private final Map<String, BigDecimal> scaleAbbreviations;
    /** Abbreviations that are a scale only in an amount of money: "$1.5m" (and "9m" is nine metres). */
    private final java.util.Set<String> moneyOnlyAbbreviations;
    /** Whether a currency name or code starts at a position: "300m euros" is money, so the "m" a million. */
    private java.util.function.BiPredicate<String, Integer> currencyWordAt = (t, pos) -> false;
    private final FoldedWordMap<BigDecimal> approximateWords;
    private final FoldedWordSet halfWords;
    /** Words that stand for a decimal point between spelled numbers: "deux virgule cinq" (2.5). */
    private final FoldedWordSet decimalWords;
    /** "de", "entre", "à": a spaced dash after them is a sign ("entre - 3 et - 1 %"). */
    private final FoldedWordSet signOpeners;
    private final Vague vague;

    /**
     * Words of vague and fractional amounts: fraction words and their
     * denominators ("tiers" 3), those that stand alone ("moitié"), plural round
     * amounts ("dizaines" 10) and the words that open them ("des"), and the
     * articles a fraction standing alone takes into its span ("la moitié").
     */
    public record Vague(Map<String, Integer> fractions, java.util.Set<String> fractionsAlone,
                        Map<String, BigDecimal> plurals, java.util.Set<String> pluralOpeners,
                        java.util.Set<String> fractionArticles, java.util.Set<String> complementLinks,
                        java.util.Set<String> barePlurals, java.util.Set<String> fractionsBeforeLink) {
    }

    private final FoldedWordMap<Integer> fractionWords;
    private final FoldedWordSet fractionsAlone;
    private final FoldedWordMap<BigDecimal> pluralWords;
    private final FoldedWordSet pluralOpeners;
    private final FoldedWordSet fractionArticles;
    /** "de", "des": after "trois et un quart", a fraction of something, not a mixed number's end. */
    private final FoldedWordSet complementLinks;
    /** "hundreds", "tens": plurals that open an amount alone before a link ("hundreds of people"). */
    private final FoldedWordSet barePlurals;
    /** "third", "fifth": fractions only before a link ("a third of voters"); else ordinals ("a third term"). */
    private final FoldedWordSet fractionsBeforeLink;

    /** Whether the fraction word {@code fraction} may be one here: not one of those that want a link, or a link follows. */
    private boolean fractionMayStand(String t, WindowTokens w, Token fraction) {
        if (!fractionsBeforeLink.contains(t, fraction)) {
            return true;
        }
        Token link = next(t, w, fraction.end());
        return link != null && onlySeparatorsBetween(t, fraction.end(), link.start()) && complementLinks.contains(t, link);
    }

    /**
     * @param words              the language's number words
     * @param marks              the language's decimal and grouping marks
     * @param scaleAbbreviations case-sensitive abbreviations ("Md", "k") and their multipliers
     * @param approximateWords   folded words for round amounts ("centaine" 100), read after "un"/"une"
     * @param halfWords          folded words for a half ("demi"): "un million et demi", "un demi-point"
     * @param decimalWords       folded words for a decimal point between spelled numbers ("virgule")
     * @param signOpeners        folded words after which a dash and a space before digits are a sign ("de - 5 %")
     */
    public NumberParser(NumberWords words, DigitMarks marks, Map<String, BigDecimal> scaleAbbreviations,
                        java.util.Set<String> moneyOnlyAbbreviations,
                        Map<String, BigDecimal> approximateWords, java.util.Set<String> halfWords,
                        java.util.Set<String> decimalWords, java.util.Set<String> signOpeners, Vague vague) {
        this.words = words;
        this.marks = marks;
        this.signOpeners = new FoldedWordSet(signOpeners);
        this.scaleAbbreviations = Map.copyOf(scaleAbbreviations);
        this.moneyOnlyAbbreviations = java.util.Set.copyOf(moneyOnlyAbbreviations);
        this.approximateWords = new FoldedWordMap<>(approximateWords);
        this.halfWords = new FoldedWordSet(halfWords);
        this.decimalWords = new FoldedWordSet(decimalWords);
        this.vague = vague;
        this.fractionWords = new FoldedWordMap<>(vague.fractions());
        this.fractionsAlone = new FoldedWordSet(vague.fractionsAlone());
        this.pluralWords = new FoldedWordMap<>(vague.plurals());
        this.pluralOpeners = new FoldedWordSet(vague.pluralOpeners());
        this.fractionArticles = new FoldedWordSet(vague.fractionArticles());
        this.complementLinks = new FoldedWordSet(vague.complementLinks());
        this.barePlurals = new FoldedWordSet(vague.barePlurals());
        this.fractionsBeforeLink = new FoldedWordSet(vague.fractionsBeforeLink());
    }

    /** Tells the money-only abbreviations ("m", "b") where a currency word starts ("300m euros"). */
    public void currencyWordsFrom(java.util.function.BiPredicate<String, Integer> currencyWordAt) {
        this.currencyWordAt = currencyWordAt;
    }

    /** Words that begin a vague or fractional amount ("moitié", "dizaines"): the scanner stops at them too. */
    public java.util.Set<String> vagueStartWords() {
        java.util.Set<String> out = new java.util.HashSet<>(vague.fractions().keySet());
        out.addAll(vague.plurals().keySet());
        return out;
    }

    /**
     * Words a vague amount read here may start with before its vague word: the
     * openers of plurals ("des milliers") and the articles of fractions ("la moitié").
     */
    public java.util.Set<String> wordsBeforeVague() {
        java.util.Set<String> out = new java.util.HashSet<>(vague.pluralOpeners());
        out.addAll(vague.fractionArticles());
        return out;
    }

    private static final java.math.MathContext FRACTION_PRECISION = java.math.MathContext.DECIMAL64;

    /**
     * "la moitié" (0.5), or a bare "demi"/"quart" (a figure only before a unit:
     * "demi-litre", "quart de litre"); "des dizaines de milliers" (20000 to
     * 90000, approximate).
     */
    private ParsedNumber vagueAt(String t, WindowTokens w, int i) {
        Token k = next(t, w, i);
        if (k == null) {
            return null;
        }
        Integer denominator = fractionWords.get(t, k);
        if (denominator != null && !fractionMayStand(t, w, k)) {
            return null;
        }
        if (denominator != null) {
            boolean alone = fractionsAlone.contains(t, k);
            Token article = previous(t, w, k.start());
            int start = alone && fractionArticles.contains(t, article) ? article.start() : k.start();
            BigDecimal value = BigDecimal.ONE.divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION);
            int end = k.end();
            Token after = alone ? null : next(t, w, end);
            if (after != null && halfWords.contains(t, k) && fractionArticles.contains(t, after)
                    && onlySeparatorsBetween(t, end, after.start()) && !Chars.isDigit(t.charAt(after.start()))) {
                end = after.end(); // "half a litre": the article belongs to the fraction
                ScaleWord scale = scaleOfFraction(t, w, end, false);
                if (scale != null) {
                    // "half a million" (500000)
                    return new ParsedNumber(start, scale.end(), value.multiply(scale.multiplier()), scale.multiplier(),
                            scale.start(), true, false, false, false, 0, false, null, false);
                }
            }
            return new ParsedNumber(start, end, value, BigDecimal.ONE, end, true, false, true, false, 0, false,
                    null, !alone);
        }
        BigDecimal unit = pluralWords.get(t, k);
        if (unit == null) {
            return null; // most words: the word before is not read
        }
        Token opener = previous(t, w, k.start());
        int end = k.end();
        Token de = next(t, w, end);
        if (opener == null || !pluralOpeners.contains(t, opener)) {
            if (!barePlurals.contains(t, k) || de == null || !complementLinks.contains(t, de)
                    || opener != null && words.canStartNumber(t, opener)) {
                return null;
            }
            opener = k; // "hundreds of people", "tens of thousands of": the plural opens the amount
        }
        Token bigger = de == null ? null : next(t, w, de.end());
        if (de != null && complementLinks.contains(t, de) && bigger != null) {
            BigDecimal times = pluralWords.get(t, bigger);
            if (times == null) {
                times = words.multiplier(t, bigger);
            }
            if (times != null && times.compareTo(unit) > 0) {
                unit = unit.multiply(times); // "des dizaines de milliers"
                end = bigger.end();
            }
        }
        return new ParsedNumber(opener.start(), end, unit.multiply(BigDecimal.valueOf(2)), BigDecimal.ONE, end, true,
                false, false, false, 0, true, unit.multiply(BigDecimal.valueOf(9)), false);
    }

    /** The token at or after {@code pos}: the window's when {@code w} is not null (hashed, read once), else the text's. */
    private static Token next(String t, WindowTokens w, int pos) {
        return w != null ? w.next(pos) : Tokens.next(t, pos);
    }

    /** The token ending at or before {@code pos}: the window's when {@code w} is not null, else the text's. */
    private static Token previous(String t, WindowTokens w, int pos) {
        return w != null ? w.previous(pos) : Tokens.previous(t, pos);
    }

    /** {@code table}'s phrase from token {@code first}, read on in the window when {@code w} is not null. */
    private static <V> PhraseTable.Match<V> matchAt(PhraseTable<V> table, String t, WindowTokens w, Token first) {
        return w != null ? table.matchAt(w, first) : table.matchAt(t, first);
    }

    /**
     * {@link #parseWords(String, int)} in the window {@code tokens} were read from (the
     * number scanner's and the temporal grammar's): its words are the window's tokens.
     */
    public ParsedNumber parseWords(WindowTokens tokens, int i) {
        return parseWords(tokens.text(), tokens, i);
    }

    /** The number whose digits start at {@code i} (a sign just before is included), or null. */
    public ParsedNumber parseDigits(String t, int i) {
        int start = i;
        boolean signed = false;
        boolean negative = false;
        int sign = signBefore(t, i);
        if (sign >= 0) {
            start = sign;
            signed = true;
            negative = t.charAt(sign) != '+';
        }
        if (i > 0 && marks.opensBare(t.charAt(i - 1)) && bareDecimalMayOpen(t, i - 1)) {
            return bareDecimal(t, i);
        }
        BigDecimal alone = VulgarFractions.valueOf(t.charAt(i));
        if (alone != null) {
            // "½", "¾": a fraction by itself
            return new ParsedNumber(start, i + 1, negative ? alone.negate() : alone, BigDecimal.ONE, i + 1, false,
                    false, true, signed, 0, false, null, false);
        }
        StringBuilder digits = new StringBuilder(24);
        int p = digitRun(t, i, digits);
        int intDigits = p - i;
        boolean grouped = false;
        char groupSeparator = 0;
        if (intDigits <= 3) {
            while (p < t.length() && marks.isGroup(t.charAt(p))
                    && (groupSeparator == 0 || sameSeparatorKind(groupSeparator, t.charAt(p)))
                    && threeDigitsFollow(t, p + 1)) {
                groupSeparator = t.charAt(p);
                digits.append(t, p + 1, p + 4);
                p += 4;
                grouped = true;
            }
        }
        boolean decimal = false;
        if (p + 1 < t.length() && Chars.isDigit(t.charAt(p + 1))
                && marks.isDecimal(t.charAt(p)) && t.charAt(p) != groupSeparator) {
            digits.append('.');
            p = digitRun(t, p + 1, digits);
            decimal = true;
        }
        if (!decimal && !grouped) {
            int[] spelledPoint = digitsAfterDecimalWord(t, p);
            if (spelledPoint != null) {
                // "1 point 5": a decimal word between digits
                digits.append('.').append(t, spelledPoint[0], spelledPoint[1]);
                p = spelledPoint[1];
                decimal = true;
            }
        }
        if (!decimal && !grouped && !signed) {
            ParsedNumber fraction = bareSlashFraction(t, i, p);
            if (fraction != null) {
                return fraction;
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (negative) {
            value = value.negate();
        }
        int numberEnd = p;
        ScaleWord scale = scaleAfter(t, start, numberEnd);
        if (scale == null) {
            Fraction fraction = decimal ? null : fractionAfterWhole(t, null, numberEnd);
            if (fraction != null) {
                // "2 1/4", "1 ½", "3½", "12 et demi"
                BigDecimal parts = negative ? fraction.value.negate() : fraction.value;
                return new ParsedNumber(start, fraction.end, value.add(parts).round(FRACTION_PRECISION),
                        BigDecimal.ONE, fraction.end, false, grouped, true, signed, intDigits, false, null, false);
            }
            return new ParsedNumber(start, numberEnd, value, BigDecimal.ONE, numberEnd, false, grouped,
                    decimal, signed, intDigits, false, null, false);
        }
        BigDecimal scaled = value.multiply(scale.multiplier);
        int end = scale.end;
        int half = andAHalfEnd(t, end);
        if (half > 0) {
            scaled = scaled.add(scale.multiplier.multiply(HALF));
            end = half;
        }
        return new ParsedNumber(start, end, scaled, scale.multiplier, scale.start, false, grouped, decimal,
                signed, intDigits, false, null, false);
    }

    /** Whether a decimal point at {@code at} may open a number: at the start, or after a space, a sign or a bracket. */
    private static boolean bareDecimalMayOpen(String t, int at) {
        if (at == 0) {
            return true;
        }
        char before = t.charAt(at - 1);
        return Character.isWhitespace(before) || Chars.isSpace(before) || before == '(' || before == '~'
                || isSign(before) && (at == 1 || !Chars.isWordChar(t.charAt(at - 2)));
    }

    /** ".77", "-.5": decimals after a decimal point that opens the number at {@code i - 1}. */
    private ParsedNumber bareDecimal(String t, int i) {
        StringBuilder digits = new StringBuilder("0.");
        int p = digitRun(t, i, digits);
        int start = i - 1;
        boolean signed = false;
        boolean negative = false;
        int sign = signBefore(t, i - 1);
        if (sign >= 0) {
            start = sign;
            signed = true;
            negative = t.charAt(sign) != '+';
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (negative) {
            value = value.negate();
        }
        ScaleWord scale = scaleAfter(t, start, p);
        if (scale == null) {
            return new ParsedNumber(start, p, value, BigDecimal.ONE, p, false, false, true, signed, 0, false, null,
                    false);
        }
        return new ParsedNumber(start, scale.end, value.multiply(scale.multiplier), scale.multiplier, scale.start,
                false, false, true, signed, 0, false, null, false);
    }

    /** Start and end of the digits after a decimal word right after {@code p} ("1 point 5"), or null. */
    private int[] digitsAfterDecimalWord(String t, int p) {
        if (p + 1 >= t.length() || !Chars.isSpace(t.charAt(p)) || !Chars.isWordChar(t.charAt(p + 1))) {
            return null; // most numbers: no word right after them, no token made
        }
        Token point = Tokens.next(t, p);
        if (point == null || point.start() != p + 1 || !Chars.isSpace(t.charAt(p)) || !decimalWords.contains(t, point)) {
            return null;
        }
        int q = point.end() + 1;
        if (q >= t.length() || !Chars.isSpace(t.charAt(point.end())) || !Chars.isDigit(t.charAt(q))) {
            return null;
        }
        int end = q;
        while (end < t.length() && Chars.isDigit(t.charAt(end))) {
            end++;
        }
        if (end < t.length() && (Chars.isWordChar(t.charAt(end)) || marks.isDecimal(t.charAt(end))
                && end + 1 < t.length() && Chars.isDigit(t.charAt(end + 1)))) {
            return null;
        }
        return new int[] {q, end};
    }

    /**
     * "3/4", "1/2", "2/1000" standing alone: a numerator below its denominator, read
     * as a bare fraction (a figure only before a unit: "3/4 cup"); null otherwise, and
     * for dates ("1/4/2024") or anything glued after.
     */
    private static ParsedNumber bareSlashFraction(String t, int i, int slash) {
        if (slash - i > 2 || slash + 1 >= t.length() || t.charAt(slash) != '/' || !Chars.isDigit(t.charAt(slash + 1))) {
            return null;
        }
        if (i > 0 && (t.charAt(i - 1) == '/' || Chars.isWordChar(t.charAt(i - 1)))) {
            return null;
        }
        int end = slash + 1;
        while (end < t.length() && Chars.isDigit(t.charAt(end))) {
            end++;
        }
        if (end - slash - 1 > 4 || end < t.length() && (t.charAt(end) == '/' || Chars.isWordChar(t.charAt(end))
                || t.charAt(end) == '.' && end + 1 < t.length() && Chars.isDigit(t.charAt(end + 1)))) {
            return null;
        }
        int numerator = Integer.parseInt(t.substring(i, slash));
        int denominator = Integer.parseInt(t.substring(slash + 1, end));
        if (numerator == 0 || denominator < 2 || numerator >= denominator) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION);
        return new ParsedNumber(i, end, value, BigDecimal.ONE, end, false, false, true, false, 0, false, null, true);
    }

    /** A fraction that ends a whole number: where it ends and its value. */
    private record Fraction(int end, BigDecimal value) {
    }

    /**
     * The fraction that ends the whole number written up to {@code pos}: "et
     * demi", "et un tiers", "et trois quarts" in words; after digits also "1/4"
     * (one space before) and a Unicode fraction, glued or after a space ("1 ½",
     * "3½"). Null when none, or when the fraction is of something ("et un quart
     * des postes").
     */
    private Fraction fractionAfterWhole(String t, WindowTokens w, int pos) {
        if (pos < t.length() && Chars.isDigit(t.charAt(pos - 1))) {
            int q = pos < t.length() && Chars.isSpace(t.charAt(pos)) ? pos + 1 : pos;
            BigDecimal unicode = q < t.length() ? VulgarFractions.valueOf(t.charAt(q)) : null;
            if (unicode != null) {
                return new Fraction(q + 1, unicode);
            }
            Fraction slashed = q == pos + 1 ? slashFractionAt(t, q) : null;
            if (slashed != null) {
                return slashed;
            }
        }
        Fraction spelled = spelledFractionAfterAnd(t, w, pos);
        if (spelled == null) {
            return null;
        }
        Token after = next(t, w, spelled.end);
        return after != null && onlySeparatorsBetween(t, spelled.end, after.start()) && complementLinks.contains(t, after)
                ? null : spelled;
    }

    /** "1/4", "3/8": a numerator below its denominator, one or two digits each, at {@code q}. */
    private static Fraction slashFractionAt(String t, int q) {
        int slash = q;
        while (slash < t.length() && Chars.isDigit(t.charAt(slash))) {
            slash++;
        }
        int denominatorEnd = slash + 1;
        while (denominatorEnd < t.length() && Chars.isDigit(t.charAt(denominatorEnd))) {
            denominatorEnd++;
        }
        if (slash == q || slash - q > 2 || slash >= t.length() || t.charAt(slash) != '/'
                || denominatorEnd == slash + 1 || denominatorEnd - slash - 1 > 2) {
            return null;
        }
        if (denominatorEnd < t.length() && (t.charAt(denominatorEnd) == '/' || Chars.isWordChar(t.charAt(denominatorEnd)))) {
            return null; // "1/4/2024" is a date, "1/4e" something else
        }
        int numerator = Integer.parseInt(t.subSequence(q, slash).toString());
        int denominator = Integer.parseInt(t.subSequence(slash + 1, denominatorEnd).toString());
        if (numerator == 0 || denominator < 2 || numerator >= denominator) {
            return null;
        }
        return new Fraction(denominatorEnd,
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION));
    }

    /** "et demi", "et un tiers", "et trois quarts" right after {@code pos}, or null. */
    private Fraction spelledFractionAfterAnd(String t, WindowTokens w, int pos) {
        Token and = next(t, w, pos);
        boolean inner = and != null && words.isInnerLink(t, and);
        if (and == null || !onlySeparatorsBetween(t, pos, and.start()) || !words.isLinkingWord(t, and) && !inner) {
            return null;
        }
        Token next = next(t, w, and.end());
        if (next == null) {
            return null;
        }
        if (inner && fractionArticles.contains(t, next)) {
            Token half = next(t, w, next.end()); // "three and a half"
            if (half != null && halfWords.contains(t, half)) {
                next = half;
            }
        }
        if (halfWords.contains(t, next)) {
            boolean compound = next.end() < t.length() && Chars.isHyphen(t.charAt(next.end())); // "demi-tour"
            return compound ? null : new Fraction(next.end(), HALF);
        }
        PhraseTable.Match<Integer> count = matchAt(words.belowHundred(), t, w, next);
        if (count == null || count.start() != next.start() || count.value() < 1 || count.value() > 10) {
            return null;
        }
        Token fraction = next(t, w, count.end());
        Integer denominator = fraction == null || !onlySeparatorsBetween(t, count.end(), fraction.start()) ? null
                : fractionWords.get(t, fraction);
        if (denominator == null || denominator <= 2 || count.value() >= denominator) {
            return null;
        }
        return new Fraction(fraction.end(),
                BigDecimal.valueOf(count.value()).divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION));
    }

    /**
     * End and multiplier of "de million", "de milliard" after a fraction at
     * {@code pos} ("un quart de million"), or of "million" right after a half
     * ("un demi-million"); null when no scale noun follows.
     */
    private ScaleWord scaleOfFraction(String t, WindowTokens w, int pos, boolean throughDe) {
        Token next = next(t, w, pos);
        if (next == null || !onlySeparatorsBetween(t, pos, next.start())) {
            return null;
        }
        if (throughDe) {
            if (!complementLinks.contains(t, next)) { // "un quart de million"
                return null;
            }
            next = next(t, w, next.end());
            if (next != null && fractionArticles.contains(t, next)) {
                next = next(t, w, next.end()); // "a quarter of a million"
            }
            if (next == null) {
                return null;
            }
        }
        BigDecimal m = words.multiplier(t, next);
        return m != null && m.compareTo(MILLION) >= 0 ? new ScaleWord(next.start(), next.end(), m) : null;
    }

    /** End of "et demi" right after {@code pos} ("un million et demi", "trois kilomètres et demi"), or -1. */
    public int andAHalfEnd(String t, int pos) {
        return andAHalfEnd(t, null, pos);
    }

    /** {@link #andAHalfEnd(String, int)}, reading the window's tokens when {@code w} is not null. */
    private int andAHalfEnd(String t, WindowTokens w, int pos) {
        Token and = next(t, w, pos);
        boolean inner = and != null && words.isInnerLink(t, and);
        if (and == null || !words.isLinkingWord(t, and) && !inner) {
            return -1;
        }
        Token half = next(t, w, and.end());
        if (inner && half != null && fractionArticles.contains(t, half)) {
            half = next(t, w, half.end()); // "one and a half"
        }
        boolean compound = half != null && half.end() < t.length() && Chars.isHyphen(t.charAt(half.end()));
        return halfWords.contains(t, half) && !compound ? half.end() : -1; // not the "demi" of "demi-tour"
    }

    /**
     * "une centaine" (100, approximate), "un demi" (0.5): the word after a
     * spelled "un"/"une" that makes it something else than one.
     */
    private ParsedNumber afterOne(String t, WindowTokens w, int start, int oneEnd) {
        Token next = next(t, w, oneEnd);
        if (next == null || !onlySeparatorsBetween(t, oneEnd, next.start())) {
            return null;
        }
        BigDecimal round = approximateWords.get(t, next);
        if (round != null) {
            return new ParsedNumber(start, next.end(), round, BigDecimal.ONE, next.end(), true, false, false,
                    false, 0, true, null, false);
        }
        if (halfWords.contains(t, next)) {
            ScaleWord scale = scaleOfFraction(t, w, next.end(), false);
            if (scale != null) {
                // "un demi-million" (500000)
                return new ParsedNumber(start, scale.end, HALF.multiply(scale.multiplier), scale.multiplier,
                        scale.start, true, false, false, false, 0, false, null, false);
            }
            return new ParsedNumber(start, next.end(), HALF, BigDecimal.ONE, next.end(), true, false, true,
                    false, 0, false, null, false);
        }
        return null;
    }

    /** The number spelled out in words from the word at {@code i}, or null. */
    public ParsedNumber parseWords(String t, int i) {
        return parseWords(t, null, i);
    }

    /** {@link #parseWords(String, int)}, reading the window's tokens when {@code w} is not null. */
    private ParsedNumber parseWords(String t, WindowTokens w, int i) {
        ParsedNumber vagueAmount = vagueAt(t, w, i);
        if (vagueAmount != null) {
            return vagueAmount;
        }
        PhraseTable<Integer> belowHundred = words.belowHundred();
        BigDecimal total = BigDecimal.ZERO;
        long hundreds = 0;
        Integer pending = null;
        BigDecimal lastMultiplier = null;
        BigDecimal endingScale = BigDecimal.ONE;
        int end = i;
        int pos = i;
        while (true) {
            Token tok = next(t, w, pos);
            if (tok == null || (end > i && !onlySeparatorsBetween(t, end, tok.start()))) {
                break;
            }
            BigDecimal m = words.multiplier(t, tok);
            if (m != null) {
                boolean plural = words.isPluralMultiplier(t, tok);
                if (m.compareTo(HUNDRED) == 0) {
                    if (hundreds > 0 || pending != null && pending >= 10 && !words.hundredsAfterTens()
                            || pending == null && plural || total.signum() > 0 && pending != null && pending >= 10) {
                        break;
                    }
                    hundreds = (pending == null ? 1 : pending) * 100L;
                    pending = null;
                    endingScale = BigDecimal.ONE;
                } else {
                    if (lastMultiplier != null && m.compareTo(lastMultiplier) >= 0) {
                        if (!words.isCompoundScale(t, tok) || hundreds != 0 || pending != null) {
                            break;
                        }
                        // "three thousand millions" (3 * 10^9): the scale multiplies all before it
                        total = total.multiply(m);
                        lastMultiplier = total.compareTo(m) > 0 ? total : m;
                        endingScale = m;
                        end = tok.end();
                        pos = end;
                        continue;
                    }
                    long factor = hundreds + (pending == null ? 0 : pending);
                    if (factor == 0) {
                        // "mille" stands alone ("deux millions mille"); "million" wants a factor
                        if (plural || m.compareTo(BigDecimal.valueOf(1000)) > 0) {
                            break;
                        }
                        factor = 1;
                    }
                    total = total.add(m.multiply(BigDecimal.valueOf(factor)));
                    hundreds = 0;
                    pending = null;
                    lastMultiplier = m;
                    endingScale = m;
                }
                end = tok.end();
                pos = end;
                continue;
            }
            if (pending != null && pending >= 20 && pending % 10 == 0 && isSingleDigit(t, tok)) {
                // "trente 3": a tens word completed by a digit
                pending += t.charAt(tok.start()) - '0';
                end = tok.end();
                pos = end;
                continue;
            }
            if (pending == null && (hundreds > 0 || total.signum() > 0) && words.isInnerLink(t, tok)) {
                // "five hundred and four", "a thousand and twelve": the link joins a number word after it
                Token after = next(t, w, tok.end());
                PhraseTable.Match<Integer> part = after == null || !onlySeparatorsBetween(t, tok.end(), after.start())
                        ? null : matchAt(belowHundred, t, w, after);
                if (part == null || part.start() != after.start() || andAHalfEnd(t, w, end) > 0) {
                    break;
                }
                pending = part.value();
                endingScale = BigDecimal.ONE;
                end = part.end();
                pos = end;
                continue;
            }
            PhraseTable.Match<Integer> small = matchAt(belowHundred, t, w, tok); // tok: the token at pos, read above
            if (small == null || pending != null || (end > i && !onlySeparatorsBetween(t, end, small.start()))) {
                break;
            }
            pending = small.value();
            endingScale = BigDecimal.ONE;
            end = small.end();
            pos = end;
        }
        if (end == i) {
            return null;
        }
        BigDecimal value = total.add(BigDecimal.valueOf(hundreds + (pending == null ? 0 : pending)));
        if (value.compareTo(BigDecimal.ONE) == 0 && total.signum() == 0 && hundreds == 0) {
            ParsedNumber special = afterOne(t, w, i, end);
            if (special != null) {
                return special;
            }
        }
        if (total.signum() == 0 && hundreds == 0 && pending != null && pending >= 1 && pending <= 10) {
            // "deux tiers", "trois quarts", "un quart"
            Token fraction = next(t, w, end);
            Integer denominator = fraction == null || !onlySeparatorsBetween(t, end, fraction.start())
                    || !fractionMayStand(t, w, fraction) ? null : fractionWords.get(t, fraction);
            if (denominator != null && denominator > 2) {
                BigDecimal parts = BigDecimal.valueOf(pending).divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION);
                ScaleWord scale = scaleOfFraction(t, w, fraction.end(), true);
                if (scale != null) {
                    // "un quart de million" (250000), "trois quarts de milliard"
                    return new ParsedNumber(i, scale.end, parts.multiply(scale.multiplier).round(FRACTION_PRECISION),
                            scale.multiplier, scale.start, true, false, false, false, 0, false, null, false);
                }
                return new ParsedNumber(i, fraction.end(), parts, BigDecimal.ONE, fraction.end(), true, false, true,
                        false, 0, false, null, false);
            }
        }
        if (endingScale.compareTo(BigDecimal.ONE) == 0) {
            ParsedNumber decimal = withSpelledDecimals(t, w, i, end, value);
            if (decimal != null) {
                return decimal;
            }
            Fraction fraction = fractionAfterWhole(t, w, end);
            if (fraction != null) {
                BigDecimal mixed = value.add(fraction.value).round(FRACTION_PRECISION);
                ScaleWord scale = scaleOfFraction(t, w, fraction.end, false);
                if (scale != null) {
                    // "one and a half million" (1500000)
                    return new ParsedNumber(i, scale.end, mixed.multiply(scale.multiplier), scale.multiplier,
                            scale.start, true, false, true, false, 0, false, null, false);
                }
                // "trois et demi" (3.5), "quatre et un tiers"
                return new ParsedNumber(i, fraction.end, mixed, BigDecimal.ONE, fraction.end, true, false, true, false,
                        0, false, null, false);
            }
        }
        if (endingScale.compareTo(BigDecimal.ONE) > 0) {
            int half = andAHalfEnd(t, w, end);
            if (half > 0) {
                value = value.add(endingScale.multiply(HALF));
                end = half;
            }
        }
        return new ParsedNumber(i, end, value, endingScale, end, true, false, false, false, 0, false, null, false);
    }

    /**
     * "deux virgule cinq" (2.5), "trois virgule vingt-cinq" (3.25), "un virgule zéro
     * cinq" (1.05): a decimal word, then the decimals spelled as numbers, each written
     * as its digits. Null when no decimal word follows the whole part at {@code end}.
     */
    private ParsedNumber withSpelledDecimals(String t, WindowTokens w, int start, int end, BigDecimal whole) {
        Token point = next(t, w, end);
        if (point == null || !onlySeparatorsBetween(t, end, point.start()) || !decimalWords.contains(t, point)) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        int last = point.end();
        while (true) {
            Token next = next(t, w, last);
            PhraseTable.Match<Integer> part = next == null ? null : matchAt(words.belowHundred(), t, w, next);
            if (part == null || part.start() != next.start() || !onlySeparatorsBetween(t, last, part.start())) {
                break;
            }
            digits.append(part.value());
            last = part.end();
        }
        if (digits.length() == 0) {
            return null;
        }
        BigDecimal value = whole.add(new BigDecimal("0." + digits));
        ScaleWord scale = scaleOfFraction(t, w, last, false);
        if (scale != null) {
            // "two point two million"
            return new ParsedNumber(start, scale.end(), value.multiply(scale.multiplier()), scale.multiplier(),
                    scale.start(), true, false, true, false, 0, false, null, false);
        }
        return new ParsedNumber(start, last, value, BigDecimal.ONE, last, true, false, true, false, 0, false, null,
                false);
    }

    /**
     * Where the sign of the digits at {@code i} stands, or -1: right before them
     * ("-0,6", "+3"), or one space before them at the start of a line or a clause
     * ("- 1 200", "ventes : - 4 %", "sur un an, - 6,5 %", "(- 2 %)") or after a word of
     * {@code signOpeners} ("entre - 3 et - 1 %", "passé à - 3 %"). A spaced dash after
     * another word or a number is a dash of an incise or a subtraction ("20 - 3 %",
     * "la marge - 2 % à peine -").
     */
    private int signBefore(String t, int i) {
        if (i > 0 && isSign(t.charAt(i - 1)) && signMayStand(t, i - 1)) {
            return i - 1;
        }
        boolean spaced = i > 1 && Chars.isSpace(t.charAt(i - 1)) && isSign(t.charAt(i - 2));
        if (spaced && opensClause(t, i - 2)) {
            return i - 2;
        }
        return -1;
    }

    /**
     * Whether what stands before {@code signAt}, spaces aside, starts a line or a clause,
     * or is a word after which a number may be signed.
     */
    private boolean opensClause(String t, int signAt) {
        int p = Chars.skipSpacesBack(t, signAt);
        if (p == 0) {
            return true;
        }
        char before = t.charAt(p - 1);
        if (Chars.isWordChar(before)) {
            Token word = Tokens.previous(t, p);
            return word != null && word.end() == p && signOpeners.contains(t, word);
        }
        return before == '\n' || before == '\r' || before == '(' || before == '[' || before == '\u00AB'
                || before == ':' || before == ';' || before == ',';
    }

    private static boolean isSign(char c) {
        return Chars.isMinus(c) || c == '+';
    }

    /** A sign stands for itself when nothing glues it to a word or number on its left. */
    private static boolean signMayStand(String t, int signAt) {
        if (signAt == 0) {
            return true;
        }
        char before = t.charAt(signAt - 1);
        return Character.isWhitespace(before) || Chars.isSpace(before) || before == '(' || before == '['
                || before == '\u00AB' || before == '"' || before == ':' || before == ';';
    }

    private static boolean isSingleDigit(String t, Token tok) {
        return tok.end() - tok.start() == 1 && t.charAt(tok.start()) >= '1' && t.charAt(tok.start()) <= '9'
                && (tok.end() == t.length() || !Chars.isWordChar(t.charAt(tok.end())) && t.charAt(tok.end()) != ','
                && t.charAt(tok.end()) != '.');
    }

    private static boolean onlySeparatorsBetween(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (!Chars.isSpace(c) && !Chars.isHyphen(c)) {
                return false;
            }
        }
        return to - from <= 3;
    }

    private static int digitRun(String t, int p, StringBuilder into) {
        while (p < t.length() && Chars.isDigit(t.charAt(p))) {
            into.append(t.charAt(p));
            p++;
        }
        return p;
    }

    private static boolean sameSeparatorKind(char a, char b) {
        return a == b || Chars.isGroupSpace(a) && Chars.isGroupSpace(b);
    }

    private static boolean threeDigitsFollow(String t, int p) {
        return p + 3 <= t.length() && Chars.isDigit(t.charAt(p)) && Chars.isDigit(t.charAt(p + 1))
                && Chars.isDigit(t.charAt(p + 2)) && (p + 3 == t.length() || !Chars.isDigit(t.charAt(p + 3)));
    }

    private record ScaleWord(int start, int end, BigDecimal multiplier) {
    }

    /**
     * The multiplier of the scale word or abbreviation a number read here ends with
     * at {@code end} ("2 milliards": 10^9, "3 Md"), or null when it ends otherwise.
     */
    public BigDecimal scaleEndingAt(String t, int end) {
        Token last = Tokens.previous(t, end);
        if (last == null || last.end() != end) {
            return null;
        }
        BigDecimal word = words.multiplier(t, last.start(), last.end());
        return word != null ? word : scaleAbbreviations.get(t.subSequence(last.start(), last.end()).toString());
    }

    /**
     * A scale after the digits: a word ("milliards", "mille") or an abbreviation
     * ("Md", "Mds"). A one-letter abbreviation ("k", "M") counts only glued to the
     * digits ("100k", "3M") or right before a currency sign ("3 M$"), since a
     * lone "M" after a number is more often something else.
     */
    private ScaleWord scaleAfter(String t, int numberStart, int p) {
        if (p >= t.length()) {
            return null;
        }
        int q = Chars.skipSpaces(t, p);
        if (q - p > 1 || q >= t.length() || !Chars.isWordChar(t.charAt(q))) {
            return null;
        }
        int we = Chars.wordEnd(t, q);
        BigDecimal word = words.multiplier(t, q, we);
        if (word != null && word.compareTo(HUNDRED) != 0) {
            return new ScaleWord(q, we, word);
        }
        String abbreviation = t.subSequence(q, we).toString();
        BigDecimal abbreviated = scaleAbbreviations.get(abbreviation);
        if (abbreviated == null) {
            return null;
        }
        boolean glued = q == p;
        int after = Chars.skipSpaces(t, we);
        boolean beforeCurrencySign = after < t.length() && Chars.isCurrencySymbol(t.charAt(after));
        if (abbreviation.length() == 1 && !glued && !beforeCurrencySign) {
            return null;
        }
        if (moneyOnlyAbbreviations.contains(abbreviation) && !beforeCurrencySign
                && !(after < t.length() && currencyWordAt.test(t, after))) {
            int before = Chars.skipSpacesBack(t, numberStart);
            int code = before;
            while (code > 0 && Character.isLetter(t.charAt(code - 1))) {
                code--;
            }
            boolean codeBefore = code < before && currencyWordAt.test(t, code); // "EUR1.2m"
            if (!codeBefore && (before == 0 || !Chars.isCurrencySymbol(t.charAt(before - 1)))) {
                return null; // "9m" is nine metres; "$9m" nine million dollars
            }
        }
        return new ScaleWord(q, we, abbreviated);
    }
}
