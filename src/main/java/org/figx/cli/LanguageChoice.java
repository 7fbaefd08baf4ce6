package org.figx.cli;

import java.util.Locale;
import org.figx.Language;

/** The values of {@code --lang}: a language, or {@code auto} to decide per document. */
enum LanguageChoice {
    FR(Language.FR), EN(Language.EN), AUTO(Language.FR);

    /** The language used. */
    private final Language language;

    LanguageChoice(Language language) {
        this.language = language;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language to extract with. {@code auto} means French until detection per document lands. */
    Language language() {
        return language;
    }
}
