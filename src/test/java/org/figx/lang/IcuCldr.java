package org.figx.lang;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** ICU's own answers to the lexicon's questions: what the CLDR tables are made from. */
final class IcuCldr implements CldrSource {
    private final Date now = new Date();
    private List<String> inUse;

    @Override
    public List<String> currenciesInUse() {
        if (inUse == null) {
            Set<String> codes = new TreeSet<>();
            for (String region : ULocale.getISOCountries()) {
                String[] legal = Currency.getAvailableCurrencyCodes(new ULocale("und_" + region), now);
                if (legal != null) {
                    codes.addAll(List.of(legal));
                }
            }
            inUse = List.copyOf(codes);
        }
        return inUse;
    }

    /** The names of the currencies in use only: the lexicon reads no other. */
    @Override
    public Map<String, String> currencyNames(Locale locale) {
        Set<String> codes = Set.copyOf(currenciesInUse());
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : display(locale).nameMap().entrySet()) {
            if (codes.contains(e.getValue())) {
                names.put(e.getKey(), e.getValue());
            }
        }
        return names;
    }

    private static CurrencyDisplayNames display(Locale locale) {
        return CurrencyDisplayNames.getInstance(ULocale.forLocale(locale));
    }

    @Override
    public String currencySymbol(Locale locale, String code) {
        return display(locale).getSymbol(code);
    }

    @Override
    public String currencyNarrowSymbol(Locale locale, String code) {
        return display(locale).getNarrowSymbol(code);
    }

    @Override
    public String formatMeasure(Locale locale, String unitId, int count, boolean wide) {
        MeasureFormat format = MeasureFormat.getInstance(ULocale.forLocale(locale),
                wide ? MeasureFormat.FormatWidth.WIDE : MeasureFormat.FormatWidth.SHORT);
        return format.format(new Measure(count, MeasureUnit.forIdentifier(unitId)));
    }

    @Override
    public Spellout spellout(Locale locale) {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(ULocale.forLocale(locale), RuleBasedNumberFormat.SPELLOUT);
        return new Spellout() {
            @Override
            public List<String> ruleSetNames() {
                return List.of(spell.getRuleSetNames());
            }

            @Override
            public String defaultRuleSetName() {
                return spell.getDefaultRuleSetName();
            }

            @Override
            public String format(long number, String ruleSet) {
                return spell.format(number, ruleSet);
            }
        };
    }

    @Override
    public String[] months(Locale locale, boolean standalone, boolean abbreviated) {
        return symbols(locale).getMonths(standalone ? DateFormatSymbols.STANDALONE : DateFormatSymbols.FORMAT,
                abbreviated ? DateFormatSymbols.ABBREVIATED : DateFormatSymbols.WIDE);
    }

    @Override
    public String[] weekdays(Locale locale, boolean abbreviated) {
        return symbols(locale).getWeekdays(DateFormatSymbols.FORMAT,
                abbreviated ? DateFormatSymbols.ABBREVIATED : DateFormatSymbols.WIDE);
    }

    private static DateFormatSymbols symbols(Locale locale) {
        return new DateFormatSymbols(ULocale.forLocale(locale));
    }
}
