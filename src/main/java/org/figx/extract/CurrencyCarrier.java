package org.figx.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.text.SentenceLocator;

/**
 * A scale amount written with no unit after a money amount takes that amount's
 * currency: "un plan de 5 milliards d'euros, dont [2 milliards] pour l'État",
 * "a atteint 2,5 milliards d'euros et vise [3 milliards]". Reporting names the
 * currency once and drops it from the amounts that follow. Only within the
 * money amount's sentence or the next one, and never across a count or a
 * percentage, which change the topic ("…, en hausse de 3 %, et 2 milliards
 * restent à trouver" keeps a bare number). The rows it makes say so in their
 * {@code rule} ({@value #RULE}, with {@code --explain}).
 */
final class CurrencyCarrier {
    /** The rule of a money row whose currency was carried from an amount before it. */
    static final String RULE = "money-currency-carried";
    /** From a million on: "2 milliards" is an amount of something; "2 000" may be anything. */
    private static final BigDecimal SMALLEST_SCALE = BigDecimal.valueOf(1_000_000);

    private final Lexicon lexicon;

    CurrencyCarrier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code mentions} (in text order, sentences attached), scale amounts after money made money. */
    List<Mention> carry(String text, List<Mention> mentions, SentenceLocator sentences) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Mention money = null;
        int[] moneySentence = null;
        for (Mention m : mentions) {
            if (m.kind() == Kind.MONEY) {
                money = m;
                moneySentence = sentences.sentenceAround(m.start(), m.end());
            } else if (money != null && m.kind() == Kind.NUMBER && m.unit() == null && isScaleAmount(text, m)
                    && near(text, moneySentence, sentences.sentenceAround(m.start(), m.end()))) {
                out.add(Mention.of(Kind.MONEY, m.start(), m.end(), m.text(), m.value(), m.valueMax(),
                        money.unit(), m.qualifier(), RULE).withSentence(m.sentence()));
                continue;
            } else if (m.kind() == Kind.NUMBER || m.kind() == Kind.PERCENT || m.kind() == Kind.QUANTITY) {
                money = null; // a count or a percentage in between: another topic
            }
            out.add(m);
        }
        return out;
    }

    /** Whether {@code m} ends with a scale of a million or more ("2 milliards", "3 Md"). */
    private boolean isScaleAmount(String text, Mention m) {
        BigDecimal scale = lexicon.numberParser().scaleEndingAt(text, m.end());
        return scale != null && scale.compareTo(SMALLEST_SCALE) >= 0;
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
