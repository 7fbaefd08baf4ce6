package org.figx.numbers;

import java.math.BigDecimal;

/**
 * A number read from text, before anything says what it counts.
 *
 * @param start     first char (the sign, when there is one)
 * @param end       one past the last char, scale word included
 * @param value     the exact value, scale applied: "2,5 milliards" is 2500000000
 * @param scale     the scale word's multiplier ("milliards" 10^9), ONE when none
 * @param scaleStart where the scale word begins, or {@code end} when there is none
 * @param spelled   written in words ("vingt-huit") rather than digits
 * @param grouped   digits with thousands separators ("1 234", "1.234.567")
 * @param decimal   has a fractional part ("28,5")
 * @param signed    has an explicit sign ("-0,6", "+3", "moins 12")
 * @param digitCount number of digits in the integer part (0 for spelled numbers)
 * @param approximate an approximate amount by its very words ("une centaine")
 * @param upper      the upper bound the words give a vague amount ("des dizaines": 90), or null
 * @param bareFraction a fraction word with no count before it ("demi", "quart"): a figure only
 *                   before a unit, or when the word may stand alone ("la moitié")
 */
public record ParsedNumber(int start, int end, BigDecimal value, BigDecimal scale, int scaleStart,
                           boolean spelled, boolean grouped, boolean decimal, boolean signed,
                           int digitCount, boolean approximate, BigDecimal upper, boolean bareFraction) {

    public boolean hasScale() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** The value before the scale word: 2,5 in "2,5 milliards". */
    public BigDecimal base() {
        return hasScale() ? value.divide(scale) : value;
    }

    /** Plain digits, no sign, separator, decimals or scale: "2023", "300". */
    public boolean isBareInteger() {
        return !spelled && !grouped && !decimal && !signed && !hasScale();
    }

    public ParsedNumber withScale(BigDecimal newScale) {
        return new ParsedNumber(start, end, base().multiply(newScale), newScale, scaleStart, spelled,
                grouped, decimal, signed, digitCount, approximate, upper, bareFraction);
    }
}
