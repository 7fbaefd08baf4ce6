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

    /**
     * The same words, for look-ups in place (see {@link FoldedWordMap}); all but the
     * linking words are made again by {@link #addExtras}, which adds to them.
     */
    private FoldedWordMap<BigDecimal> multipliersInPlace;
    private FoldedWordSet pluralMultipliersInPlace;
    private final FoldedWordSet linkingWordsInPlace;
    private FoldedWordSet startWordsInPlace;
    /** Words that join the parts of a number after a multiplier: "and" of "five hundred and four". */
    private final Set<String> innerLinks = new HashSet<>();
    private FoldedWordSet innerLinksInPlace = new FoldedWordSet(Set.of());
    /** Whether a hundred may follow a number from 10 to 99 (number-words-extra.txt "after-tens"). */
    private boolean hundredsAfterTens;
    /** Scale words that multiply a whole amount with a scale before it ("thousand millions"). */
    private final Set<String> compoundScales = new HashSet<>();
    private FoldedWordSet compoundScalesInPlace = new FoldedWordSet(Set.of());

    /**
     * What the derivation from the spellings did, in order, as rows of a generated table
     * ({@link DerivedTables}): null when built from such a table.
     */
    private final java.util.List<String[]> derivation;

    /** The words read off ICU's spellings of 0..99 and of the multipliers, in every variant. */
    NumberWords(java.util.List<Locale> variants, CldrSource cldr) {
        this.derivation = new java.util.ArrayList<>();
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

    /**
     * The same words from the rows of {@link #derivation()} kept in a generated table:
     * what start-up does, since reading the 2,500 spellings of three variants and
     * deriving the words again took most of the lexicon's loading.
     */
    NumberWords(java.util.List<String[]> derivation) {
        this.derivation = null;
        for (String[] row : derivation) {
            switch (row[0]) {
                case BELOW -> belowHundred.add(row[1], Integer.parseInt(row[2]));
                case FIRST -> firstWords.add(row[1]);
                case LINKING -> linkingWords.add(row[1]);
                case MULTIPLIER -> multipliers.put(row[1], BigDecimal.valueOf(Long.parseLong(row[2])));
                case PLURAL -> pluralMultipliers.add(row[1]);
                default -> throw new IllegalStateException("number words: unknown row '" + row[0] + "'");
            }
        }
        multipliersInPlace = new FoldedWordMap<>(multipliers);
        pluralMultipliersInPlace = new FoldedWordSet(pluralMultipliers);
        linkingWordsInPlace = new FoldedWordSet(linkingWords);
        startWordsInPlace = new FoldedWordSet(startWords());
    }

    /** The kinds of row of the derivation: a sub-hundred phrase and its value, a first word, ... */
    static final String BELOW = "below-hundred";
    static final String FIRST = "first-word";
    static final String LINKING = "linking-word";
    static final String MULTIPLIER = "multiplier";
    static final String PLURAL = "plural-multiplier";

    /** Every step of the derivation from the spellings, in order: op, word or phrase, value. */
    java.util.List<String[]> derivation() {
        return java.util.Collections.unmodifiableList(derivation);
    }

    private void note(String... row) {
        derivation.add(row);
    }

    /** The sub-hundred phrases added so far, while deriving. */
    private final Set<String> belowAdded = new HashSet<>();

    /** A phrase already added keeps its first value: adding the same text again changes nothing, nor is noted. */
    private void addBelow(String phrase, int value) {
        if (belowAdded.add(phrase)) {
            note(BELOW, phrase, Integer.toString(value));
        }
        belowHundred.add(phrase, value);
    }

    /** A set's word is noted the first time only: adding it again changes nothing. */
    private void addFirst(String word) {
        if (firstWords.add(word)) {
            note(FIRST, word);
        }
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
        addBelow(String.join(" ", w), value);
        addFirst(w[0]);
        if (w.length > 1) {
            // "soixante-et-onze" is also written "soixante onze"
            java.util.List<String> kept = new java.util.ArrayList<>();
            for (String word : w) {
                if (isLinking(word, w)) {
                    if (linkingWords.add(word)) {
                        note(LINKING, word);
                    }
                } else {
                    kept.add(word);
                }
            }
            if (kept.size() < w.length && !kept.isEmpty()) {
                addBelow(String.join(" ", kept), value);
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
        putMultiplier(singular, value);
        putMultiplier(plural, value);
        if (!plural.equals(singular)) {
            if (pluralMultipliers.add(plural)) {
                note(PLURAL, plural);
            }
        }
        // "cent" and "mille" begin a number on their own; "million" wants a factor ("un million")
        if (value <= 1000) {
            addFirst(singular);
        }
    }

    /** Noted when it changes the map: each variant spells the multipliers again. */
    private void putMultiplier(String word, long value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (!decimal.equals(multipliers.put(word, decimal))) {
            note(MULTIPLIER, word, Long.toString(value));
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

    /**
     * Adds the language's number words beyond ICU's spell-out (number-words-extra.txt):
     * {@code word = N} a word or phrase for a number below a hundred ("naught = 0"),
     * {@code word = xN} a multiplier ("dozen = x12", "lakh = x100000"), {@code word = xN plural}
     * one that needs a number before it ("crores = x10000000 plural"), {@code word = link} a
     * word that joins the parts of a number after a multiplier ("five hundred and four").
     * Not part of the derivation from CLDR: the derived tables do not hold them.
     */
    void addExtras(Map<String, String> extras) {
        for (Map.Entry<String, String> pair : extras.entrySet()) {
            String word = org.figx.text.Fold.fold(pair.getKey());
            String[] value = pair.getValue().split("\\s+");
            if (value[0].equals("link")) {
                innerLinks.add(word);
            } else if (value[0].startsWith("x")) {
                multipliers.put(word, new BigDecimal(value[0].substring(1)));
                if (value.length > 1 && value[1].equals("after-tens")) {
                    hundredsAfterTens = true; // "twelve hundred", "twenty-five hundred"
                }
                if (value.length > 2 && value[2].equals("compound")) {
                    compoundScales.add(word); // "three thousand millions"
                }
                if (value.length > 1 && value[1].equals("plural")) {
                    pluralMultipliers.add(word);
                } else if (new BigDecimal(value[0].substring(1)).compareTo(BigDecimal.valueOf(1000)) <= 0) {
                    firstWords.add(word);
                }
            } else {
                belowHundred.add(word, Integer.parseInt(value[0]));
                firstWords.add(words(word)[0]);
            }
        }
        multipliersInPlace = new FoldedWordMap<>(multipliers);
        pluralMultipliersInPlace = new FoldedWordSet(pluralMultipliers);
        startWordsInPlace = new FoldedWordSet(startWords());
        innerLinksInPlace = new FoldedWordSet(innerLinks);
        compoundScalesInPlace = new FoldedWordSet(compoundScales);
    }

    /** Whether a scale word multiplies a whole amount with a scale before it ("thousand millions"). */
    public boolean isCompoundScale(String text, Token word) {
        return compoundScalesInPlace.contains(text, word);
    }

    /** Whether the hundred may follow a number from 10 to 99 ("twelve hundred" is 1200). */
    public boolean hundredsAfterTens() {
        return hundredsAfterTens;
    }

    /** Whether a word joins the parts of a number after a multiplier: "and" of "a hundred and five". */
    public boolean isInnerLink(String text, Token word) {
        return innerLinksInPlace.contains(text, word);
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
