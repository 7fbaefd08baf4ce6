package org.figx.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.figx.text.Fold;
import org.figx.text.FoldedWordSet;

/**
 * Ordinal words, from ICU's rule-based ordinal spell-out (through
 * {@link CldrSource}: tables made from ICU at build time) ("premier",
 * "deuxième", "vingt-et-unième", "centième", masculine, feminine and plural),
 * plus {@code ordinal-words.txt} for what CLDR does not spell ("second") and
 * the suffixes of "1er", "2e", "XIXe"; {@code ordinal-exclusions.txt} lists the
 * words after which an ordinal is a title ("Premier ministre").
 */
public final class Ordinals {
    private static final int HIGHEST = 100;

    private final PhraseTable<Integer> words = new PhraseTable<>();
    private final PhraseTable<Integer> suffixes = new PhraseTable<>();
    private final FoldedWordSet lastWords;
    private final FoldedWordSet exclusions;
    private final FoldedWordSet exclusionsBefore;

    /**
     * What the derivation from the spellings did, in order, as rows of a generated table
     * ({@link DerivedTables}): null when built from such a table.
     */
    private final List<String[]> derivation;

    /** The ordinals read off ICU's spellings of the ranks, in every variant, and the word lists. */
    Ordinals(List<Locale> variants, ResourceLists lists, CldrSource cldr) {
        this.derivation = new java.util.ArrayList<>();
        Set<String> last = new HashSet<>();
        // the variants and genders spell most ranks alike: a spelling read again adds nothing
        Set<String> spellingsRead = new HashSet<>();
        for (Locale variant : variants) {
            CldrSource.Spellout spell = cldr.spellout(variant);
            for (String ruleSet : spell.ruleSetNames()) {
                if (!ruleSet.startsWith("%spellout-ordinal")) {
                    continue;
                }
                for (int n : ranks()) {
                    String spelled = spell.format(n, ruleSet);
                    if (!spellingsRead.add(spelled)) {
                        continue;
                    }
                    addWord(spelled, n);
                    String[] tokens = PhraseTable.tokenize(spelled);
                    addLast(last, tokens[tokens.length - 1]);
                    addWord(spelled.replace("-et-", " "), n); // "vingt et unième" is also "vingt unième"
                }
            }
        }
        this.lastWords = readLists(lists, last);
        this.exclusions = new FoldedWordSet(lists.foldedLines("ordinal-exclusions.txt"));
        this.exclusionsBefore = new FoldedWordSet(lists.foldedLines("ordinal-exclusions-before.txt"));
    }

    /**
     * The same ordinals from the rows of {@link #derivation()} kept in a generated
     * table, and the word lists: start-up reads no spelling.
     */
    Ordinals(List<String[]> derivation, ResourceLists lists) {
        this.derivation = null;
        Set<String> last = new HashSet<>();
        for (String[] row : derivation) {
            switch (row[0]) {
                case WORD -> {
                    words.add(row[1], Integer.parseInt(row[2]));
                    spelledRanks.put(row[1], Integer.parseInt(row[2]));
                }
                case LAST -> last.add(row[1]);
                default -> throw new IllegalStateException("ordinals: unknown row '" + row[0] + "'");
            }
        }
        this.lastWords = readLists(lists, last);
        this.exclusions = new FoldedWordSet(lists.foldedLines("ordinal-exclusions.txt"));
        this.exclusionsBefore = new FoldedWordSet(lists.foldedLines("ordinal-exclusions-before.txt"));
    }

    /** The kinds of row of the derivation: a spelled ordinal and its rank; a word one ends with. */
    static final String WORD = "word";
    static final String LAST = "last-word";

    /** Every step of the derivation from the spellings, in order: kind, phrase or word, rank. */
    List<String[]> derivation() {
        return java.util.Collections.unmodifiableList(derivation);
    }

    /** The spelled ordinals added so far, while deriving. */
    private final Set<String> wordsAdded = new HashSet<>();

    /** A phrase already added keeps its first value: adding the same text again changes nothing, nor is noted. */
    private void addWord(String spelled, int rank) {
        if (wordsAdded.add(spelled)) {
            derivation.add(new String[] {WORD, spelled, Integer.toString(rank)});
        }
        words.add(spelled, rank);
        spelledRanks.put(spelled, rank);
    }

    /** Every spelled ordinal and its rank, for the glued forms ordinal-words.txt may ask for. */
    private final java.util.Map<String, Integer> spelledRanks = new java.util.LinkedHashMap<>();

    /** The line of ordinal-words.txt that asks for two-word ordinals written as one ("twentyfifth"). */
    private static final String GLUED = "(glued)";
    /** "(joined —) = 1": two-word ordinals also joined by that mark ("twenty—fifth"). */
    private static final String JOINED = "(joined ";

    /** Noted the first time only: adding it again changes nothing. */
    private void addLast(Set<String> last, String word) {
        if (last.add(word)) {
            derivation.add(new String[] {LAST, word});
        }
    }

    /** Adds ordinal-words.txt to the words and suffixes; the last words of all, for look-ups. */
    private FoldedWordSet readLists(ResourceLists lists, Set<String> last) {
        for (java.util.Map.Entry<String, String> pair : lists.pairs("ordinal-words.txt").entrySet()) {
            String word = pair.getKey();
            int value = Integer.parseInt(pair.getValue());
            if (word.equals(GLUED)) {
                addGlued(last, "");
            } else if (word.startsWith(JOINED) && word.endsWith(")")) {
                addGlued(last, " " + word.substring(JOINED.length(), word.length() - 1).strip() + " ");
            } else if (value == 0) {
                suffixes.add(word, 0);
            } else {
                words.add(word, value);
                last.add(Fold.fold(word));
            }
        }
        return new FoldedWordSet(last);
    }

    /**
     * "twentyfifth" ({@code joiner} empty), "twenty—fifth": each ordinal of two words
     * written without their space or hyphen, or with another mark between them.
     */
    private void addGlued(Set<String> last, String joiner) {
        for (java.util.Map.Entry<String, Integer> spelled : new java.util.ArrayList<>(spelledRanks.entrySet())) {
            String[] tokens = PhraseTable.tokenize(spelled.getKey());
            if (tokens.length == 2) {
                String glued = tokens[0] + joiner + tokens[1];
                words.add(glued, spelled.getValue());
                if (joiner.isEmpty()) {
                    last.add(Fold.fold(glued));
                }
            }
        }
    }

    /** 1 to 100, and the round ranks beyond ("millième"). */
    private static int[] ranks() {
        int[] out = new int[HIGHEST + 3];
        for (int n = 1; n <= HIGHEST; n++) {
            out[n - 1] = n;
        }
        out[HIGHEST] = 200;
        out[HIGHEST + 1] = 1000;
        out[HIGHEST + 2] = 1_000_000;
        return out;
    }

    /** Spelled ordinals as phrases: "vingt et unième" → 21. */
    public PhraseTable<Integer> words() {
        return words;
    }

    /** The word an ordinal phrase ends with ("unième", "premier"): where the scanner anchors. */
    public FoldedWordSet lastWords() {
        return lastWords;
    }

    /** "er", "e", "ème": after digits or a Roman numeral. */
    public PhraseTable<Integer> suffixes() {
        return suffixes;
    }

    /** "matières": before an ordinal word, a fixed phrase ("matières premières"). */
    public FoldedWordSet exclusionsBefore() {
        return exclusionsBefore;
    }

    /** "ministre", "plan": after an ordinal, a title or idiom. */
    public FoldedWordSet exclusions() {
        return exclusions;
    }
}
