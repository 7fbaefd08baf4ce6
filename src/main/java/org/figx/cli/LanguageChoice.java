package org.figx.cli;

import java.util.Locale;
import java.util.Optional;
import org.figx.Language;

/** The values of {@code --lang}: a language, or {@code auto} to decide per document. */
enum LanguageChoice {
    FR(Language.FR), EN(null), AUTO(Language.FR);

    /** The language used; empty while figx has no lexicons for it. */
    private final Language language;

    LanguageChoice(Language language) {
        this.language = language;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language to extract with. {@code auto} means French until a second language
     * exists: then it will detect the language of each document.
     */
    Optional<Language> language() {
        return Optional.ofNullable(language);
    }
}
