package org.figx.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.text.Chars;
import org.figx.text.SentenceLocator;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * A scale amount written with no unit after a money amount or a large count takes
 * that amount's unit: "un plan de 5 milliards d'euros, dont [2 milliards] pour l'État"
 * (EUR), "a atteint 2,5 milliards d'euros et vise [3 milliards]", "380 millions de
 * déplacements en 2024, [400 millions] en 2027" (déplacements). Reporting names the
 * unit once and drops it from the amounts that follow. Only within the first amount's
 * sentence (or, for a currency, the next one), and never across another figure or, for a count,
 * a new noun phrase ("…, et le budget atteindra 400 millions"), which change the topic
 * ("…, en hausse de 3 %, et 2 milliards restent à trouver" keeps a bare number). A
 * quantity lends its unit only when it is itself an amount of a million or more. The
 * rows it makes say so in their {@code rule} ({@value #MONEY_RULE}, {@value #COUNT_RULE},
 * {@value #MEASURE_RULE}, with {@code --explain}).
 */
final class UnitCarrier {
    /** The rule of a money row whose currency was carried from an amount before it. */
    static final String MONEY_RULE = "money-currency-carried";
    /** The rule of a count whose noun was carried from a count before it. */
    static final String COUNT_RULE = "counted-noun-carried";
    /** The rule of a measure whose unit was carried from a measure before it ("3 millions" of tonnes). */
    static final String MEASURE_RULE = "quantity-unit-carried";
    /** The rules of counts start so ({@code NumberRecognizer}). */
    private static final String COUNTED_NOUN = "counted-noun";
    /** From a million on: "2 milliards" is an amount of something; "2 000" may be anything. */
    private static final BigDecimal SMALLEST_SCALE = BigDecimal.valueOf(1_000_000);

    private final Lexicon lexicon;

    UnitCarrier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code mentions} (in text order, sentences attached), scale amounts after money or a count given their unit. */
    List<Mention> carry(String text, List<Mention> mentions, SentenceLocator sentences) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Mention lender = null;
        int[] lenderSentence = null;
        List<Mention> since = new ArrayList<>(); // the mentions between the lender and here (dates)
        for (Mention m : mentions) {
            if (m.kind() == Kind.MONEY || m.kind() == Kind.QUANTITY && isLargeQuantity(m)) {
                lender = m;
                lenderSentence = sentences.sentenceAround(m.start(), m.end());
                since.clear();
            } else if (lender != null && m.kind() == Kind.NUMBER && m.unit() == null && isScaleAmount(text, m)
                    && reaches(text, lender, lenderSentence, sentences.sentenceAround(m.start(), m.end()))
                    && (lender.kind() == Kind.MONEY || !newSubjectBetween(text, lender.end(), m.start(), since))) {
                out.add(Mention.of(lender.kind(), m.start(), m.end(), m.text(), m.value(), m.valueMax(),
                        lender.unit(), m.qualifier(), carriedRule(lender)).withSentence(m.sentence()));
                continue;
            } else if (m.kind() == Kind.NUMBER || m.kind() == Kind.PERCENT || m.kind() == Kind.QUANTITY) {
                lender = null; // a count or a percentage in between: another topic
            }
            if (lender != null && m != lender) {
                since.add(m);
            } else if (lender == null) {
                since.clear();
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Whether a noun phrase opens between a count and a later amount ("380 millions de
     * voyageurs en 2024, et le budget atteindra 400 millions"): a determiner then a word
     * of no closed class, outside the mentions between (the "l'" of "l'an dernier" is a date's).
     */
    private boolean newSubjectBetween(String text, int from, int to, List<Mention> between) {
        int p = from;
        while (true) {
            Token word = Tokens.next(text, p);
            if (word == null || word.start() >= to) {
                return false;
            }
            Mention inside = covering(between, word.start());
            if (inside != null) {
                p = inside.end();
                continue;
            }
            if (lexicon.isDeterminer(text, word)) {
                int after = word.end() < text.length() && Chars.isApostrophe(text.charAt(word.end())) ? word.end() + 1
                        : word.end();
                Token noun = Tokens.next(text, after);
                if (noun != null && noun.start() < to && Chars.isWordChar(text.charAt(noun.start()))
                        && covering(between, noun.start()) == null && !lexicon.isFunctionWord(text, noun)) {
                    return true;
                }
            }
            p = word.end();
        }
    }

    private static Mention covering(List<Mention> mentions, int pos) {
        for (Mention m : mentions) {
            if (m.start() <= pos && pos < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** "380 millions de déplacements", "2 millions de tonnes": a quantity of a million or more. */
    private static boolean isLargeQuantity(Mention m) {
        return m.unit() != null && new BigDecimal(m.value()).compareTo(SMALLEST_SCALE) >= 0;
    }

    /** The rule of a row whose unit {@code lender} lent. */
    private static String carriedRule(Mention lender) {
        if (lender.kind() == Kind.MONEY) {
            return MONEY_RULE;
        }
        return lender.rule() != null && lender.rule().startsWith(COUNTED_NOUN) ? COUNT_RULE : MEASURE_RULE;
    }

    /** Whether {@code m} ends with a scale of a million or more ("2 milliards", "3 Md"). */
    private boolean isScaleAmount(String text, Mention m) {
        BigDecimal scale = lexicon.numberParser().scaleEndingAt(text, m.end());
        return scale != null && scale.compareTo(SMALLEST_SCALE) >= 0;
    }

    /**
     * Whether {@code lender}'s unit reaches an amount in sentence {@code later}: a currency
     * there or in the next sentence, a count or a measure only in its own sentence (a new
     * sentence about "400 millions" after "380 millions de voyageurs" has often changed
     * topic: "Le budget atteindra 400 millions").
     */
    private static boolean reaches(String text, Mention lender, int[] first, int[] later) {
        return lender.kind() == Kind.MONEY ? near(text, first, later) : later[0] == first[0];
    }

    /** Whether sentence {@code later} is sentence {@code first} or the one right after it. */
    private static boolean near(String text, int[] first, int[] later) {
        if (later[0] == first[0]) {
            return true;
        }
        if (later[0] < first[1]) {
            return false;
        }
        for (int i = first[1]; i < later[0]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
