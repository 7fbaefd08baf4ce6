package org.figx.lang;

import org.figx.Language;

/** Everything figx knows about one language. (Being written.) */
public final class Lexicon {
    private final Language language;

    private Lexicon(Language language) {
        this.language = language;
    }

    public static Lexicon load(Language language) {
        return new Lexicon(language);
    }

    public Language language() {
        return language;
    }
}
