package org.figx.lang;

import java.util.List;

/**
 * One way of writing a range, from {@code range-patterns.txt}: "entre N et N"
 * has opener "entre" and connector "et"; "N à N" has no opener. Both are kept
 * as folded tokens, ready to compare with the text.
 *
 * @param openerWords    folded words before the first figure, empty when none
 * @param connectorWords folded words between the two figures
 * @param unitOnce       the line ends with {@value #UNIT_ONCE}: a first figure that repeats
 *                       the unit is no bound ("gagne 2 points à 98 points" is two figures)
 */
public record RangePattern(List<String> openerWords, List<String> connectorWords, boolean unitOnce) {

    /** The mark, after the pattern, of a range whose unit is written once only. */
    static final String UNIT_ONCE = "[unit once]";

    static RangePattern parse(String pattern) {
        boolean unitOnce = pattern.endsWith(UNIT_ONCE);
        String line = unitOnce ? pattern.substring(0, pattern.length() - UNIT_ONCE.length()).strip() : pattern;
        int first = line.indexOf('N');
        int second = line.indexOf('N', first + 1);
        if (first < 0 || second < 0 || !isPlaceholder(line, first) || !isPlaceholder(line, second)) {
            throw new IllegalStateException("range-patterns.txt: expected two N in '" + line + "'");
        }
        return new RangePattern(List.of(PhraseTable.tokenize(line.substring(0, first))),
                List.of(PhraseTable.tokenize(line.substring(first + 1, second))), unitOnce);
    }

    private static boolean isPlaceholder(String line, int at) {
        boolean before = at == 0 || !Character.isLetter(line.charAt(at - 1));
        boolean after = at + 1 == line.length() || !Character.isLetter(line.charAt(at + 1));
        return before && after;
    }
}
