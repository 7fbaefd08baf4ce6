package org.figx.lang;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.figx.text.Chars;

/**
 * Currency names, symbols and ISO 4217 codes, mostly from ICU's CLDR data
 * (through {@link CldrSource}: tables made from ICU at build time):
 *
 * <ul>
 *   <li>codes: the currencies legal somewhere today ("USD", "KZT");</li>
 *   <li>names: CLDR's display names in French and English, singular and plural
 *       ("dollars canadiens", "francs suisses", "tenges kazakhs"), plus their
 *       head word ("dollars", "tenges") when it names one currency only;</li>
 *   <li>symbols: CLDR's symbols and narrow symbols that hold a currency sign
 *       ("€", "US$", "₽", "₸"), plain-letter symbols ("kr", "R") being too
 *       ambiguous in running text.</li>
 * </ul>
 *
 * Word lists settle the rest: {@code currency-words.txt} (words CLDR lacks and
 * the currency an ambiguous word or sign means: "$" and "dollars" are USD),
 * {@code currency-exclusions.txt} (head words and codes that are ordinary words),
 * {@code currency-subunits.txt} ("centimes").
 */
public final class Currencies {
    /** Where the noun stands in a currency name: "dollars canadiens" vs "Canadian dollars". */
    private static final Map<Locale, Boolean> HEAD_IS_FIRST_WORD = Map.of(Locale.FRENCH, true,
            Locale.ENGLISH, false);

    /** The currencies in use today: their names and symbols are read. */
    private final Set<String> codes = new HashSet<>();
    /** The codes read as written ("USD"): those in use, less the ones that are ordinary words ("ALL", "TOP"). */
    private final Set<String> writtenCodes = new HashSet<>();
    private final Map<String, String> symbols = new HashMap<>();
    private final PhraseTable<String> names = new PhraseTable<>();
    private final PhraseTable<Subunit> subunits;
    private int longestSymbol;
    /** First and last characters of the symbols, to turn most positions away at once. */
    private final java.util.BitSet symbolFirstChars = new java.util.BitSet();
    private final java.util.BitSet symbolLastChars = new java.util.BitSet();

    /**
     * What the derivation from CLDR and the lists did, in order, as rows of a generated
     * table ({@link DerivedTables}): null when built from such a table.
     */
    private final List<String[]> derivation;

    /** The kinds of row of the derivation: a code in use, one read as written, a name, a symbol. */
    static final String CODE = "code";
    static final String WRITTEN_CODE = "written-code";
    static final String NAME = "name";
    static final String SYMBOL = "symbol";

    /** The currencies derived from CLDR's codes, names and symbols and the currency word lists. */
    /*
     * The languages whose names and symbols are read come in a fixed order
     * (Language#currencyNameLanguages), so that the derivation's steps
     * (DerivedTables) are the same each time. The order changes no answer: a phrase
     * keeps its first value, and no French name is an English one of another currency.
     */
    Currencies(ResourceLists lists, CldrSource cldr) {
        this.derivation = new java.util.ArrayList<>();
        Set<String> excluded = new HashSet<>();
        for (String word : lists.lines("currency-exclusions.txt")) {
            excluded.add(org.figx.text.Fold.fold(word));
            excluded.add(word);
        }
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        Set<String> writtenAsSigns = new HashSet<>();
        for (Map.Entry<String, String> word : lists.pairs("currency-words.txt").entrySet()) {
            // "Rs = INR sign": an abbreviation of letters read as a sign, before or after the amount
            String[] value = word.getValue().split("\\s+");
            chosen.put(word.getKey(), value[0]);
            if (value.length > 1 && value[1].equals("sign")) {
                writtenAsSigns.add(word.getKey());
            }
        }
        loadCodes(cldr, excluded);
        for (Map.Entry<String, String> word : chosen.entrySet()) {
            addName(word.getKey(), word.getValue()); // the list's words come first: they settle ambiguities
        }
        Map<String, Set<String>> heads = new TreeMap<>();
        Map<String, Set<String>> signs = new TreeMap<>();
        for (Locale language : lists.language().currencyNameLanguages()) {
            loadNames(cldr, language, HEAD_IS_FIRST_WORD.get(language), excluded, heads);
            loadSymbols(cldr, language, signs);
        }
        for (Map.Entry<String, Set<String>> head : heads.entrySet()) {
            Set<String> candidates = head.getValue();
            if (candidates.size() == 1 && !excluded.contains(head.getKey())) {
                addName(head.getKey(), candidates.iterator().next());
            }
        }
        for (Map.Entry<String, Set<String>> signed : signs.entrySet()) {
            String sign = signed.getKey();
            Set<String> candidates = signed.getValue();
            String code = chosen.containsKey(sign) ? chosen.get(sign)
                    : candidates.size() == 1 ? candidates.iterator().next() : null;
            if (code != null) {
                addSymbol(sign, code);
            }
        }
        for (Map.Entry<String, String> word : chosen.entrySet()) {
            if (hasCurrencySign(word.getKey()) || writtenAsSigns.contains(word.getKey())) {
                addSymbol(word.getKey(), word.getValue());
            }
        }
        subunits = subunits(lists);
    }

