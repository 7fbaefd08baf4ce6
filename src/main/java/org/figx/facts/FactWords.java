package org.figx.facts;

import org.figx.Modality;
import org.figx.lang.PhraseTable;
import org.figx.lang.ResourceLists;
import org.figx.text.Fold;
import org.figx.text.FoldedWordSet;

/**
 * The cue words of the facts stage, all from word lists: modality cues,
 * future endings, auxiliaries, past participle endings, verbs whose subject is
 * measured and the small words before them, pronouns, nouns that are no subject
 * ("la barre des…"), the links of a noun phrase, clause breaks.
 */
public final class FactWords {
    final PhraseTable<Modality> modalityCues;
    /** Words that open a hypothesis ("si le taux est de 9 %"): no modality in that clause. */
    final PhraseTable<Boolean> hypotheticals;
    /** "selon", "d'après": a sentence that opens with its source. */
    final PhraseTable<Boolean> attributionOpeners;
    /** Words before the base of a comparison ("par rapport à 2022"): that time is not the figure's. */
    final PhraseTable<Boolean> comparisonBases;
    /** A figure stated as it is ("est de", "recense"): a result when no other cue says otherwise. */
    final PhraseTable<Boolean> indicativeCues;
    /** The first words of the hypotheses and indicative cues: most tokens start neither, at one look-up. */
    final org.figx.text.FoldedWordSet hypothesisOrIndicativeStarts;
    final Endings futureEndings;
    final FoldedWordSet auxiliaries;
    /** The auxiliaries as written, lower case with accents: "a" but not "à". */
    final java.util.Set<String> auxiliarySpellings;
    final FoldedWordSet measureVerbs;
    /** "est", "a été", "serait": a measuring verb only right before the figure. */
    final FoldedWordSet copulas;
    /** "que", "dont": a subject is looked for after them. */
    final FoldedWordSet clauseOpeners;
    /** "estimé", "évalué": measuring verbs only when written as participles (folded, "estime" is active). */
    final FoldedWordSet writtenParticipleMeasureVerbs;
    /** Endings of a regular past participle as written, accent and all: "é", "ées" (verb-endings.txt). */
    final java.util.List<String> participleSpellings;
    final PhraseTable<Boolean> pronouns;
    final FoldedWordSet notSubjectNouns;
    /** "a" of "a $2.3 billion budget": after one, an amount qualifies the noun that follows it. */
    final FoldedWordSet attributiveAmountDeterminers;
    /** Nouns a subject may be with no article ("Revenue reached", "sales of $2 billion"). */
    final FoldedWordSet articleFreeNouns;
    final FoldedWordSet clauseBreaks;
    final PhraseTable<Boolean> determiners;
    final FoldedWordSet complementPrepositions;
    final FoldedWordSet sinceWords;
    /** Folded last letters of a past participle: "a progressé". */
    final Endings participleEndings;
    /** Between a subject and its measuring verb: "s'élève", "ne dépasse". */
    final FoldedWordSet cliticsBeforeVerb;
    /** Between a noun and the figure that gives its amount: "un budget de 3 milliards". */
    final FoldedWordSet nounAmountLinks;
    /** Between a noun and its complement: "chiffre d'affaires", "2 milliards d'euros de ventes". */
    final FoldedWordSet nounComplementLinks;
    /** Elided words that go on a noun phrase: "d'affaires", "de l'export". */
    final FoldedWordSet nounPhraseElisions;
    /** What follows the apostrophe of a possessive inside a noun phrase: "s" of "the city's population". */
    final FoldedWordSet possessiveEndings;
    /** The forms of the regular verbs of modality-verbs.txt, and the participles that follow a figure. */
    final VerbCues verbCues;
    /** "va", "vont": before an infinitive, a near future. */
    final FoldedWordSet nearFutureAuxiliaries;
    /** Folded endings of an infinitive: "augmenter", "atteindre". */
    final Endings infinitiveEndings;
    /** "encore", "déjà": inside a verb group. */
    final FoldedWordSet verbGroupAdverbs;
    /** "aurait", "auraient": with a participle, an unconfirmed or unreal past. */
    final FoldedWordSet conditionalPerfectAuxiliaries;
    /** "jugent", "estiment": after a share, a poll result. */
    final FoldedWordSet opinionVerbs;
    /** "sera", "pourraient": verbs whose subject a figure may be (verbs-after-figure.txt). */
    final FoldedWordSet verbsAfterFigure;
    /** "respectivement": figures and times paired in order. */
    final FoldedWordSet respectivelyWords;
    /** "a présenté mardi": the time of an announcement, not of its figure. */
    final FoldedWordSet announcementVerbs;
    /** "de" and "à" of a change "de 9 800 à 10 200". */
    final FoldedWordSet changeFromWords;
    final FoldedWordSet changeToWords;

