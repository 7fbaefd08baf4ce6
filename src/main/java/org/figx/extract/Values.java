package org.figx.extract;

import java.math.BigDecimal;

/** How numeric values are written out: plain decimal, '.' as decimal point, no exponent. */
public final class Values {
    private Values() {
    }

    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
