package org.figx;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.figx.extract.Extractor;
import org.figx.lang.Lexicon;

/**
 * Library entry: give it a text, get its figures back.
 *
 * <pre>{@code
 * List<Mention> found = Figx.forLanguage(Language.FR).extract("28 milliards USD");
 * }</pre>
 *
 * <p>An instance holds the language's lexicons, built once; it is immutable and
 * safe to share between threads.
 */
public final class Figx {
    private static final Map<Language, Figx> INSTANCES = new EnumMap<>(Language.class);

    private final Extractor extractor;

    private Figx(Lexicon lexicon) {
        this.extractor = new Extractor(lexicon);
    }

    /** The shared instance for a language; its lexicons are loaded on first use. */
    public static synchronized Figx forLanguage(Language language) {
        Figx figx = INSTANCES.get(language); // no computeIfAbsent lambda: one class fewer to make at start-up
        if (figx == null) {
            figx = new Figx(Lexicon.load(language));
            INSTANCES.put(language, figx);
        }
        return figx;
    }

    /**
     * Starts loading {@code language}'s lexicons on a thread of its own, so that a
     * command can parse its arguments meanwhile: the {@link #forLanguage} that follows
     * waits for that load instead of making its own. A failure is left for that call
     * to report.
     */
    public static void preload(Language language) {
        Thread loader = new Thread(new Preload(language), "figx-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads a language's lexicons; a class, not a lambda, since it runs first thing at start-up. */
    private static final class Preload implements Runnable {
        private final Language language;

        Preload(Language language) {
            this.language = language;
        }

        @Override
        public void run() {
            try {
                forLanguage(language);
            } catch (RuntimeException | Error e) {
                // forLanguage, asked again by the command, fails the same way and says why
            }
        }
    }

    /** Every kind of figure in {@code text}, sorted by start offset. */
    public List<Mention> extract(String text) {
        return extract(text, ExtractOptions.defaults());
    }

    /** The figures {@code options} asks for, sorted by start offset, sentences attached. */
    public List<Mention> extract(String text, ExtractOptions options) {
        return extractor.extract(text, options).mentions();
    }

    /**
     * The figures of {@code text} and the moment their dates were resolved
     * against: the options' reference date, else the text's dateline, else empty.
     */
    public Extractor.Extraction extractDocument(String text, ExtractOptions options) {
        return extractor.extract(text, options);
    }
}
