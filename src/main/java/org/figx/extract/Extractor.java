package org.figx.extract;

import java.util.ArrayList;
import java.util.List;
import org.figx.ExtractOptions;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.time.Reference;
import org.figx.text.SentenceLocator;
import org.figx.text.SentenceSplitter;
import org.figx.text.SentenceWindow;
import org.figx.text.WindowTokens;

/**
 * The extraction pipeline for one language: one scan for numbers, each
 * recognizer proposes its mentions around them, overlaps are settled once,
 * then each kept mention gets its sentence. Dates are found without the
 * reference date; once all is found, the reference (given, or the dateline
 * among what was found) resolves them, and facts are linked last.
 *
 * <p>A long text goes through in windows of about {@link #WINDOW} chars that
 * end at a line break. No figure, range or sentence crosses a line break, so
 * the result is the same as in one go, while the numbers and proposals held at
 * once stay few, whatever the size of the document.
 */
public final class Extractor {
    /** Chars per window; the window runs on to the next line break. */
    static final int WINDOW = 1 << 16;

    private final Lexicon lexicon;
    private final NumberScanner scanner;
    private final List<Recognizer> recognizers;
    /** Shared by every document: it holds no state. */
    private final SentenceSplitter sentenceSplitter;
    private final org.figx.facts.FactLinker facts;
    private final UnitCarrier units;
    private final HomeCurrency homes;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scanner = new NumberScanner(lexicon);
        this.recognizers = List.of(new MoneyRecognizer(lexicon), new PercentRecognizer(lexicon),
                new QuantityRecognizer(lexicon), new NumberRecognizer(lexicon), new OrdinalRecognizer(lexicon),
                new TemporalRecognizer(lexicon));
        this.facts = new org.figx.facts.FactLinker(lexicon, lexicon.factWords());
        this.units = new UnitCarrier(lexicon);
        this.homes = new HomeCurrency(lexicon);
        this.sentenceSplitter = new SentenceSplitter(lexicon.abbreviations());
    }

    /** The mentions of {@code text} and the reference their dates were resolved against. */
    public record Extraction(List<Mention> mentions, Reference reference) {
    }

    public Extraction extract(String text, ExtractOptions options) {
        SentenceLocator sentences = new SentenceLocator(text, sentenceSplitter);
        List<Mention> found = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = windowEnd(text, from);
            extractWindow(text, from, to, sentences, found);
            from = to;
        }
        found = units.carry(text, homes.apply(text, found), sentences);
        // the dateline is read off what was found, before any date is resolved against it
        Reference reference = options.referenceDate().isPresent() ? Reference.of(options.referenceDate())
                : Dateline.find(text, found);
        List<Mention> resolved = resolve(found, reference);
        // facts read every kind (a date gives money its "when"); the kinds asked for are kept after
        WindowTokens tokens = threadTokens();
        if (tokens.text() != text) { // no window read: an empty text
            tokens = WindowTokens.of(text);
        }
        // the same sentences, read once; the tokens of the last window, which for most texts is all of it
        List<Mention> linked = facts.link(text, resolved, sentences, reference, tokens);
        if (!allWanted(linked, options)) {
            linked = linked.stream().filter(m -> options.wants(m.kind())).toList();
        }
        return new Extraction(linked, reference);
    }

    /** Whether {@code options} asks for every kind found: a loop, not a stream, on the first document's path. */
    private static boolean allWanted(List<Mention> mentions, ExtractOptions options) {
        for (Mention m : mentions) {
            if (!options.wants(m.kind())) {
                return false;
            }
        }
        return true;
    }

    /** Each temporal mention with its value, told from the story's days (see {@link StoryDays}). */
    private static List<Mention> resolve(List<Mention> mentions, Reference reference) {
        return StoryDays.resolve(mentions, reference);
    }

    private static int windowEnd(String text, int from) {
        if (text.length() - from <= WINDOW) {
            return text.length();
        }
        int lineBreak = text.indexOf('\n', from + WINDOW);
        return lineBreak < 0 ? text.length() : lineBreak + 1;
    }

    /**
     * Each worker thread's window tokens, reused window after window: their arrays
     * grow to a window's size once instead of being made again for every window.
     */
    private static final ThreadLocal<WindowTokens> TOKENS = new ThreadLocal<>();

    private static WindowTokens threadTokens() {
        WindowTokens tokens = TOKENS.get();
        if (tokens == null) { // no withInitial lambda: one class fewer to make at start-up
            tokens = new WindowTokens();
            TOKENS.set(tokens);
        }
        return tokens;
    }

    private void extractWindow(String text, int from, int to, SentenceLocator sentences, List<Mention> out) {
        WindowTokens tokens = threadTokens();
        tokens.read(text, from, to);
        NumberScanner.Scan scan = scanner.scan(tokens);
        if (scan.numbers().isEmpty() && scan.temporalAnchors().length == 0) {
            return;
        }
        Window window = new Window(text, scan.numbers(), scan.temporalAnchors(),
                new FigureBuilder(lexicon, tokens, scan.numbers()), tokens);
        List<Mention> proposals = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.propose(window, proposals);
        }
        for (Mention m : OverlapResolver.resolve(proposals)) {
            out.add(m.withSentence(SentenceWindow.text(text, sentences, m.start(), m.end())));
        }
    }
}
