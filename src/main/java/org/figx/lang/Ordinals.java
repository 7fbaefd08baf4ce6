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

    Ordinals(List<Locale> variants, ResourceLists lists, CldrSource cldr) {
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
                    words.add(spelled, n);
                    String[] tokens = PhraseTable.tokenize(spelled);
                    last.add(tokens[tokens.length - 1]);
                    words.add(spelled.replace("-et-", " "), n); // "vingt et unième" is also "vingt unième"
                }
            }
        }
        for (java.util.Map.Entry<String, String> pair : lists.pairs("ordinal-words.txt").entrySet()) {
            String word = pair.getKey();
            int value = Integer.parseInt(pair.getValue());
            if (value == 0) {
                suffixes.add(word, 0);
            } else {
                words.add(word, value);
                last.add(Fold.fold(word));
            }
        }
        lastWords = new FoldedWordSet(last);
        exclusions = new FoldedWordSet(lists.foldedLines("ordinal-exclusions.txt"));
        exclusionsBefore = new FoldedWordSet(lists.foldedLines("ordinal-exclusions-before.txt"));
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
