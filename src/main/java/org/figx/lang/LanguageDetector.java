package org.figx.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.figx.Language;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.FoldedWordSet;

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

    private final Map<Language, FoldedWordSet> words = new EnumMap<>(Language.class);

    private LanguageDetector(Map<Language, Set<String>> lists) {
        Map<String, Integer> listsHolding = new HashMap<>();
        for (Set<String> list : lists.values()) {
            for (String word : list) {
                listsHolding.merge(word, 1, Integer::sum);
            }
        }
        for (Map.Entry<Language, Set<String>> list : lists.entrySet()) {
            Set<String> own = new HashSet<>();
            for (String word : list.getValue()) {
                if (listsHolding.get(word) == 1) {
                    own.add(word);
                }
            }
            words.put(list.getKey(), new FoldedWordSet(own));
        }
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
        List<Map.Entry<Language, FoldedWordSet>> lists = new ArrayList<>(words.entrySet());
        int[] outside = new int[lists.size()];
        int[] all = new int[lists.size()];
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
            for (int k = 0; k < all.length; k++) {
                if (lists.get(k).getValue().contains(text, i, wordEnd)) {
                    all[k]++;
                    if (quotationDepth == 0 && !inStraightQuotes) {
                        outside[k]++;
                    }
                }
            }
            i = wordEnd;
        }
        Map<Language, Integer> outsideCounts = new EnumMap<>(Language.class);
        Map<Language, Integer> allCounts = new EnumMap<>(Language.class);
        for (int k = 0; k < all.length; k++) {
            outsideCounts.put(lists.get(k).getKey(), outside[k]);
            allCounts.put(lists.get(k).getKey(), all[k]);
        }
        return new Counts(outsideCounts, allCounts);
    }

    /** The words that count for {@code language}: its list less the words other lists share. */
    List<String> wordsOf(Language language) {
        return words.get(language).words();
    }

    /** For tests: whether a folded word counts for a language. */
    boolean counts(Language language, String word) {
        return words.get(language).contains(Fold.fold(word));
    }
}
