package org.figx.cli;

import java.util.Locale;
import org.figx.Language;

/** The values of {@code --lang}: a language, or {@code auto} to decide per document. */
public enum LanguageChoice {
    FR(Language.FR), EN(Language.EN), AUTO(null);

    /** The language used; null for auto. */
    private final Language language;

    LanguageChoice(Language language) {
        this.language = language;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language each document is read in: this one, or with {@code auto} the one it is written in. */
    DocumentLanguages documentLanguages() {
        return language == null ? DocumentLanguages.detected() : DocumentLanguages.forced(language);
    }

    /** The language to load first: this one, or with {@code auto} figx's first language. */
    Language firstLanguage() {
        return language == null ? DocumentLanguages.FALLBACK : language;
    }
}
