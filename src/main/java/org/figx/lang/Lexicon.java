package org.figx.lang;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.Language;
import org.figx.Qualifier;
import org.figx.numbers.NumberParser;
import org.figx.text.Fold;

/**
 * Everything figx knows about one language, built once and then only read
 * (safe to share between threads). ICU/CLDR supplies what it has (number
 * spell-out, currency names and symbols); word lists under
 * {@code /org/figx/lang/<lang>/} supply the rest. No language's words are
 * written in Java code.
 */
public final class Lexicon {
    private final Language language;
    private final NumberWords numberWords;
    private final NumberParser numberParser;
    private final Currencies currencies;
    private final PhraseTable<Qualifier> qualifiers;
    private final Map<String, Integer> signWords = new HashMap<>();
    private final PhraseTable<String> percentUnits;
    private final Set<String> percentagePointWords = new HashSet<>();
    private final List<RangePattern> rangePatterns;
    private final int longestNumberWord;
    private final Set<String> monthNames;
    private final Set<String> timeUnits;
    private final Set<String> timeUnitModifiers;
    private final Set<String> yearCues;
    private final Set<String> functionWords;
    private final Set<String> ambiguousNumberWords;
    private final Set<String> proportionWords;
    private final List<String> abbreviations;
    private final Set<String> changeWords;
    private final Set<String> adjectiveCues;
    private final Set<String> rangeConnectors = new HashSet<>();
    private final Set<String> rateWords;
    private final PhraseTable<Boolean> bothPhrases;

    private Lexicon(Language language) {
        this.language = language;
        ResourceLists lists = new ResourceLists(language);
        this.numberWords = new NumberWords(language.variants());
        Map<String, BigDecimal> abbreviations = new HashMap<>();
        lists.pairs("scale-abbreviations.txt").forEach((a, m) -> abbreviations.put(a, new BigDecimal(m)));
        Map<String, BigDecimal> approximate = new HashMap<>();
        lists.pairs("approximate-numbers.txt").forEach((w, v) -> approximate.put(Fold.fold(w), new BigDecimal(v)));
        this.numberParser = new NumberParser(numberWords, abbreviations, approximate,
                foldedSet(lists, "half-words.txt"));
        this.currencies = new Currencies(lists);
        this.qualifiers = lists.phraseTable("qualifiers.txt", Qualifier::fromLabel);
        lists.pairs("sign-words.txt").forEach((w, s) -> signWords.put(Fold.fold(w), Integer.parseInt(s)));
        this.percentUnits = lists.phraseTable("percent-units.txt", unit -> unit);
        for (String word : lists.lines("percentage-point-words.txt")) {
            percentagePointWords.add(Fold.fold(word));
        }
        this.rangePatterns = lists.lines("range-patterns.txt").stream().map(RangePattern::parse).toList();
        this.longestNumberWord = 16;
        this.monthNames = monthNames(language);
        this.timeUnits = foldedSet(lists, "time-units.txt");
        this.timeUnitModifiers = foldedSet(lists, "time-unit-modifiers.txt");
        this.yearCues = foldedSet(lists, "year-cues.txt");
        this.yearCues.addAll(monthNames);
        this.functionWords = foldedSet(lists, "function-words.txt");
        this.ambiguousNumberWords = foldedSet(lists, "ambiguous-number-words.txt");
        this.proportionWords = foldedSet(lists, "proportion-words.txt");
        this.abbreviations = List.copyOf(lists.lines("abbreviations.txt"));
        this.changeWords = foldedSet(lists, "change-words.txt");
        this.adjectiveCues = foldedSet(lists, "adjective-cues.txt");
        for (RangePattern pattern : rangePatterns) {
            rangeConnectors.add(Fold.fold(pattern.connector()));
        }
        this.rateWords = foldedSet(lists, "rate-words.txt");
        this.bothPhrases = new PhraseTable<>();
        lists.lines("both-phrases.txt").forEach(phrase -> bothPhrases.add(phrase, Boolean.TRUE));
    }