    /**
     * The same currencies from the rows of {@link #derivation()} kept in a generated
     * table, and the subunits' list: start-up reads none of CLDR's some 1,300 names
     * and symbols, which took a third of the lexicon's loading.
     */
    Currencies(List<String[]> derivation, ResourceLists lists) {
        this.derivation = null;
        for (String[] row : derivation) {
            switch (row[0]) {
                case CODE -> codes.add(row[1]);
                case WRITTEN_CODE -> writtenCodes.add(row[1]);
                case NAME -> names.add(row[1], row[2]);
                case SYMBOL -> putSymbol(row[1], row[2]);
                default -> throw new IllegalStateException("currencies: unknown row '" + row[0] + "'");
            }
        }
        subunits = subunits(lists);
    }

    private static PhraseTable<Subunit> subunits(ResourceLists lists) {
        PhraseTable<Subunit> out = new PhraseTable<>();
        for (Map.Entry<String, String> subunit : lists.pairs("currency-subunits.txt").entrySet()) {
            out.add(subunit.getKey(), Subunit.parse(subunit.getValue()));
        }
        return out;
    }

    /** Every step of the derivation, in order: kind, code, name or symbol, and its code. */
    List<String[]> derivation() {
        return java.util.Collections.unmodifiableList(derivation);
    }

    /** The names added so far, while deriving. */
    private final Set<String> namesAdded = new HashSet<>();

    /** A phrase already added keeps its first value: adding the same text again changes nothing, nor is noted. */
    private void addName(String name, String code) {
        if (namesAdded.add(name)) {
            derivation.add(new String[] {NAME, name, code});
        }
        names.add(name, code);
    }

    private void loadCodes(CldrSource cldr, Set<String> excluded) {
        for (String code : cldr.currenciesInUse()) {
            if (codes.add(code)) {
                derivation.add(new String[] {CODE, code});
            }
            if (!excluded.contains(code) && writtenCodes.add(code)) {
                derivation.add(new String[] {WRITTEN_CODE, code});
            }
        }
    }

    /**
     * Compiled once: String.split and replaceAll compile their pattern on every call,
     * and start-up reads some thousands of ICU's currency names.
     */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\(.*?\\)");

    private void loadNames(CldrSource cldr, Locale locale, boolean headFirst, Set<String> excluded,
                           Map<String, Set<String>> heads) {
        for (Map.Entry<String, String> e : cldr.currencyNames(locale).entrySet()) {
            String code = e.getValue();
            if (!codes.contains(code)) {
                continue;
            }
            String name = e.getKey().indexOf('(') < 0 ? e.getKey().strip() // most names: no regex to run
                    : PARENTHESES.matcher(e.getKey()).replaceAll(" ").strip();
            if (name.isEmpty() || name.equals(code)) {
                continue; // a code is read as written, in capitals (codes above): "12 ils" is no ILS
            }
            addName(name, code);
            String[] words = SPACES.split(name);
            String head = org.figx.text.Fold.fold(headFirst ? words[0] : words[words.length - 1]);
            if (!excluded.contains(head)) {
                addTo(heads, head, code);
            }
        }
    }

    private void loadSymbols(CldrSource cldr, Locale locale, Map<String, Set<String>> signs) {
        for (String code : codes) {
            for (String symbol : List.of(cldr.currencySymbol(locale, code), cldr.currencyNarrowSymbol(locale, code))) {
                if (symbol != null && !symbol.equals(code) && hasCurrencySign(symbol)) {
                    addTo(signs, symbol.strip(), code);
                }
            }
            String narrow = cldr.currencyNarrowSymbol(locale, code);
            if (narrow != null && narrow.length() == 1 && Chars.isCurrencySymbol(narrow.charAt(0))) {
                for (String marked : markedSigns(narrow, code)) {
                    addTo(signs, marked, code);
                }
            }
        }
    }

    /** Adds a candidate code to the set of a word or sign. */
    private static void addTo(Map<String, Set<String>> candidates, String key, String code) {
        Set<String> codes = candidates.get(key);
        if (codes == null) {
            codes = new TreeSet<>();
            candidates.put(key, codes);
        }
        codes.add(code);
    }

