package org.figx.cli;

import java.util.Optional;
import org.figx.Language;
import org.figx.lang.LanguageDetector;

/**
 * The language each document is read in: the one {@code --lang} names, or, with
 * {@code --lang auto}, the one {@link LanguageDetector} finds in the document; a
 * document it cannot decide is read as {@link #FALLBACK}.
 */
final class DocumentLanguages {
    /** figx's first language, for documents that say too little to tell. */
    static final Language FALLBACK = Language.FR;

    private final Language forced;
    private final LanguageDetector detector;

    private DocumentLanguages(Language forced, LanguageDetector detector) {
        this.forced = forced;
        this.detector = detector;
    }

    static DocumentLanguages forced(Language language) {
        return new DocumentLanguages(language, null);
    }

    static DocumentLanguages detected() {
        return new DocumentLanguages(null, LanguageDetector.ofAllLanguages());
    }

    /** The language a text is in: the forced one, else the detected one; empty when undecided. */
    Optional<Language> decide(String text) {
        return forced != null ? Optional.of(forced) : detector.detect(text);
    }

    /** The language to read with before any text has decided: the forced one, else the fallback. */
    Language first() {
        return forced != null ? forced : FALLBACK;
    }
}
