package org.figx.lang;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.figx.text.FoldedWordMap;
import org.figx.text.FoldedWordSet;
import org.figx.text.Token;

/**
 * The words of spelled-out numbers, taken from ICU's rule-based spell-out data
 * (CLDR, through {@link CldrSource}: tables made from ICU at build time) rather
 * than typed by hand:
 *
 * <ul>
 *   <li>every spelling of 0..99 as a phrase ("dix-sept", "soixante-et-onze",
 *       "quatre-vingt-dix-neuf", "vingt-et-une"), also without the linking
 *       "et" ("soixante onze") and in the form it takes before "mille"
 *       ("quatre-vingt mille");</li>
 *   <li>the multipliers: hundred ("cent"/"cents") and the powers of a thousand
 *       ("mille", "million(s)", "milliard(s)", "billion(s)"), singular and plural.</li>
 * </ul>
 *
 * Spaces and hyphens are interchangeable in matching, so both the traditional
 * and the 1990 spellings ("deux-mille-vingt-quatre") are read.
 */
public final class NumberWords {
    private static final long[] POWERS = {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L};

    private final PhraseTable<Integer> belowHundred = new PhraseTable<>();
    private final Map<String, BigDecimal> multipliers = new HashMap<>();
    private final Set<String> pluralMultipliers = new HashSet<>();
    private final Set<String> linkingWords = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();

    /** The same words, for look-ups in place (see {@link FoldedWordMap}). */
    private final FoldedWordMap<BigDecimal> multipliersInPlace;
    private final FoldedWordSet pluralMultipliersInPlace;
    private final FoldedWordSet linkingWordsInPlace;
    private final FoldedWordSet startWordsInPlace;

    NumberWords(java.util.List<Locale> variants, CldrSource cldr) {
        // the spellings read so far, with their value: the regional variants and the
        // genders spell most numbers alike, and reading a spelling again adds nothing
        Set<String> spellingsRead = new HashSet<>();
        for (Locale variant : variants) {
            addSpellings(cldr.spellout(variant), spellingsRead);
        }
        multipliersInPlace = new FoldedWordMap<>(multipliers);
        pluralMultipliersInPlace = new FoldedWordSet(pluralMultipliers);
        linkingWordsInPlace = new FoldedWordSet(linkingWords);
        startWordsInPlace = new FoldedWordSet(startWords());
    }

    private void addSpellings(CldrSource.Spellout spell, Set<String> spellingsRead) {
        String[] ruleSets = cardinalRuleSets(spell);
        for (String ruleSet : ruleSets) {
            for (int n = 0; n < 100; n++) {
                String spelled = spell.format(n, ruleSet);
                if (spellingsRead.add(n + " " + spelled)) {
                    addBelowHundred(spelled, n);
                }
            }
            for (int n = 1; n < 100; n++) {
                // the form a number takes before a multiplier: "quatre-vingt mille"
                String spelled = spell.format(n * 1000L, ruleSet);
                if (spellingsRead.add(n * 1000L + " " + spelled)) {
                    String[] before = words(spelled);
                    addBelowHundred(String.join(" ", java.util.Arrays.copyOf(before, before.length - 1)), n);
                }
            }
        }
        addMultiplier(spell, 100);
        for (long power : POWERS) {
            addMultiplier(spell, power);
        }
    }

    private static String[] cardinalRuleSets(CldrSource.Spellout spell) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String name : spell.ruleSetNames()) {
            if (name.startsWith("%spellout-cardinal")) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            out.add(spell.defaultRuleSetName());
        }
        return out.toArray(new String[0]);
    }

    private void addBelowHundred(String spelled, int value) {
        String[] w = words(spelled);
        if (w.length == 0) {
            return;
        }
        belowHundred.add(String.join(" ", w), value);
        firstWords.add(w[0]);
        if (w.length > 1) {
            // "soixante-et-onze" is also written "soixante onze"
            java.util.List<String> kept = new java.util.ArrayList<>();
            for (String word : w) {
                if (isLinking(word, w)) {
                    linkingWords.add(word);
                } else {
                    kept.add(word);
                }
            }
            if (kept.size() < w.length && !kept.isEmpty()) {
                belowHundred.add(String.join(" ", kept), value);
            }
        }
    }

    /** A word inside a spelling that is not itself a number ("et" in "vingt-et-un"). */
    private boolean isLinking(String word, String[] all) {
        return all.length > 2 && !word.equals(all[0]) && !word.equals(all[all.length - 1])
                && belowHundred.matchAt(word, 0) == null;
    }

    /**
     * A multiplier's singular ("cent", "million") and, when it differs, its plural
     * ("cents", "millions"), read off the spellings of one and two of it.
     */
    private void addMultiplier(CldrSource.Spellout spell, long value) {
        String singular = last(spell.format(value, spell.defaultRuleSetName()));
        String plural = last(spell.format(2 * value, spell.defaultRuleSetName()));
        multipliers.put(singular, BigDecimal.valueOf(value));
        multipliers.put(plural, BigDecimal.valueOf(value));
        if (!plural.equals(singular)) {
            pluralMultipliers.add(plural);
        }
        // "cent" and "mille" begin a number on their own; "million" wants a factor ("un million")
        if (value <= 1000) {
            firstWords.add(singular);
        }
    }

    private static String last(String spelled) {
        String[] w = words(spelled);
        return w[w.length - 1];
    }

    /** Spaces and hyphens between the words of a spelling; compiled once, not at each of the ~2,000 spellings. */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s\\-\u00A0]+");

    private static String[] words(String spelled) {
        String folded = org.figx.text.Fold.fold(spelled.strip());
        return folded.isEmpty() ? new String[0] : WORD_BREAKS.split(folded);
    }

    /** Sub-hundred spellings, as phrases. */
    public PhraseTable<Integer> belowHundred() {
        return belowHundred;
    }

    /** Multiplier value of text[from, to) ("cent" 100, "millions" 10^6), or null. */
    public BigDecimal multiplier(String text, int from, int to) {
        return multipliersInPlace.get(text, from, to);
    }

    /** {@link #multiplier(String, int, int)} of a token: from its hash when it carries one. */
    public BigDecimal multiplier(String text, Token word) {
        return multipliersInPlace.get(text, word);
    }

    /** "cents", "millions": plural multipliers need a number before them. */
    public boolean isPluralMultiplier(String text, Token word) {
        return pluralMultipliersInPlace.contains(text, word);
    }

    /** Whether a folded word can begin a spelled-out number. */
    public boolean canStartNumber(String foldedWord) {
        return firstWords.contains(foldedWord) && !pluralMultipliers.contains(foldedWord);
    }

    /** Whether the word at {@code token} can begin a spelled-out number, looked up in place. */
    public boolean canStartNumber(String text, Token token) {
        return startWordsInPlace.contains(text, token);
    }

    /** The folded words that can begin a spelled-out number (a new set: for building look-ups). */
    public Set<String> startWords() {
        Set<String> starts = new HashSet<>(firstWords);
        starts.removeAll(pluralMultipliers);
        return starts;
    }

    /** Whether a word may appear inside a spelled number: "et" in "vingt et un". */
    public boolean isLinkingWord(String text, Token word) {
        return linkingWordsInPlace.contains(text, word);
    }
}
