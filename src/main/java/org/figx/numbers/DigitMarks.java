package org.figx.numbers;

import java.util.List;
import org.figx.text.Chars;

/**
 * How a language writes the marks inside a number in digits (digit-marks.txt):
 * which characters may be its decimal point, and which may group its thousands.
 * A mark of both kinds (the French dot: "1.234" but "3.14") groups when groups of
 * exactly three digits follow it, and is the decimal point otherwise.
 *
 * @param decimalMarks the characters that may be the decimal point ("," "." in French, "." in English)
 * @param groupMarks   the characters other than spaces that may group thousands ("." "'" in French, "," in English)
 * @param spacesGroup  whether spaces (plain, no-break, thin) group thousands
 * @param bareDecimalMarks the decimal points that may open a number with no whole part (".77" in English)
 */
public record DigitMarks(String decimalMarks, String groupMarks, boolean spacesGroup, String bareDecimalMarks) {
    /** The word in digit-marks.txt that stands for the spaces. */
    private static final String SPACES = "space";

    /**
     * Reads the two lines of digit-marks.txt, {@code decimal = , .} and {@code group = space . '},
     * each mark a single character or the word {@code space}.
     */
    public static DigitMarks parse(String decimal, String group) {
        return parse(decimal, group, "");
    }

    /** {@link #parse(String, String)}, with the line {@code bare = .}: decimal points that may open a number. */
    public static DigitMarks parse(String decimal, String group, String bare) {
        StringBuilder bares = new StringBuilder();
        for (String mark : marks(bare)) {
            bares.append(single(mark));
        }
        StringBuilder decimals = new StringBuilder();
        for (String mark : marks(decimal)) {
            decimals.append(single(mark));
        }
        StringBuilder groups = new StringBuilder();
        boolean spaces = false;
        for (String mark : marks(group)) {
            if (mark.equals(SPACES)) {
                spaces = true;
            } else {
                groups.append(single(mark));
            }
        }
        return new DigitMarks(decimals.toString(), groups.toString(), spaces, bares.toString());
    }

    private static List<String> marks(String line) {
        return line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
    }

    private static char single(String mark) {
        if (mark.length() != 1) {
            throw new IllegalStateException("digit-marks.txt: a mark is one character or '" + SPACES + "', not '"
                    + mark + "'");
        }
        return mark.charAt(0);
    }

    public boolean isDecimal(char c) {
        return decimalMarks.indexOf(c) >= 0;
    }

    /** Whether a decimal point may open a number with no whole part: ".77". */
    public boolean opensBare(char c) {
        return bareDecimalMarks.indexOf(c) >= 0;
    }

    public boolean isGroup(char c) {
        return spacesGroup && Chars.isGroupSpace(c) || groupMarks.indexOf(c) >= 0;
    }
}
