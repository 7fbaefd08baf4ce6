package org.figx.numbers;

/**
 * A Roman numeral written in capitals at the start of a span: "XIX" in "XIXe",
 * "XXI" in "XXIe siècle". Read up to C (100), enough for centuries and ranks.
 *
 * @param end   one past its last letter
 * @param value its value (19 for XIX)
 */
public record RomanNumeral(int end, int value) {
    private static final String LETTERS = "IVXLC";

    /** The numeral starting at {@code start} and ending by {@code limit}, or null when none is there. */
    public static RomanNumeral at(String t, int start, int limit) {
        int k = start;
        int value = 0;
        int last = Integer.MAX_VALUE;
        while (k < limit && LETTERS.indexOf(t.charAt(k)) >= 0) {
            int v = valueOf(t.charAt(k));
            value += v > last ? v - 2 * last : v; // IX: the smaller one before subtracts
            last = v;
            k++;
        }
        return k == start ? null : new RomanNumeral(k, value);
    }

    private static int valueOf(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 100;
        };
    }
}
