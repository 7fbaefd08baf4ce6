package org.figx;

import java.util.Locale;

/** Languages figx knows. Only French has lexicons so far. */
public enum Language {
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }
}
