package org.figx.numbers;

import com.ibm.icu.text.Normalizer2;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode vulgar fractions ("½", "¾", "⅓") and their values, read from
 * Unicode's own compatibility decomposition ("½" is "1⁄2"), not typed in.
 */
public final class VulgarFractions {
    /** The fraction slash that a vulgar fraction decomposes around. */
    private static final char FRACTION_SLASH = '\u2044';
    private static final Map<Character, BigDecimal> VALUES = load();
    /** The same chars as a bit set: the scanner asks about every non-letter, non-digit char. */
    private static final java.util.BitSet FRACTIONS = new java.util.BitSet();

    static {
        VALUES.keySet().forEach(c -> FRACTIONS.set(c));
    }

    private VulgarFractions() {
    }

    private static Map<Character, BigDecimal> load() {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        Map<Character, BigDecimal> out = new HashMap<>();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (Character.getType(c) != Character.OTHER_NUMBER) {
                continue;
            }
            String parts = nfkd.normalize(String.valueOf(c));
            int slash = parts.indexOf(FRACTION_SLASH);
            if (slash <= 0 || slash == parts.length() - 1) {
                continue;
            }
            try {
                BigDecimal numerator = new BigDecimal(parts.substring(0, slash));
                BigDecimal denominator = new BigDecimal(parts.substring(slash + 1));
                out.put(c, numerator.divide(denominator, MathContext.DECIMAL64));
            } catch (NumberFormatException | ArithmeticException e) {
                // not two plain numbers around the slash: no fraction figx reads
            }
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
