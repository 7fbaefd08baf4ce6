package org.figx.extract;

/**
 * Finds a recognizer's unit at a position, for the first figure of a range that
 * repeats it: in "entre 10 euros et 20 euros" the money recognizer's matcher
 * reads "euros" after 10.
 */
@FunctionalInterface
interface UnitMatcher {
    /** End of {@code unit} written at or just after {@code pos}, or -1 when it is not there. */
    int unitEnd(String text, int pos, String unit);

    /** No unit anywhere (a class, not a lambda: one class fewer to make at start-up). */
    UnitMatcher NONE = new UnitMatcher() {
        @Override
        public int unitEnd(String text, int pos, String unit) {
            return -1;
        }
    };
}