    /**
     * @param determiners determiners.txt as phrases: the lexicon's own table, which the
     *                    facts read too ("le chiffre", "une baisse": a noun after it)
     */
    public FactWords(ResourceLists lists, PhraseTable<Boolean> determiners) {
        hypotheticals = lists.phrases("hypothetical-words.txt");
        attributionOpeners = lists.phrases("attribution-openers.txt");
        comparisonBases = lists.phrases("comparison-bases.txt");
        indicativeCues = lists.phrases("indicative-cues.txt");
        java.util.Set<String> starts = new java.util.HashSet<>(hypotheticals.firstWords());
        starts.addAll(indicativeCues.firstWords());
        hypothesisOrIndicativeStarts = new org.figx.text.FoldedWordSet(starts);
        // loops, not streams and lambdas: each lambda is one more class to make at start-up
        modalityCues = new PhraseTable<>();
        for (java.util.Map.Entry<String, String> cue : lists.pairs("modality-cues.txt").entrySet()) {
            modalityCues.add(cue.getKey(), VerbCues.parse(cue.getValue()));
        }
        java.util.List<String> forecast = new java.util.ArrayList<>(lists.lines("future-endings.txt"));
        forecast.addAll(lists.lines("conditional-endings.txt")); // "pourrait", "serait": a forecast too
        futureEndings = new Endings(folded(forecast));
        auxiliaries = set(lists, "auxiliaries.txt");
        java.util.Set<String> spellings = new java.util.HashSet<>();
        for (String auxiliary : lists.lines("auxiliaries.txt")) {
            spellings.add(auxiliary.toLowerCase(java.util.Locale.ROOT));
        }
        auxiliarySpellings = java.util.Set.copyOf(spellings);
        measureVerbs = set(lists, "measure-verbs.txt");
        copulas = set(lists, "copulas.txt");
        clauseOpeners = set(lists, "clause-openers.txt");
        writtenParticipleMeasureVerbs = set(lists, "participle-measure-verbs.txt");
        java.util.List<String> participles = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> ending : lists.pairs("verb-endings.txt").entrySet()) {
            if (ending.getValue().equals("participle")) {
                participles.add(ending.getKey());
            }
        }
        participleSpellings = java.util.Collections.unmodifiableList(participles);
        pronouns = lists.phrases("subject-pronouns.txt");
        notSubjectNouns = set(lists, "not-subject-nouns.txt");
        attributiveAmountDeterminers = set(lists, "attributive-amount-determiners.txt");
        articleFreeNouns = set(lists, "article-free-nouns.txt");
        clauseBreaks = set(lists, "clause-breaks.txt");
        complementPrepositions = set(lists, "complement-prepositions.txt");
        sinceWords = set(lists, "since-words.txt");
        this.determiners = determiners;
        participleEndings = new Endings(folded(lists.lines("participle-endings.txt")));
        cliticsBeforeVerb = set(lists, "clitics-before-verb.txt");
        nounAmountLinks = set(lists, "noun-amount-links.txt");
        nounComplementLinks = set(lists, "noun-complement-links.txt");
        nounPhraseElisions = set(lists, "noun-phrase-elisions.txt");
        possessiveEndings = set(lists, "possessive-endings.txt");
        verbCues = new VerbCues(lists);
        nearFutureAuxiliaries = set(lists, "near-future-auxiliaries.txt");
        infinitiveEndings = new Endings(folded(lists.lines("infinitive-endings.txt")));
        verbGroupAdverbs = set(lists, "verb-group-adverbs.txt");
        conditionalPerfectAuxiliaries = set(lists, "conditional-perfect-auxiliaries.txt");
        opinionVerbs = set(lists, "opinion-verbs.txt");
        verbsAfterFigure = set(lists, "verbs-after-figure.txt");
        respectivelyWords = set(lists, "respectively-words.txt");
        announcementVerbs = set(lists, "announcement-verbs.txt");
        changeFromWords = set(lists, "change-from-words.txt");
        changeToWords = set(lists, "change-to-words.txt");
    }

    private static FoldedWordSet set(ResourceLists lists, String name) {
        return new FoldedWordSet(lists.foldedLines(name));
    }

    /** The words folded, in order, unmodifiable. */
    private static java.util.List<String> folded(java.util.List<String> words) {
        java.util.List<String> out = new java.util.ArrayList<>(words.size());
        for (String word : words) {
            out.add(Fold.fold(word));
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
