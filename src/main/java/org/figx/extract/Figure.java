package org.figx.extract;

import org.figx.numbers.ParsedNumber;

/**
 * A number with its unit, before qualifiers and ranges: "28 milliards USD",
 * "$10", "28,5 %".
 *
 * @param number the number
 * @param start  first char of the figure (a currency sign before the number included)
 * @param end    one past its unit
 * @param unit   ISO code, "%", "pp", or null for a bare number
 * @param rule   the reading that found it, for {@code --explain}
 */
record Figure(ParsedNumber number, int start, int end, String unit, FigureRule rule) {
}
