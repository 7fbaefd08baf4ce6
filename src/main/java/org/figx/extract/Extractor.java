package org.figx.extract;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.figx.ExtractOptions;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.numbers.ParsedNumber;
import org.figx.text.SentenceLocator;

/**
 * The extraction pipeline for one language: one scan for numbers, each
 * recognizer proposes its mentions around them, overlaps are settled once,
 * then each kept mention gets its sentence.
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final NumberScanner scanner;
    private final List<Recognizer> recognizers;
    private final List<String> abbreviations;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scanner = new NumberScanner(lexicon);
        this.recognizers = List.of(new MoneyRecognizer(lexicon), new PercentRecognizer(lexicon),
                new NumberRecognizer(lexicon));
        this.abbreviations = lexicon.abbreviations();
    }

    public List<Mention> extract(String text, ExtractOptions options) {
        List<ParsedNumber> numbers = scanner.scan(text);
        if (numbers.isEmpty()) {
            return List.of();
        }
        FigureBuilder figures = new FigureBuilder(lexicon, text, numbers);
        List<Mention> proposals = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.propose(figures, numbers, proposals);
        }
        List<Mention> kept = OverlapResolver.resolve(proposals);
        SentenceLocator sentences = new SentenceLocator(text, ULocale.forLocale(lexicon.language().locale()),
                abbreviations);
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            if (options.wants(m.kind())) {
                out.add(m.withSentence(sentences.sentence(m.start(), m.end())));
            }
        }
        return out;
    }
}
