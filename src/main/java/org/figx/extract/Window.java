package org.figx.extract;

import java.util.List;
import org.figx.numbers.ParsedNumber;

/**
 * One window of a text, as every recognizer sees it: the numbers and the
 * temporal anchors the scanner found in it, and the shared figure builder.
 *
 * @param text            the whole text (offsets are its own)
 * @param numbers         numbers starting in the window, in text order
 * @param temporalAnchors starts of temporal words and numeric dates in the window, ascending
 * @param figures         builds numeric mentions (qualifiers, ranges)
 * @param tokens          the window's tokens, read once (valid while the window is being read)
 */
record Window(String text, List<ParsedNumber> numbers, int[] temporalAnchors, FigureBuilder figures,
              org.figx.text.WindowTokens tokens) {
}
