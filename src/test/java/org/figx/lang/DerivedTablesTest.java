package org.figx.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.figx.Language;
import org.figx.text.GeneratedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The derived tables under src/main/resources ({@link DerivedTables}) are what the
 * derivation makes of the CLDR tables today, and the number words and ordinals
 * replayed from them answer as the derived ones do. Run with
 * {@code -Dfigx.updateDerived=true} ({@link DerivedTables#REGENERATE}), it writes the
 * fresh tables first.
 */
class DerivedTablesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final boolean UPDATE = Boolean.getBoolean("figx.updateDerived");
    /** The language the replay checks below read (their phrases are French). */
    private static final Language LANGUAGE = Language.FR;

    private static NumberWords derivedNumberWords() {
        return derivedNumberWords(LANGUAGE);
    }

    private static NumberWords derivedNumberWords(Language language) {
        return new NumberWords(language.variants(), new CldrTables(language));
    }

    private static Ordinals derivedOrdinals() {
        return derivedOrdinals(LANGUAGE);
    }

    private static Ordinals derivedOrdinals(Language language) {
        return new Ordinals(language.variants(), new ResourceLists(language), new CldrTables(language));
    }

    private static Currencies derivedCurrencies() {
        return derivedCurrencies(LANGUAGE);
    }

    private static Currencies derivedCurrencies(Language language) {
        return new Currencies(new ResourceLists(language), new CldrTables(language));
    }

    private static Units derivedUnits() {
        return derivedUnits(LANGUAGE);
    }

    private static Units derivedUnits(Language language) {
        return new Units(language.unitVariants(), new ResourceLists(language), new CldrTables(language));
    }

    private static String tags(List<java.util.Locale> locales) {
        List<String> out = new ArrayList<>();
        for (java.util.Locale locale : locales) {
            out.add(locale.toLanguageTag());
        }
        return String.join(", ", out);
    }

    private static void assertCheckedIn(Language language, String name, String what, String columns,
            List<String[]> rows) throws IOException {
        String fresh = DerivedTables.text(name, what, columns, rows);
        Path file = RESOURCES.resolve(DerivedTables.folder(language).substring(1)).resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fresh, StandardCharsets.UTF_8);
        }
        assertEquals(fresh, Files.readString(file, StandardCharsets.UTF_8),
                file + " differs from the derivation: regenerate it with " + DerivedTables.REGENERATE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void numberWordsTableIsTheDerivationOfTheCldrTables(Language language) throws IOException {
        assertCheckedIn(language, DerivedTables.NUMBER_WORDS, "the steps of NumberWords' derivation from the "
                + "spellings of " + tags(language.variants()) + " (a phrase added again left out)",
                "step, folded word or phrase, value", derivedNumberWords(language).derivation());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void ordinalsTableIsTheDerivationOfTheCldrTables(Language language) throws IOException {
        assertCheckedIn(language, DerivedTables.ORDINALS, "the steps of Ordinals' derivation from the ordinal "
                + "spellings of " + tags(language.variants()) + " (a phrase added again left out)",
                "step, spelled ordinal or its last word, rank", derivedOrdinals(language).derivation());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void currenciesTableIsTheDerivationOfTheCldrTablesAndLists(Language language) throws IOException {
        assertCheckedIn(language, DerivedTables.CURRENCIES, "the steps of Currencies' derivation from CLDR's "
                + "currency codes, names and symbols (" + tags(language.currencyNameLanguages()) + ") and the "
                + "currency word lists (currency-words.txt, currency-exclusions.txt): edit those, then regenerate",
                "step, code, name or symbol, its code", derivedCurrencies(language).derivation());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void unitsTableIsTheDerivationOfTheCldrTablesAndLists(Language language) throws IOException {
        assertCheckedIn(language, DerivedTables.UNITS, "the steps of Units' derivation from CLDR's unit forms ("
                + tags(language.unitVariants()) + ") and the unit lists (units.txt, unit-words.txt, "
                + "unit-symbols.txt): edit those, then regenerate", "step, unit name or symbol, the symbol written",
                derivedUnits(language).derivation());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tablesReadBackAsWritten(Language language) {
        assertRowsEqual(derivedUnits(language).derivation(), DerivedTables.read(language, DerivedTables.UNITS));
        assertRowsEqual(derivedCurrencies(language).derivation(),
                DerivedTables.read(language, DerivedTables.CURRENCIES));
        assertRowsEqual(derivedNumberWords(language).derivation(),
                DerivedTables.read(language, DerivedTables.NUMBER_WORDS));
        assertRowsEqual(derivedOrdinals(language).derivation(), DerivedTables.read(language, DerivedTables.ORDINALS));
    }

    private static void assertRowsEqual(List<String[]> expected, List<String[]> actual) {
        assertEquals(lines(expected), lines(actual));
    }

    private static List<String> lines(List<String[]> rows) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            out.add(String.join("\t", row));
        }
        return out;
    }

    @Test
    void replayedNumberWordsAnswerAsDerivedOnes() {
        NumberWords derived = derivedNumberWords();
        NumberWords replayed = new NumberWords(DerivedTables.read(LANGUAGE, DerivedTables.NUMBER_WORDS));
        for (NumberWords words : List.of(derived, replayed)) {
            assertEquals(99, words.belowHundred().matchAt("quatre-vingt-dix-neuf", 0).value());
            assertEquals(71, words.belowHundred().matchAt("soixante onze", 0).value());
            assertEquals(80, words.belowHundred().matchAt("quatre-vingt mille", 0).value()); // "quatre-vingts" before "mille"
            assertEquals(new BigDecimal("1000000000"), words.multiplier("28 milliards", 3, 12));
            assertEquals(new BigDecimal("100"), words.multiplier("cents", 0, 5));
            assertEquals(true, words.canStartNumber("cent"));
            assertEquals(false, words.canStartNumber("millions"));
            assertEquals(false, words.canStartNumber("million"));
        }
        assertEquals(derived.startWords(), replayed.startWords());
        assertEquals(derived.belowHundred().firstWords(), replayed.belowHundred().firstWords());
    }

    @Test
    void replayedCurrenciesAnswerAsDerivedOnes() {
        Currencies derived = derivedCurrencies();
        Currencies replayed = new Currencies(DerivedTables.read(LANGUAGE, DerivedTables.CURRENCIES),
                new ResourceLists(LANGUAGE));
        for (Currencies currencies : List.of(derived, replayed)) {
            assertEquals(new Currencies.Sign(3, 6, "USD"), currencies.signAt("28 USD", 3));
            assertEquals(new Currencies.Sign(3, 4, "EUR"), currencies.signAt("28 € en", 3));
            assertEquals(new Currencies.Sign(3, 6, "CAD"), currencies.signEndingAt("28 CA$", 6));
            assertEquals(null, currencies.signAt("28 ALL", 3));
            assertEquals("CAD", currencies.names().matchAt("dollars canadiens", 0).value());
            assertEquals("CHF", currencies.names().matchAt("Swiss francs", 0).value());
            assertEquals(new BigDecimal("0.01"), currencies.subunits().matchAt("centimes", 0).value().fraction());
        }
        assertEquals(derived.names().firstWords(), replayed.names().firstWords());
    }

    @Test
    void replayedUnitsAnswerAsDerivedOnes() {
        Units derived = derivedUnits();
        Units replayed = new Units(DerivedTables.read(LANGUAGE, DerivedTables.UNITS));
        for (Units units : List.of(derived, replayed)) {
            assertEquals(new Units.UnitAt(3, 5, "km"), units.symbolAt("12 km", 3));
            assertEquals(new Units.UnitAt(3, 5, "°C"), units.symbolAt("12 °C", 3));
            assertEquals(null, units.symbolAt("12 l'an", 3));
            assertEquals("km", units.names().matchAt("kilomètres", 0).value());
            assertEquals("°C", units.names().matchAt("degrés Celsius", 0).value());
        }
        assertEquals(derived.names().firstWords(), replayed.names().firstWords());
    }

    @Test
    void replayedOrdinalsAnswerAsDerivedOnes() {
        Ordinals derived = derivedOrdinals();
        Ordinals replayed = new Ordinals(DerivedTables.read(LANGUAGE, DerivedTables.ORDINALS), new ResourceLists(LANGUAGE));
        for (Ordinals ordinals : List.of(derived, replayed)) {
            assertEquals(21, ordinals.words().matchAt("vingt et unième", 0).value());
            assertEquals(21, ordinals.words().matchAt("vingt-et-unième", 0).value());
            assertEquals(1000, ordinals.words().matchAt("millième", 0).value());
            assertEquals(1, ordinals.words().matchAt("premières", 0).value());
            assertEquals(true, ordinals.lastWords().contains("unieme"));
        }
        assertEquals(derived.lastWords().words(), replayed.lastWords().words());
        assertEquals(derived.words().firstWords(), replayed.words().firstWords());
    }
}
