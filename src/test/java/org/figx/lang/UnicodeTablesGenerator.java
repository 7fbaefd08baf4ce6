package org.figx.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.VersionInfo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.figx.numbers.VulgarFractions;
import org.figx.text.Fold;
import org.figx.text.GeneratedTable;

/**
 * Makes the tables that Unicode's decompositions give figx, from ICU's
 * normalizers: how {@link Fold} folds Latin letters (NFD) and the values of the
 * {@link VulgarFractions} (NFKD). {@link CldrTablesTest} checks them as it checks
 * the CLDR tables.
 */
final class UnicodeTablesGenerator {
    /** The fraction slash a vulgar fraction decomposes around ("½" is "1⁄2"). */
    private static final char FRACTION_SLASH = '\u2044';

    private UnicodeTablesGenerator() {
    }

    /** Class-path resource (leading slash) → content. */
    static Map<String, String> generate() {
        Map<String, String> out = new TreeMap<>();
        out.put(Fold.LATIN_TABLE, latinFolds());
        out.put(VulgarFractions.TABLE, vulgarFractions());
        return out;
    }

    private static String source() {
        return "ICU4J " + VersionInfo.ICU_VERSION + " (Unicode " + UCharacter.getUnicodeVersion() + ")";
    }

    private static String name(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Each character below {@link Fold#LATIN_END} whose NFD, lower-cased, starts with another character. */
    private static String latinFolds() {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        StringBuilder out = new StringBuilder(TableHeader.of(name(Fold.LATIN_TABLE), source(),
                UnicodeTablesGenerator.class, "how Fold folds the Latin letters: the first character of their NFD,"
                        + "\n# lower-cased; a character not listed folds to itself", "character, its fold"));
        for (char c = 0; c < Fold.LATIN_END; c++) {
            String decomposed = nfd.normalize(String.valueOf(c)).toLowerCase(Locale.ROOT);
            char folded = decomposed.isEmpty() ? c : decomposed.charAt(0);
            if (folded != c) {
                out.append(GeneratedTable.line(String.valueOf(c), String.valueOf(folded))).append('\n');
            }
        }
        return out.toString();
    }

    /** Each character of the Basic Multilingual Plane whose NFKD is two plain numbers around the fraction slash. */
    private static String vulgarFractions() {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        StringBuilder out = new StringBuilder(TableHeader.of(name(VulgarFractions.TABLE), source(),
                UnicodeTablesGenerator.class, "the vulgar fractions: the characters whose NFKD is two numbers"
                        + "\n# around the fraction slash U+2044", "fraction, numerator, denominator"));
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (Character.getType(c) != Character.OTHER_NUMBER) {
                continue;
            }
            String parts = nfkd.normalize(String.valueOf(c));
            int slash = parts.indexOf(FRACTION_SLASH);
            if (slash <= 0 || slash == parts.length() - 1) {
                continue;
            }
            String numerator = parts.substring(0, slash);
            String denominator = parts.substring(slash + 1);
            try {
                new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64);
            } catch (NumberFormatException | ArithmeticException e) {
                continue; // not two plain numbers around the slash: no fraction figx reads
            }
            out.append(GeneratedTable.line(String.valueOf(c), numerator, denominator)).append('\n');
        }
        return out.toString();
    }
}