    /**
     * A sign several currencies share, marked with the country or the code of
     * one: "$CA", "CA$", "AU$", "$CAD", "CAD$", "$ CAD" (an ISO 4217 code
     * begins with its country's ISO 3166 code). The country is glued only: "$ CO"
     * could be the start of "CO2".
     */
    private static List<String> markedSigns(String sign, String code) {
        String country = code.substring(0, 2);
        return List.of(sign + country, country + sign, sign + code, code + sign, sign + " " + code);
    }

    private static boolean hasCurrencySign(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isCurrencySymbol(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void addSymbol(String symbol, String code) {
        derivation.add(new String[] {SYMBOL, symbol, code});
        putSymbol(symbol, code);
    }

    private void putSymbol(String symbol, String code) {
        symbols.putIfAbsent(symbol, code);
        longestSymbol = Math.max(longestSymbol, symbol.length());
        symbolFirstChars.set(symbol.charAt(0));
        symbolLastChars.set(symbol.charAt(symbol.length() - 1));
    }

    /** A currency written as a sign or code: its span and ISO code. */
    public record Sign(int start, int end, String code) {
    }

    /** The sign or ISO code starting exactly at {@code pos} ("€", "US$", "USD"), or null. */
    public Sign signAt(String t, int pos) {
        if (pos >= t.length() || !symbolFirstChars.get(t.charAt(pos)) && !isUpperAscii(t, pos, pos + 1)) {
            return null;
        }
        for (int len = Math.min(longestSymbol, t.length() - pos); len >= 1; len--) {
            String code = symbols.get(t.subSequence(pos, pos + len).toString());
            if (code != null && endsCleanly(t, pos + len)) {
                return new Sign(pos, pos + len, code);
            }
        }
        if (pos + 3 <= t.length() && isUpperAscii(t, pos, pos + 3) && endsCleanly(t, pos + 3)) {
            String code = t.subSequence(pos, pos + 3).toString();
            if (writtenCodes.contains(code)) {
                return new Sign(pos, pos + 3, code);
            }
        }
        return null;
    }

    /** The sign or ISO code ending exactly at {@code pos}, or null. */
    public Sign signEndingAt(String t, int pos) {
        if (pos <= 0 || !symbolLastChars.get(t.charAt(pos - 1)) && !isUpperAscii(t, pos - 1, pos)) {
            return null;
        }
        for (int len = Math.min(longestSymbol, pos); len >= 1; len--) {
            String code = symbols.get(t.subSequence(pos - len, pos).toString());
            if (code != null && startsCleanly(t, pos - len)) {
                return new Sign(pos - len, pos, code);
            }
        }
        if (pos >= 3 && isUpperAscii(t, pos - 3, pos) && startsCleanly(t, pos - 3)) {
            String code = t.subSequence(pos - 3, pos).toString();
            if (writtenCodes.contains(code)) {
                return new Sign(pos - 3, pos, code);
            }
        }
        return null;
    }

    public boolean isCodeOrSymbolAt(String t, int pos) {
        return signAt(t, pos) != null;
    }

    public boolean isCodeOrSymbolEndingAt(String t, int pos) {
        return signEndingAt(t, pos) != null;
    }

    /** Currency names ("euros", "dollars canadiens"), matched as phrases. */
    public PhraseTable<String> names() {
        return names;
    }

    /**
     * A fraction of a currency: its value in units, and the currency it means
     * when no other is named ("99 centimes").
     */
    public record Subunit(BigDecimal fraction, String defaultCode) {
        static Subunit parse(String value) {
            String[] parts = SPACES.split(value.trim());
            if (parts.length != 2) {
                throw new IllegalStateException("currency-subunits.txt: expected 'fraction CODE', got '" + value + "'");
            }
            return new Subunit(new BigDecimal(parts[0]), parts[1]);
        }
    }

    /** Hundredths of a currency ("centimes", "cents"). */
    public PhraseTable<Subunit> subunits() {
        return subunits;
    }

    private static boolean isUpperAscii(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsCleanly(String t, int end) {
        if (end < t.length() && Chars.isApostrophe(t.charAt(end)) && Character.isLetter(t.charAt(end - 1))) {
            return false; // "20 $ c'est": the letter begins an elided word, it marks no currency
        }
        return end >= t.length() || !Character.isLetter(t.charAt(end)) || !Character.isLetter(t.charAt(end - 1));
    }

    private static boolean startsCleanly(String t, int start) {
        return start == 0 || !Character.isLetter(t.charAt(start - 1)) || !Character.isLetter(t.charAt(start));
    }
}
