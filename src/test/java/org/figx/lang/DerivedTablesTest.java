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
    private static final Language LANGUAGE = Language.FR;

    private static NumberWords derivedNumberWords() {
        return new NumberWords(LANGUAGE.variants(), new CldrTables(LANGUAGE));
    }

    private static Ordinals derivedOrdinals() {
        return new Ordinals(LANGUAGE.variants(), new ResourceLists(LANGUAGE), new CldrTables(LANGUAGE));
    }

    private static Currencies derivedCurrencies() {
        return new Currencies(new ResourceLists(LANGUAGE), new CldrTables(LANGUAGE));
    }

    private static Units derivedUnits() {
        return new Units(LANGUAGE.unitVariants(), new ResourceLists(LANGUAGE), new CldrTables(LANGUAGE));
    }

    private static void assertCheckedIn(String name, String what, String columns, List<String[]> rows)
            throws IOException {
        String fresh = DerivedTables.text(name, what, columns, rows);
        Path file = RESOURCES.resolve(DerivedTables.folder(LANGUAGE).substring(1)).resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fresh, StandardCharsets.UTF_8);
        }
        assertEquals(fresh, Files.readString(file, StandardCharsets.UTF_8),
                file + " differs from the derivation: regenerate it with " + DerivedTables.REGENERATE);
    }

    @Test
    void numberWordsTableIsTheDerivationOfTheCldrTables() throws IOException {
        assertCheckedIn(DerivedTables.NUMBER_WORDS, "the steps of NumberWords' derivation from the spellings of "
                + "fr, fr-BE and fr-CH (a phrase added again left out)", "step, folded word or phrase, value",
                derivedNumberWords().derivation());
    }

    @Test
    void ordinalsTableIsTheDerivationOfTheCldrTables() throws IOException {
        assertCheckedIn(DerivedTables.ORDINALS, "the steps of Ordinals' derivation from the ordinal spellings of "
                + "fr, fr-BE and fr-CH (a phrase added again left out)", "step, spelled ordinal or its last word, rank",
                derivedOrdinals().derivation());
    }

    @Test
    void currenciesTableIsTheDerivationOfTheCldrTablesAndLists() throws IOException {
        assertCheckedIn(DerivedTables.CURRENCIES, "the steps of Currencies' derivation from CLDR's currency codes, "
                + "names and symbols (fr, en) and the currency word lists (currency-words.txt, "
                + "currency-exclusions.txt): edit those, then regenerate", "step, code, name or symbol, its code",
                derivedCurrencies().derivation());
    }

    @Test
    void unitsTableIsTheDerivationOfTheCldrTablesAndLists() throws IOException {
        assertCheckedIn(DerivedTables.UNITS, "the steps of Units' derivation from CLDR's unit forms (fr, fr-CA) "
                + "and the unit lists (units.txt, unit-words.txt, unit-symbols.txt): edit those, then regenerate",
                "step, unit name or symbol, the symbol written", derivedUnits().derivation());
    }

    @Test
    void tablesReadBackAsWritten() {
        assertRowsEqual(derivedUnits().derivation(), DerivedTables.read(LANGUAGE, DerivedTables.UNITS));
        assertRowsEqual(derivedCurrencies().derivation(), DerivedTables.read(LANGUAGE, DerivedTables.CURRENCIES));
        assertRowsEqual(derivedNumberWords().derivation(), DerivedTables.read(LANGUAGE, DerivedTables.NUMBER_WORDS));
        assertRowsEqual(derivedOrdinals().derivation(), DerivedTables.read(LANGUAGE, DerivedTables.ORDINALS));
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
