package org.figx.lang;

/**
 * One way of writing a range, from {@code range-patterns.txt}: "entre N et N"
 * has opener "entre" and connector "et"; "N à N" has no opener.
 *
 * @param opener    words before the first figure, or "" when none
 * @param connector words between the two figures
 */
public record RangePattern(String opener, String connector) {

    static RangePattern parse(String line) {
        int first = line.indexOf('N');
        int second = line.indexOf('N', first + 1);
        if (first < 0 || second < 0 || !isPlaceholder(line, first) || !isPlaceholder(line, second)) {
            throw new IllegalStateException("range-patterns.txt: expected two N in '" + line + "'");
        }
        return new RangePattern(line.substring(0, first).strip(), line.substring(first + 1, second).strip());
    }

    private static boolean isPlaceholder(String line, int at) {
        boolean before = at == 0 || !Character.isLetter(line.charAt(at - 1));
        boolean after = at + 1 == line.length() || !Character.isLetter(line.charAt(at + 1));
        return before && after;
    }
}