    private static Set<String> foldedSet(ResourceLists lists, String name) {
        Set<String> out = new HashSet<>();
        for (String word : lists.lines(name)) {
            out.add(Fold.fold(word));
        }
        return out;
    }

    /** Month names, full and abbreviated ("janv."), from ICU's CLDR data, folded, without dots. */
    private static Set<String> monthNames(Language language) {
        Set<String> out = new HashSet<>();
        com.ibm.icu.text.DateFormatSymbols symbols = new com.ibm.icu.text.DateFormatSymbols(
                com.ibm.icu.util.ULocale.forLocale(language.locale()));
        for (int context : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT,
                com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {com.ibm.icu.text.DateFormatSymbols.WIDE,
                    com.ibm.icu.text.DateFormatSymbols.ABBREVIATED}) {
                for (String month : symbols.getMonths(context, width)) {
                    String folded = Fold.fold(month.replace(".", "").strip());
                    if (!folded.isEmpty()) {
                        out.add(folded);
                    }
                }
            }
        }
        return out;
    }

    public static Lexicon load(Language language) {
        return new Lexicon(language);
    }

    public Language language() {
        return language;
    }

    public NumberWords numberWords() {
        return numberWords;
    }

    /** The parser every figure goes through. */
    public NumberParser numberParser() {
        return numberParser;
    }

    public Currencies currencies() {
        return currencies;
    }

    /** "plus de" → MORE_THAN, "environ" → APPROX, ... */
    public PhraseTable<Qualifier> qualifiers() {
        return qualifiers;
    }

    /** Folded sign words and their sign: "moins" → -1. */
    public Map<String, Integer> signWords() {
        return signWords;
    }

    /** "%", "pour cent" → "%"; "points de pourcentage" → "pp". */
    public PhraseTable<String> percentUnits() {
        return percentUnits;
    }

    /** Folded words that mean percentage points after a signed or decimal number. */
    public boolean isPercentagePointWord(String folded) {
        return percentagePointWords.contains(folded);
    }

    public List<RangePattern> rangePatterns() {
        return rangePatterns;
    }

    public boolean isMonthName(String folded) {
        return monthNames.contains(folded);
    }

    /** "heures", "ans": a number before one is a time or duration. */
    public boolean isTimeUnit(String folded) {
        return timeUnits.contains(folded);
    }

    /** "premiers" in "9 premiers mois". */
    public boolean isTimeUnitModifier(String folded) {
        return timeUnitModifiers.contains(folded);
    }

    /** The word before a four-digit number that makes it a year ("en", "depuis", a month). */
    public boolean isYearCue(String folded) {
        return yearCues.contains(folded);
    }

    public boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** "neuf": a number only when what it counts follows. */
    public boolean isAmbiguousNumberWord(String folded) {
        return ambiguousNumberWords.contains(folded);
    }

    /** "sur" in "un sur deux". */
    public boolean isProportionWord(String folded) {
        return proportionWords.contains(folded);
    }

    /** "passé" before "de N à N": a change between two figures, not a range. */
    public boolean isChangeWord(String folded) {
        return changeWords.contains(folded);
    }

    /** "à neuf", "neuf et": words around an ambiguous number word that make it an adjective. */
    public boolean isAdjectiveCue(String folded) {
        return adjectiveCues.contains(folded);
    }

    /** "et", "à": the words that join the two figures of a range. */
    public boolean isRangeConnector(String folded) {
        return rangeConnectors.contains(folded);
    }

    /** "taux", "part": earlier in a sentence, they make "points" percentage points. */
    public boolean isRateWord(String folded) {
        return rateWords.contains(folded);
    }

    /** "les deux", "des deux": "both", not a count. */
    public PhraseTable<Boolean> bothPhrases() {
        return bothPhrases;
    }

    /** Abbreviations whose full stop does not end a sentence ("M.", "av. J.-C."). */
    public List<String> abbreviations() {
        return abbreviations;
    }

    /** Longest word worth folding to look up as a number word. */
    public int longestNumberWord() {
        return longestNumberWord;
    }
}
