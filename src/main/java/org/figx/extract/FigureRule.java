package org.figx.extract;

/**
 * The name of the reading that found a numeric figure, as {@code --explain}
 * shows it, with the names of that reading widened to a range ("entre 10 et 20
 * %") and of a bare figure before it that shares its unit ("10, 20 et 30 %").
 * The three are built once per reading, so naming a mention costs nothing.
 *
 * @param single   the figure alone, perhaps with a qualifier ("plus de 20 milliards USD")
 * @param range    the figure as the upper bound of a range
 * @param listItem a figure listed before this one, sharing its unit
 * @param changeFrom the first figure of a change to this one, taking its unit ("passé de 12 à 14 €")
 */
record FigureRule(String single, String range, String listItem, String changeFrom) {

    /** @param name short, kebab-case: it is what a user debugging a row reads */
    static FigureRule named(String name) {
        return new FigureRule(name, name + "-range", name + "-list-item", name + "-change-from");
    }
}
