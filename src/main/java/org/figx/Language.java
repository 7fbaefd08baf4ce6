package org.figx;

import java.util.List;
import java.util.Locale;

/** Languages figx knows. Only French has lexicons so far. */
public enum Language {
    /** French, also as written in Switzerland and Belgium ("septante", "nonante"). */
    FR(Locale.FRENCH, List.of(Locale.FRENCH, Locale.forLanguageTag("fr-CH"), Locale.forLanguageTag("fr-BE")));

    private final Locale locale;
    private final List<Locale> variants;

    Language(Locale locale, List<Locale> variants) {
        this.locale = locale;
        this.variants = variants;
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
