package org.figx.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.Mention;
import org.junit.jupiter.api.Test;

/**
 * Every currency in use today, named as CLDR names it in French, singular and
 * plural ("20 lari géorgiens", "20 pesos cubains"), reads as money in that
 * currency, whole name in the span. Names CLDR qualifies in parentheses ("francs
 * CFA (BEAC)") are left out: without the parentheses they name several.
 */
class CurrencyNamesAgainstIcuTest {
    private static final String BEFORE = "Le billet coûte 20 ";

    @Test
    void everyFrenchNameOfACurrencyInUseReadsAsThatCurrency() {
        Figx figx = Figx.forLanguage(Language.FR);
        CurrencyDisplayNames names = CurrencyDisplayNames.getInstance(ULocale.FRENCH);
        Set<String> codes = new TreeSet<>();
        Date now = new Date();
        for (String region : ULocale.getISOCountries()) {
            String[] inUse = Currency.getAvailableCurrencyCodes(new ULocale("und_" + region), now);
            if (inUse != null) {
                codes.addAll(List.of(inUse));
            }
        }
        List<String> misread = new ArrayList<>();
        for (String code : codes) {
            for (String name : new LinkedHashSet<>(List.of(names.getPluralName(code, "one"),
                    names.getPluralName(code, "other")))) {
                if (name == null || name.contains("(")) {
                    continue;
                }
                String text = BEFORE + name + " au marché.";
                List<Mention> found = figx.extract(text);
                boolean read = found.stream().anyMatch(m -> m.kind() == Kind.MONEY && code.equals(m.unit())
                        && m.text().equals("20 " + name));
                if (!read) {
                    misread.add(code + " «" + name + "»: " + found.stream().map(m -> m.kind() + " " + m.text()
                            + " " + m.unit()).toList());
                }
            }
        }
        assertTrue(misread.isEmpty(), () -> misread.size() + " names misread:\n" + String.join("\n", misread));
    }
}
