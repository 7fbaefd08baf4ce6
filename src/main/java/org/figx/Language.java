package org.figx;

import java.util.List;
import java.util.Locale;

/** Languages figx knows. Only French has lexicons so far. */
public enum Language {
    /**
     * French, also as written in Switzerland and Belgium ("septante", "nonante"),
     * and in Canada for units ("milles" are miles there).
     */
    FR(Locale.FRENCH, List.of(Locale.FRENCH, Locale.forLanguageTag("fr-CH"), Locale.forLanguageTag("fr-BE")),
            List.of(Locale.FRENCH, Locale.CANADA_FRENCH));

    private final Locale locale;
    private final List<Locale> variants;
    private final List<Locale> unitVariants;

    Language(Locale locale, List<Locale> variants, List<Locale> unitVariants) {
        this.locale = locale;
        this.variants = variants;
        this.unitVariants = unitVariants;
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
