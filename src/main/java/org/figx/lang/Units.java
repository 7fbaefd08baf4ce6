package org.figx.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figx.text.Chars;
import org.figx.text.FoldedWordMap;

/**
 * Units of measure: names and symbols from ICU's CLDR unit data (through
 * {@link CldrSource}: tables made from ICU at build time) for the
 * language and its regional variants ("kilomètres", "km", "degrés Celsius",
 * "°C"; "milles" from Canadian French), mapped to the symbols
 * figx writes by {@code units.txt}; {@code unit-words.txt} and
 * {@code unit-symbols.txt} add what CLDR lacks. Names match case- and
 * accent-insensitively; symbols exactly, since case tells them apart ("5 g"
 * is five grams, "5G" a network).
 */
public final class Units {
    private final PhraseTable<String> names = new PhraseTable<>();
    private final Map<String, String> symbols = new HashMap<>();
    private final FoldedWordMap<String> symbolIndex;
    private int longestSymbol;

    /**
     * What the derivation from CLDR and the lists did, in order, as rows of a generated
     * table ({@link DerivedTables}), leaving out what changed nothing (a phrase or symbol
     * added again): null when built from such a table.
     */
    private final List<String[]> derivation;
    /** The names and symbols added so far, while deriving: adding one again is a no-op. */
    private final java.util.Set<String> namesAdded;

    /** The kinds of row of the derivation: a unit name and its symbol, a unit symbol and the one written. */
    static final String NAME = "name";
    static final String SYMBOL = "symbol";

    /** The units derived from CLDR's unit names and the unit word lists. */
    Units(List<Locale> locales, ResourceLists lists, CldrSource cldr) {
        this.derivation = new java.util.ArrayList<>();
        this.namesAdded = new java.util.HashSet<>();
        for (Map.Entry<String, String> word : lists.pairs("unit-words.txt").entrySet()) {
            addName(word.getKey(), word.getValue());
        }
        for (Map.Entry<String, String> symbol : lists.pairs("unit-symbols.txt").entrySet()) {
            addSymbol(symbol.getKey(), symbol.getValue());
        }
        Map<String, String> known = lists.pairs("units.txt");
        for (Locale locale : locales) {
            for (Map.Entry<String, String> unit : known.entrySet()) {
                String id = unit.getKey();
                String symbol = unit.getValue();
                for (int n = 1; n <= 2; n++) {
                    addName(withoutNumber(cldr.formatMeasure(locale, id, n, true)), symbol);
                    addSymbol(withoutNumber(cldr.formatMeasure(locale, id, n, false)), symbol);
                }
            }
        }
        this.symbolIndex = FoldedWordMap.exact(symbols);
    }

    /**
     * The same units from the rows of {@link #derivation()} kept in a generated table:
     * start-up reads none of CLDR's some 1,100 unit forms.
     */
    Units(List<String[]> derivation) {
        this.derivation = null;
        this.namesAdded = null;
        for (String[] row : derivation) {
            switch (row[0]) {
                case NAME -> names.add(row[1], row[2]);
                case SYMBOL -> putSymbol(row[1], row[2]);
                default -> throw new IllegalStateException("units: unknown row '" + row[0] + "'");
            }
        }
        this.symbolIndex = FoldedWordMap.exact(symbols);
    }

    /** Every step of the derivation that changed something, in order: kind, name or symbol, symbol written. */
    List<String[]> derivation() {
        return java.util.Collections.unmodifiableList(derivation);
    }

    /** A phrase already added keeps its first value: adding the same text again changes nothing. */
    private void addName(String name, String symbol) {
        if (namesAdded.add(name)) {
            derivation.add(new String[] {NAME, name, symbol});
        }
        names.add(name, symbol);
    }

    /**
     * The unit of a formatted measure: without the figures and spaces it starts with
     * (ASCII digits, ASCII white space, no-break and narrow no-break spaces), stripped.
     * A loop rather than a regular expression: start-up reads some 550 of them.
     */
    private static String withoutNumber(String formatted) {
        int start = 0;
        while (start < formatted.length() && isNumberPart(formatted.charAt(start))) {
            start++;
        }
        return formatted.substring(start).strip();
    }

    private static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u202F';
    }

    /** A symbol already present keeps its first unit: only the first is noted. */
    private void addSymbol(String symbol, String written) {
        if (!symbols.containsKey(symbol)) {
            derivation.add(new String[] {SYMBOL, symbol, written});
        }
        putSymbol(symbol, written);
    }

    private void putSymbol(String symbol, String written) {
        symbols.putIfAbsent(symbol, written);
        longestSymbol = Math.max(longestSymbol, symbol.length());
    }

    /** A unit found in a text: where it ends and the symbol to write. */
    public record UnitAt(int start, int end, String symbol) {
    }

    /** The unit symbol starting exactly at {@code pos} ("km", "°C", "MW"), or null. */
    public UnitAt symbolAt(String t, int pos) {
        for (int len = Math.min(longestSymbol, t.length() - pos); len >= 1; len--) {
            int end = pos + len;
            boolean elided = end < t.length() && Chars.isApostrophe(t.charAt(end)); // "l'an" is no litre
            // where the symbol would end is tested first: inside a word ("kilomètres") no
            // length but the word's own needs a look-up
            if (!elided && (end == t.length() || !Chars.isWordChar(t.charAt(end))
                    || !Chars.isWordChar(t.charAt(end - 1)))) {
                String symbol = symbolIndex.get(t, pos, end);
                if (symbol != null) {
                    return new UnitAt(pos, end, symbol);
                }
            }
        }
        return null;
    }

    /** Unit names as phrases: "kilomètres", "degrés Celsius", "mètres carrés". */
    public PhraseTable<String> names() {
        return names;
    }
}
