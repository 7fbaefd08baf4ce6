package org.figx.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.text.SentenceLocator;
import org.figx.text.SentenceSplitter;
import org.figx.text.WindowTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The breaks {@link Clauses} counts over a text's tokens, read once, are those it counts
 * reading the text; and the breaks a {@link ClauseBreakCounter} counts from a sentence's index are the breaks
 * {@link Clauses#clauseBreaks} finds reading the text, for every pair of mentions of
 * every sentence of the test articles.
 */
class ClauseBreakCounterTest {
    private static final Lexicon LEXICON = Lexicon.load(Language.FR);

    @ParameterizedTest
    @MethodSource("org.figx.corpus.TestArticles#french")
    void indexCountsWhatReadingCounts(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        List<Mention> mentions = Figx.forLanguage(Language.FR).extract(text, ExtractOptions.defaults());
        Set<Integer> starts = new HashSet<>();
        mentions.forEach(m -> starts.add(m.start()));
        FactWords words = LEXICON.factWords();
        // reading the text: tokens of an empty window answer every position from the text itself
        WindowTokens none = new WindowTokens();
        none.read(text, 0, 0);
        Clauses clauses = new Clauses(words, new VerbForms(words, none), none);
        // the linker's: the same breaks read from the text's tokens, read once
        WindowTokens tokens = WindowTokens.of(text);
        Clauses overTokens = new Clauses(words, new VerbForms(words, tokens), tokens);
        ClauseBreakCounter counter = new ClauseBreakCounter(overTokens, text, starts);
        SentenceLocator sentences = new SentenceLocator(text, new SentenceSplitter(LEXICON.abbreviations()));
        int pairs = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            int[] sentence = sentences.sentenceAround(a.start(), a.end());
            counter.sentence(sentence);
            for (int j = i + 1; j < mentions.size() && mentions.get(j).start() < sentence[1]; j++) {
                Mention b = mentions.get(j);
                if (b.start() < a.end()) {
                    continue;
                }
                int read = clauses.clauseBreaks(text, a.end(), b.start(), starts);
                assertEquals(read, overTokens.clauseBreaks(text, a.end(), b.start(), starts),
                        article + ": breaks over tokens between «" + a.text() + "» and «" + b.text() + "»");
                assertEquals(read, counter.count(a.end(), b.start()),
                        article + ": breaks between «" + a.text() + "» and «" + b.text() + "»");
                pairs++;
            }
        }
        assertEquals(true, pairs > 0, "pairs compared in " + article + ": " + pairs);
    }
}
