package org.figx.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.Language;
import org.figx.Qualifier;
import org.figx.numbers.NumberParser;
import org.figx.text.Fold;
import org.figx.text.FoldedWordSet;
import org.figx.text.Token;

/**
 * Everything figx knows about one language, built once and then only read
 * (safe to share between threads). ICU/CLDR supplies what it has (number
 * spell-out, currency names and symbols), through tables made from ICU at build
 * time ({@link CldrSource}); word lists under
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
    private final FoldedWordSet percentagePointWords;
    private final String pointsUnit;
    private final List<RangePattern> rangePatterns;
    private final FoldedWordSet monthNames;
    private final FoldedWordSet timeUnitModifiers;
    private final FoldedWordSet yearCues;
    private final FoldedWordSet weakYearCues;
    /** determiners.txt as single words, for token tests; {@link #determiners} holds it as phrases */
    private final FoldedWordSet determinerWords;
    private final FoldedWordSet boundsConnectors;
    private final FoldedWordSet listConnectors;
    private final FoldedWordSet functionWords;
    private final FoldedWordSet ambiguousNumberWords;
    private final FoldedWordSet dayRangeLinks;
    private final FoldedWordSet proportionWords;
    private final List<String> abbreviations;
    private final FoldedWordSet changeWords;
    private final FoldedWordSet changeAmountWords;
    private final FoldedWordSet adjectiveCues;
    private final FoldedWordSet rangeConnectors;
    private final FoldedWordSet rateWords;
    private final FoldedWordSet indexWords;
    private final PhraseTable<Boolean> perUnitWords;
    private final FoldedWordSet countingUnitNames;
    private final FoldedWordSet dimensionWords;
    private final FoldedWordSet complementLinks;
    private final PhraseTable<Boolean> determiners;
    private final TemporalWords temporalWords;
    private final Units units;
    private final Ordinals ordinals;
    private final FoldedWordSet containerUnits;
    private final PhraseTable<Boolean> belowZero;
    private final org.figx.facts.FactWords factWords;
    private final FoldedWordSet notCountedWords;
    private final FoldedWordSet verbsAfterFigure;
    private final PhraseTable<String> homeCurrencies;
    private final FoldedWordSet adjectivesBeforeNoun;
    private final List<String> pluralEndings;
    private final FoldedWordSet homeCurrencyWords;
    /** What the home-currency words mean with no place to say otherwise ("$" is USD: currency-words.txt). */
    private final String bareDollarCurrency;
    private final PhraseTable<Boolean> bothPhrases;
    private final PhraseTable<Boolean> numberingWords;
    /** count-links.txt: "de", "d'"; "of": what joins a scale or a unit name to the things it counts. */
    private final PhraseTable<Boolean> countLinks;
    /** unit-cues.txt: "weighed" before "seven pounds" makes them a weight. */
    private final FoldedWordSet unitCues;
    /** The line of count-links.txt that lets a scaled amount count the noun right after it. */
    private static final String DIRECT_COUNT = "(direct)";
    /** Whether a million counts the noun right after it ("2 million people"), not only through a link. */
    private final boolean scalesCountDirectly;

    /**
     * @param derivedTables the number words, ordinals, currencies and units from {@link DerivedTables}, not
     *     derived again from {@code cldr}'s answers
     */
    private Lexicon(Language language, CldrSource cldr, boolean derivedTables) {
        this.language = language;
        ResourceLists lists = new ResourceLists(language);
        this.numberWords = derivedTables ? new NumberWords(DerivedTables.read(language, DerivedTables.NUMBER_WORDS))
                : new NumberWords(language.variants(), cldr);
        this.numberWords.addExtras(lists.pairs("number-words-extra.txt"));
        Map<String, BigDecimal> abbreviations = new HashMap<>();
        // loops, not forEach with lambdas: each lambda is one more class to make at start-up
        Set<String> moneyOnly = new HashSet<>();
        for (Map.Entry<String, String> pair : lists.pairs("scale-abbreviations.txt").entrySet()) {
            String[] value = pair.getValue().split("\\s+");
            abbreviations.put(pair.getKey(), new BigDecimal(value[0]));
            if (value.length > 1 && value[1].equals("money")) {
                moneyOnly.add(pair.getKey()); // "$1.5m", not "9m" (metres)
            }
        }
        Map<String, BigDecimal> approximate = foldedNumbers(lists, "approximate-numbers.txt");
        Map<String, Integer> fractions = new HashMap<>();
        Set<String> fractionsAlone = new HashSet<>();
        Set<String> fractionsBeforeLink = new HashSet<>();
        for (Map.Entry<String, String> pair : lists.pairs("fraction-words.txt").entrySet()) {
            String w = pair.getKey();
            String[] parts = pair.getValue().split("\\s+");
            fractions.put(Fold.fold(w), Integer.parseInt(parts[0]));
            if (parts.length > 1 && parts[1].equals("of")) {
                fractionsBeforeLink.add(Fold.fold(w)); // "a third of voters", not "a third term"
            }
            if (parts.length > 1 && parts[1].equals("alone")) {
                fractionsAlone.add(Fold.fold(w));
            }
        }
        Map<String, BigDecimal> plurals = new HashMap<>();
        Set<String> bare = new HashSet<>();
        for (Map.Entry<String, String> pair : lists.pairs("approximate-plurals.txt").entrySet()) {
            String[] value = pair.getValue().split("\\s+");
            plurals.put(Fold.fold(pair.getKey()), new BigDecimal(value[0]));
            if (value.length > 1 && value[1].equals("bare")) {
                bare.add(Fold.fold(pair.getKey())); // "hundreds of people": no opener needed before a link
            }
        }
        Map<String, String> marks = lists.pairs("digit-marks.txt");
        this.numberParser = new NumberParser(numberWords,
                org.figx.numbers.DigitMarks.parse(marks.getOrDefault("decimal", ""), marks.getOrDefault("group", ""),
                        marks.getOrDefault("bare", "")),
                abbreviations, moneyOnly, approximate,
                foldedSet(lists, "half-words.txt"), foldedSet(lists, "decimal-words.txt"),
                foldedSet(lists, "sign-openers.txt"), new NumberParser.Vague(fractions, fractionsAlone, plurals,
                foldedSet(lists, "approximate-plural-openers.txt"), foldedSet(lists, "fraction-articles.txt"),
                foldedSet(lists, "noun-amount-links.txt"), bare, fractionsBeforeLink));
        this.currencies = derivedTables ? new Currencies(DerivedTables.read(language, DerivedTables.CURRENCIES), lists)
                : new Currencies(lists, cldr);
        Currencies money = this.currencies;
        this.numberParser.currencyWordsFrom((text, pos) -> {
            if (money.signAt(text, pos) != null) {
                return true;
            }
            PhraseTable.Match<String> name = money.names().matchAt(text, pos);
            return name != null && name.start() == pos;
        });
        this.qualifiers = new PhraseTable<>();
        for (Map.Entry<String, String> pair : lists.pairs("qualifiers.txt").entrySet()) {
            qualifiers.add(pair.getKey(), Qualifier.fromLabel(pair.getValue()));
        }
        for (Map.Entry<String, String> pair : lists.pairs("sign-words.txt").entrySet()) {
            signWords.put(Fold.fold(pair.getKey()), Integer.parseInt(pair.getValue()));
        }
        this.percentUnits = lists.textTable("percent-units.txt");
        Map<String, String> pointWords = lists.pairs("percentage-point-words.txt");
        Set<String> foldedPointWords = new HashSet<>();
        String unit = null;
        for (Map.Entry<String, String> pair : pointWords.entrySet()) {
            foldedPointWords.add(Fold.fold(pair.getKey()));
            if (unit == null) {
                unit = pair.getValue();
            } else if (!unit.equals(pair.getValue())) {
                throw new IllegalStateException("percentage-point-words.txt: one unit for all points words, not "
                        + unit + " and " + pair.getValue());
            }
        }
        this.percentagePointWords = new FoldedWordSet(foldedPointWords);
        this.pointsUnit = unit;
        List<RangePattern> patterns = new java.util.ArrayList<>();
        for (String line : lists.lines("range-patterns.txt")) {
            patterns.add(RangePattern.parse(line));
        }
        this.rangePatterns = java.util.Collections.unmodifiableList(patterns);
        Set<String> months = monthNames(language, cldr);
        this.monthNames = new FoldedWordSet(months);
        this.timeUnitModifiers = wordSet(lists, "time-unit-modifiers.txt");
        Set<String> yearCueWords = foldedSet(lists, "year-cues.txt");
        yearCueWords.addAll(months);
        this.yearCues = new FoldedWordSet(yearCueWords);
        this.weakYearCues = wordSet(lists, "weak-year-cues.txt");
        this.determinerWords = wordSet(lists, "determiners.txt");
        this.boundsConnectors = wordSet(lists, "bounds-connectors.txt");
        this.listConnectors = wordSet(lists, "list-connectors.txt");
        this.functionWords = wordSet(lists, "function-words.txt");
        this.ambiguousNumberWords = wordSet(lists, "ambiguous-number-words.txt");
        this.dayRangeLinks = wordSet(lists, "day-range-links.txt");
        this.proportionWords = wordSet(lists, "proportion-words.txt");
        // CLDR's (as ICU reads them) and the project's: a full stop after them ends no sentence
        List<String> sentenceAbbreviations = new ArrayList<>(lists.lines("cldr-abbreviations.txt"));
        sentenceAbbreviations.addAll(lists.lines("abbreviations.txt"));
        this.abbreviations = List.copyOf(sentenceAbbreviations);
        this.changeWords = wordSet(lists, "change-words.txt");
        this.changeAmountWords = wordSet(lists, "change-amount-words.txt");
        this.adjectiveCues = wordSet(lists, "adjective-cues.txt");
        Set<String> connectors = new HashSet<>();
        for (RangePattern pattern : rangePatterns) {
            connectors.add(String.join(" ", pattern.connectorWords()));
        }
        this.rangeConnectors = new FoldedWordSet(connectors);
        this.rateWords = wordSet(lists, "rate-words.txt");
        this.indexWords = wordSet(lists, "index-words.txt");
        this.perUnitWords = lists.phrases("per-unit-words.txt");
        this.countingUnitNames = wordSet(lists, "counting-unit-names.txt");
        this.dimensionWords = wordSet(lists, "dimension-words.txt");
        this.complementLinks = wordSet(lists, "noun-amount-links.txt");
        this.determiners = lists.phrases("determiners.txt");
        this.temporalWords = new TemporalWords(language, lists, cldr);
        this.units = derivedTables ? new Units(DerivedTables.read(language, DerivedTables.UNITS))
                : new Units(language.unitVariants(), lists, cldr);
        this.factWords = new org.figx.facts.FactWords(lists, determiners); // one table of determiners.txt
        this.ordinals = derivedTables ? new Ordinals(DerivedTables.read(language, DerivedTables.ORDINALS), lists)
                : new Ordinals(language.variants(), lists, cldr);
        this.containerUnits = new FoldedWordSet(foldedSet(lists, "container-units.txt"));
        this.belowZero = lists.phrases("below-zero.txt");
        this.notCountedWords = wordSet(lists, "not-counted-words.txt");
        this.verbsAfterFigure = wordSet(lists, "verbs-after-figure.txt");
        this.homeCurrencies = lists.textTable("home-currencies.txt"); // values are stripped as read
        this.adjectivesBeforeNoun = wordSet(lists, "adjectives-before-noun.txt");
        this.pluralEndings = List.copyOf(lists.lines("plural-endings.txt"));
        this.homeCurrencyWords = wordSet(lists, "home-currency-words.txt");
        this.bareDollarCurrency = bareDollarCurrency(homeCurrencyWords.words(), currencies);
        this.bothPhrases = lists.phrases("both-phrases.txt");
        this.numberingWords = lists.phrases("numbering-words.txt");
        this.countLinks = lists.phrases("count-links.txt");
        this.unitCues = wordSet(lists, "unit-cues.txt");
        this.scalesCountDirectly = lists.lines("count-links.txt").contains(DIRECT_COUNT);
    }

    private static Set<String> foldedSet(ResourceLists lists, String name) {
        return lists.foldedLines(name);
    }

    /** A pair list of words and numbers, the words folded. */
    private static Map<String, BigDecimal> foldedNumbers(ResourceLists lists, String name) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (Map.Entry<String, String> pair : lists.pairs(name).entrySet()) {
            out.put(Fold.fold(pair.getKey()), new BigDecimal(pair.getValue()));
        }
        return out;
    }

    private static FoldedWordSet wordSet(ResourceLists lists, String name) {
        return new FoldedWordSet(foldedSet(lists, name));
    }

    /** Month names, full and abbreviated ("janv."), from ICU's CLDR data, folded, without dots. */
    private static Set<String> monthNames(Language language, CldrSource cldr) {
        Set<String> out = new HashSet<>();
        for (boolean standalone : new boolean[] {false, true}) {
            for (boolean abbreviated : new boolean[] {false, true}) {
                for (String month : cldr.months(language.locale(), standalone, abbreviated)) {
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
        return new Lexicon(language, new CldrTables(language), true);
    }

    /**
     * The lexicon built on other answers from CLDR (ICU's own, when the tables are
     * made), everything derived from them.
     */
    static Lexicon load(Language language, CldrSource cldr) {
        return new Lexicon(language, cldr, false);
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
    public boolean isPercentagePointWord(String text, Token word) {
        return percentagePointWords.contains(text, word);
    }

    /** The unit a quantity of index or score points is written with ("points"). */
    public String pointsUnit() {
        return pointsUnit;
    }

    public List<RangePattern> rangePatterns() {
        return rangePatterns;
    }

    public boolean isMonthName(String text, Token word) {
        return monthNames.contains(text, word);
    }

    /** "heures", "ans": a number before one is a time or duration. */
    public boolean isTimeUnit(String text, Token word) {
        return word != null && temporalWords.units().get(text, word) != null;
    }

    /** "premiers" in "9 premiers mois". */
    public boolean isTimeUnitModifier(String text, Token word) {
        return timeUnitModifiers.contains(text, word);
    }

    /** "et" of "supérieur à 5 et inférieur à 9": joins a figure's lower and upper bounds. */
    public boolean isBoundsConnector(String text, Token word) {
        return boundsConnectors.contains(text, word);
    }

    /** "et" of "3, 4 et 5 millions d'euros": joins the last item of a list of figures. */
    public boolean isListConnector(String text, Token word) {
        return listConnectors.contains(text, word);
    }

    /** "le", "les", "un": a word that opens a noun phrase. */
    public boolean isDeterminer(String text, Token word) {
        return determinerWords.contains(text, word);
    }

    /** "de", "pour": before a four-digit number, a year unless a noun it counts follows. */
    public boolean isWeakYearCue(String text, Token word) {
        return weakYearCues.contains(text, word);
    }

    /** The word before a four-digit number that makes it a year ("en", "depuis", a month). */
    public boolean isYearCue(String text, Token word) {
        return yearCues.contains(text, word);
    }

    public boolean isFunctionWord(String text, Token word) {
        return functionWords.contains(text, word);
    }

    /** "au" in "du 27 au 28 novembre", "et" in "les 3 et 4 mai": the number before is a day. */
    public boolean isDayRangeLink(String text, Token word) {
        return dayRangeLinks.contains(text, word);
    }

    /** "neuf": a number only when what it counts follows. */
    public boolean isAmbiguousNumberWord(String text, Token word) {
        return ambiguousNumberWords.contains(text, word);
    }

    /** "sur" in "un sur deux". */
    public boolean isProportionWord(String text, Token word) {
        return proportionWords.contains(text, word);
    }

    /** "passé" before "de N à N": a change between two figures, not a range. */
    public boolean isChangeWord(String text, Token word) {
        return changeWords.contains(text, word);
    }

    /**
     * "by" of "cut its debt by £150 million to £1.1bn": before a figure that writes its
     * own sign and a second one after "to", the change and the level reached, not a range.
     */
    public boolean isChangeAmountWord(String text, Token word) {
        return changeAmountWords.contains(text, word);
    }

    /** "à neuf", "neuf et": words around an ambiguous number word that make it an adjective. */
    public boolean isAdjectiveCue(String text, Token word) {
        return adjectiveCues.contains(text, word);
    }

    /** "et", "à": the words that join the two figures of a range. */
    public boolean isRangeConnector(String text, Token word) {
        return rangeConnectors.contains(text, word);
    }

    /** Cue words of the facts stage (when, subject, modality). */
    public org.figx.facts.FactWords factWords() {
        return factWords;
    }

    /** Units of measure, names and symbols. */
    public Units units() {
        return units;
    }

    /** Ordinal words and suffixes. */
    public Ordinals ordinals() {
        return ordinals;
    }

    /** "tasse": units whose contents belong to the mention ("2 tasses de café"). */
    public boolean isContainerUnit(String symbol) {
        return containerUnits.contains(Fold.fold(symbol));
    }

    /** "en dessous de zéro" after a temperature. */
    public PhraseTable<Boolean> belowZero() {
        return belowZero;
    }

    /** "fois", "contre": after a number, not what it counts. */
    /** Whether a word is an adjective that goes before the noun it qualifies ("dix grands groupes"). */
    public boolean isAdjectiveBeforeNoun(String text, Token word) {
        return adjectivesBeforeNoun.contains(text, word);
    }

    /** Whether a word ends like a plural ("Allemands", "Européens"). */
    public boolean endsLikePlural(String text, Token word) {
        String folded = Fold.fold(text, word.start(), word.end());
        for (String ending : pluralEndings) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Places that open a dateline, and the currency a bare dollar means there ("Montréal" CAD). */
    public PhraseTable<String> homeCurrencies() {
        return homeCurrencies;
    }

    /** The currency the home-currency words name when no dateline says otherwise ("USD"). */
    public String bareDollarCurrency() {
        return bareDollarCurrency;
    }

    /** The one currency {@code words} name, as a sign or a name; an error in the lists if they disagree. */
    private static String bareDollarCurrency(List<String> words, Currencies currencies) {
        String code = null;
        for (String word : words) {
            Currencies.Sign sign = currencies.signAt(word, 0);
            PhraseTable.Match<String> name = sign != null ? null : currencies.names().matchAt(word, 0);
            String its = sign != null ? sign.code() : name == null ? null : name.value();
            if (its == null || code != null && !code.equals(its)) {
                throw new IllegalStateException("home-currency-words.txt: '" + word + "' names "
                        + (its == null ? "no currency" : its + ", not " + code + " as the others"));
            }
            code = its;
        }
        return code;
    }

    /** Whether a sign or word alone means the currency of an article's place ("$", "dollars"). */
    public boolean isHomeCurrencyWord(String text, Token word) {
        return homeCurrencyWords.contains(text, word);
    }

    /** Whether a word is a verb that may follow a figure as its subject ("2026 devrait être"). */
    public boolean isVerbAfterFigure(String text, Token word) {
        return verbsAfterFigure.contains(text, word);
    }

    public boolean isNotCounted(String text, Token word) {
        return notCountedWords.contains(text, word);
    }

    /** Month, weekday and other date and time words. */
    public TemporalWords temporal() {
        return temporalWords;
    }

    /** "taux", "part": earlier in a sentence, they make "points" percentage points. */
    public boolean isRateWord(String text, Token word) {
        return rateWords.contains(text, word);
    }

    /** "indice", "CAC": a word of an index or a score, whose points are no percentage points. */
    public boolean isIndexWord(String text, Token word) {
        return indexWords.contains(text, word);
    }

    /**
     * Whether the unit name {@code name} counts things here rather than measuring:
     * "pieds de vigne" (counting-unit-names.txt), not "pieds de long" (dimension-words.txt).
     */
    public boolean countsThings(String text, Token name) {
        if (!countingUnitNames.contains(text, name)) {
            return false;
        }
        Token de = org.figx.text.Tokens.next(text, name.end());
        PhraseTable.Match<Boolean> link = de == null ? null : countLinks.matchAt(text, de);
        if (link == null || link.start() != de.start()) {
            return false;
        }
        Token what = org.figx.text.Tokens.next(text, link.end());
        if (what != null && what.end() - what.start() == 1 && org.figx.text.Chars.isApostrophe(text.charAt(what.start()))) {
            what = org.figx.text.Tokens.next(text, what.end());
        }
        return what != null && org.figx.text.Chars.isWordChar(text.charAt(what.start())) && !dimensionWords.contains(text, what);
    }

    /** "de", "d'" ("2 millions de personnes"), "of" ("2 million of them"): joins an amount to what it counts. */
    public PhraseTable<Boolean> countLinks() {
        return countLinks;
    }

    /** Whether a word before an amount makes a word both a currency and a unit the unit ("weighed"). */
    public boolean isUnitCue(String text, Token word) {
        return unitCues.contains(text, word);
    }

    /** English "2 million people": a scaled or round amount may count the noun right after it. */
    public boolean scalesCountDirectly() {
        return scalesCountDirectly;
    }

    /** "le", "par": between a price and the unit it is for ("1,85 euro le litre"). */
    public PhraseTable<Boolean> perUnitWords() {
        return perUnitWords;
    }

    /** "de", "du", "des": a word that joins a noun to its complement ("la part des entreprises du CAC 40"). */
    public boolean isComplementLink(String text, Token word) {
        return complementLinks.contains(text, word);
    }

    /** "le", "la", "l'", "les": words that open a noun phrase. */
    public PhraseTable<Boolean> determiners() {
        return determiners;
    }

    /** "les deux", "des deux": "both", not a count. */
    public PhraseTable<Boolean> bothPhrases() {
        return bothPhrases;
    }

    /** "n°", "numéro": after them a number names, it does not count ("la ligne n° 4"). */
    public PhraseTable<Boolean> numberingWords() {
        return numberingWords;
    }

    /** Abbreviations whose full stop does not end a sentence ("M.", "av. J.-C."): CLDR's, then the project's. */
    public List<String> abbreviations() {
        return abbreviations;
    }
}
