package org.figx.lang;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.figx.Language;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.FoldedWordMap;

/**
 * Tells the language of a document from its function words: each language's
 * {@code detection-words.txt} lists its commonest short words ("the", "of"; "les",
 * "des"), and the language whose words the text holds most is the text's. A word
 * on two languages' lists (folded, "à" is "a") counts for neither. Words inside
 * quotation marks (« », “ ”, a pair of ") count only when the words outside them
 * cannot decide: a French article quoting an English report is French. Only the
 * first {@link #SAMPLE_CHARS} characters are read, enough words to decide.
 * Deterministic: the same text gives the same answer. A text with none of the
 * words, or as many of two languages', is undecided.
 */
public final class LanguageDetector {
    /** How much of a text is read: some 3,000 words of running text. */
    static final int SAMPLE_CHARS = 16_384;

    /** Each word that counts, and the one language it counts for. */
    private final FoldedWordMap<Language> words;

    private LanguageDetector(Map<Language, Set<String>> lists) {
        Map<String, Integer> listsHolding = new HashMap<>();
        for (Set<String> list : lists.values()) {
            for (String word : list) {
                listsHolding.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Language> own = new HashMap<>();
        for (Map.Entry<Language, Set<String>> list : lists.entrySet()) {
            for (String word : list.getValue()) {
                if (listsHolding.get(word) == 1) {
                    own.put(word, list.getKey());
                }
            }
        }
        this.words = new FoldedWordMap<>(own);
    }

    /** The detector of every language figx knows, from their detection-words.txt. */
    public static LanguageDetector ofAllLanguages() {
        Map<Language, Set<String>> lists = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lists.put(language, new ResourceLists(language).foldedLines("detection-words.txt"));
        }
        return new LanguageDetector(lists);
    }

    /** The language whose function words {@code text}'s beginning holds most; empty when undecided. */
    public Optional<Language> detect(String text) {
        Counts counts = counts(text);
        Optional<Language> outside = best(counts.outsideQuotations);
        return outside.isPresent() ? outside : best(counts.all);
    }

    private Optional<Language> best(Map<Language, Integer> counts) {
        Language best = null;
        int bestCount = 0;
        boolean tied = false;
        for (Map.Entry<Language, Integer> count : counts.entrySet()) {
            if (count.getValue() > bestCount) {
                best = count.getKey();
                bestCount = count.getValue();
                tied = false;
            } else if (count.getValue() == bestCount && bestCount > 0) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    /** How many words of each language's list a text's beginning holds: outside quotations, and in all. */
    record Counts(Map<Language, Integer> outsideQuotations, Map<Language, Integer> all) {
    }

    Counts counts(String text) {
        Language[] languages = Language.values();
        int[] outside = new int[languages.length];
        int[] all = new int[languages.length];
        int end = Math.min(text.length(), SAMPLE_CHARS);
        int quotationDepth = 0;
        boolean inStraightQuotes = false;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (!Chars.isWordChar(c)) {
                if (c == '\u00AB' || c == '\u201C') {
                    quotationDepth++;
                } else if ((c == '\u00BB' || c == '\u201D') && quotationDepth > 0) {
                    quotationDepth--;
                } else if (c == '"') {
                    inStraightQuotes = !inStraightQuotes;
                }
                i++;
                continue;
            }
            int wordEnd = Chars.wordEnd(text, i);
            Language language = words.get(text, i, wordEnd);
            if (language != null) {
                all[language.ordinal()]++;
                if (quotationDepth == 0 && !inStraightQuotes) {
                    outside[language.ordinal()]++;
                }
            }
            i = wordEnd;
        }
        Map<Language, Integer> outsideCounts = new EnumMap<>(Language.class);
        Map<Language, Integer> allCounts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            outsideCounts.put(language, outside[language.ordinal()]);
            allCounts.put(language, all[language.ordinal()]);
        }
        return new Counts(outsideCounts, allCounts);
    }

    /** Whether a word counts for a language: on its list, and on no other's. */
    boolean counts(Language language, String word) {
        return words.get(Fold.fold(word)) == language;
    }
}
