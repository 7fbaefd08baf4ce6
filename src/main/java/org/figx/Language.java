package org.figx;

import java.util.List;
import java.util.Locale;

/** Languages figx knows: each has its lexicon's lists under {@code /org/figx/lang/<code>/}. */
public enum Language {
    /**
     * French, also as written in Switzerland and Belgium ("septante", "nonante"),
     * and in Canada for units ("milles" are miles there).
     */
    FR(Locale.FRENCH, List.of(Locale.FRENCH, Locale.forLanguageTag("fr-CH"), Locale.forLanguageTag("fr-BE")),
            List.of(Locale.FRENCH, Locale.CANADA_FRENCH), List.of(Locale.FRENCH, Locale.ENGLISH)),
    /**
     * English, with the United States' units and order of dates ("10/22/2024") and
     * the United Kingdom's unit names ("litre", "stone") read too.
     */
    EN(Locale.ENGLISH, List.of(Locale.ENGLISH), List.of(Locale.ENGLISH, Locale.UK), List.of(Locale.ENGLISH));

    private final Locale locale;
    private final List<Locale> variants;
    private final List<Locale> unitVariants;
    private final List<Locale> currencyNameLanguages;

    Language(Locale locale, List<Locale> variants, List<Locale> unitVariants, List<Locale> currencyNameLanguages) {
        this.locale = locale;
        this.variants = variants;
        this.unitVariants = unitVariants;
        this.currencyNameLanguages = currencyNameLanguages;
    }

    /**
     * The languages whose currency names and symbols are read, in a fixed order: a
     * French article writes "dollars" and "Canadian dollars" too.
     */
    public List<Locale> currencyNameLanguages() {
        return currencyNameLanguages;
    }

    /** Regional variants whose unit names are read too, the language's own first. */
    public List<Locale> unitVariants() {
        return unitVariants;
    }

    /** Regional variants whose spelled-out numbers are read too. */
    public List<Locale> variants() {
        return variants;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }
}
