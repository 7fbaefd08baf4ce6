package org.figx.extract;

import java.util.List;
import org.figx.ExtractOptions;
import org.figx.Mention;
import org.figx.lang.Lexicon;

/** Runs the recognizers over a text and settles their overlaps. (Being written.) */
public final class Extractor {
    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> extract(String text, ExtractOptions options) {
        return List.of();
    }
}
