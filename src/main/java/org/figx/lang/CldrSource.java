package org.figx.lang;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every question the lexicon asks of CLDR (currency names and symbols, unit
 * names, spelled-out numbers, month and weekday names). ICU answers them at build
 * time (CldrTablesGenerator, under src/test, writes its answers to
 * {@code /org/figx/lang/<lang>/cldr/}); at run time {@link CldrTables} answers
 * from those files, since loading ICU's data took most of a short run's start-up.
 */
interface CldrSource {
    /** The ISO 4217 codes legal tender somewhere, sorted. */
    List<String> currenciesInUse();

    /** CLDR's display names of the currencies in use ("dollars canadiens" → CAD), in ICU's order. */
    Map<String, String> currencyNames(Locale locale);

    /** A currency's symbol ("$CA"), its code when it has none. */
    String currencySymbol(Locale locale, String code);

    /** A currency's narrow symbol ("$"), its code when it has none. */
    String currencyNarrowSymbol(Locale locale, String code);

    /** A count of a unit as CLDR writes it, wide ("2 kilomètres") or short ("2 km"). */
    String formatMeasure(Locale locale, String unitId, int count, boolean wide);

    /** The locale's rule-based spell-out of numbers. */
    Spellout spellout(Locale locale);

    /** Month names as dates write them ("janvier", "janv."), or standing alone. */
    String[] months(Locale locale, boolean standalone, boolean abbreviated);

    /** Weekday names as dates write them, index 1 Sunday to 7 Saturday (index 0 unused, as in ICU). */
    String[] weekdays(Locale locale, boolean abbreviated);

    /** Numbers spelled out in words by one locale's rules ("vingt-et-un"). */
    interface Spellout {
        /** The rule sets, in ICU's order ("%spellout-cardinal-masculine", "%spellout-ordinal-feminine", ...). */
        List<String> ruleSetNames();

        /** The rule set a number is spelled with when none is named. */
        String defaultRuleSetName();

        String format(long number, String ruleSet);
    }
}
