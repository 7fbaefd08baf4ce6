package org.figx.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode vulgar fractions ("½", "¾", "⅓") and their values, read from
 * Unicode's own compatibility decomposition ("½" is "1⁄2"), not typed in: a
 * table made at build time from ICU's NFKD (UnicodeTablesGenerator, src/test)
 * holds each fraction's numerator and denominator.
 */
public final class VulgarFractions {
    /** Each vulgar fraction, its numerator and denominator as its NFKD decomposition writes them. */
    public static final String TABLE = "/org/figx/numbers/vulgar-fractions.txt";
    private static final Map<Character, BigDecimal> VALUES = load();
    /** The same chars as a bit set: the scanner asks about every non-letter, non-digit char. */
    private static final java.util.BitSet FRACTIONS = new java.util.BitSet();

    static {
        for (char c : VALUES.keySet()) {
            FRACTIONS.set(c);
        }
    }

    private VulgarFractions() {
    }

    private static Map<Character, BigDecimal> load() {
        Map<Character, BigDecimal> out = new HashMap<>();
        for (String[] row : org.figx.text.GeneratedTable.read(TABLE)) {
            BigDecimal numerator = new BigDecimal(row[1]);
            BigDecimal denominator = new BigDecimal(row[2]);
            out.put(row[0].charAt(0), numerator.divide(denominator, MathContext.DECIMAL64));
        }
        return Map.copyOf(out);
    }

    /** Whether {@code c} is a vulgar fraction ("½"). */
    public static boolean is(char c) {
        return FRACTIONS.get(c);
    }

    /** The value of the vulgar fraction {@code c}, or null. */
    public static BigDecimal valueOf(char c) {
        return c < 0x80 ? null : VALUES.get(c);
    }
}
