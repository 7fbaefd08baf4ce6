package org.figx.facts;

import java.util.ArrayList;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.Modality;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.SentenceLocator;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.time.TimeValue;

/**
 * Gives each figure (money, percent, quantity, number) its facts, reading only
 * its own sentence:
 *
 * <ul>
 *   <li>when: the date, time or period of the sentence with the fewest clause
 *       breaks between it and the figure, then the nearest ("en 2023 a atteint
 *       28 milliards", "visent 30 milliards d'ici 2025"); a period is written
 *       start/end;</li>
 *   <li>modality: the nearest cue of the figure's clause ("a atteint" actual,
 *       "visent" and "d'ici" target, "devrait" forecast, "estimé à" estimate),
 *       else a past participle after an auxiliary (actual) or a verb in the
 *       future tense (forecast);</li>
 *   <li>subject: the counted noun of a count; the noun of "un budget de 3
 *       milliards"; else the noun phrase before a measuring verb ("le chiffre
 *       d'affaires a atteint"); a pronoun ("il a atteint") takes the subject of
 *       the figure before it. Empty rather than wrong.</li>
 * </ul>
 */
public final class FactLinker {
    /** How far back in a sentence the subject of a measuring verb is looked for, in words. */
    private static final int SUBJECT_WORDS = 8;

    private final Lexicon lexicon;
    private final FactWords words;

    public FactLinker(Lexicon lexicon, FactWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** The mentions of one text, in order, with facts added to the figures. */
    public List<Mention> link(String text, List<Mention> mentions, SentenceLocator sentences,
                              org.figx.time.Reference reference) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Modality lastModality = null;
        int lastModalitySentence = -1;
        String lastSubject = null;
        int lastSubjectSentence = -1;
        int previousSentenceStart = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.kind().isNumeric() || m.kind() == Kind.ORDINAL) {
                out.add(m);
                continue;
            }
            int[] sentence = sentences.sentenceAround(m.start(), m.end());
            if (sentence[0] != previousSentenceStart) {
                if (lastSubjectSentence != previousSentenceStart) {
                    lastSubject = null; // a subject carries to the next sentence only
                }
                lastSubjectSentence = lastSubject == null ? -1 : previousSentenceStart;
                previousSentenceStart = sentence[0];
            }
            When when = when(text, mentions, i, sentence, reference);
            Modality modality = modality(text, m, sentence);
            if (modality == null && when != null && when.past()) {
                modality = Modality.ACTUAL; // "contre 8,2 % en 2024": a past figure is a result
            } else if (modality == null && lastModalitySentence == sentence[0]) {
                modality = lastModality; // "… a atteint 1,42 milliard, contre 1,18 milliard"
            }
            if (modality != null) {
                lastModality = modality;
                lastModalitySentence = sentence[0];
            }
            Subject subject = subject(text, m, sentence);
            String subjectText = subject.pronoun ? lastSubject : subject.text;
            if (subjectText != null) {
                lastSubject = subjectText;
                lastSubjectSentence = sentence[0];
            }
            out.add(m.withFacts(when == null ? null : when.value(), subjectText, modality));
        }
        return out;
    }

    // ---------------------------------------------------------------- when

    /**
     * The time a figure refers to: its TIMEX3 value (a period as "start/end")
     * and whether it lies wholly before the reference's year.
     */
    private record When(String value, boolean past) {
    }

    private When when(String text, List<Mention> mentions, int index, int[] sentence,
                      org.figx.time.Reference reference) {
        Mention figure = mentions.get(index);
        Mention best = null;
        int bestBreaks = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (int step : new int[] {-1, 1}) {
            Mention otherFigure = null; // the figure passed last on the way, if in another clause
            for (int j = index + step; j >= 0 && j < mentions.size(); j += step) {
                Mention t = mentions.get(j);
                if (t.end() <= sentence[0] || t.start() >= sentence[1]) {
                    break;
                }
                if (!isTimeOf(t)) {
                    if (t.kind().isNumeric() && t.kind() != Kind.ORDINAL) {
                        otherFigure = breaksBetween(text, figure, t) > 0 ? t : null;
                    }
                    continue;
                }
                if (otherFigure != null && breaksBetween(text, otherFigure, t) == 0) {
                    continue; // "2,1 % …, contre 4,9 % en 2023": 2023 is the other figure's time
                }
                if (words.comparisonBases.matchEndingAt(text, t.start()) != null) {
                    continue; // "5 % par rapport à 2022": the base of the comparison, not the figure's time
                }
                int breaks = breaksBetween(text, figure, t);
                int[] between = between(figure, t);
                int distance = cuedRightAfter(text, figure, t) ? 0 : between[1] - between[0];
                if (breaks < bestBreaks || breaks == bestBreaks && distance < bestDistance) {
                    best = t;
                    bestBreaks = breaks;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return null;
        }
        TimeValue time = best.time();
        if (time != null && time.valueMax() == null && reference.isKnown()
                && words.sinceWords.contains(text, Tokens.previous(text, best.start()))) {
            String until = time.referenceAtSameGrain(reference);
            if (until != null && until.compareTo(time.value()) > 0) {
                return new When(time.value() + "/" + until, false); // "depuis janvier": from then to the reference
            }
        }
        String value = best.valueMax() == null ? best.value() : best.value() + "/" + best.valueMax();
        return new When(value, isPast(time, reference));
    }

    /** Whether a resolved time ends before the reference's year ("contre 8,2 % en 2024"). */
    private static boolean isPast(TimeValue time, org.figx.time.Reference reference) {
        Integer endYear = time == null ? null : time.endYear();
        return endYear != null && reference.isKnown() && endYear < reference.day().getYear();
    }

    /**
     * Whether {@code time} follows the figure with only a year cue between ("5 % en
     * 2024", "30 milliards d'ici 2025"): the closest tie there is, stronger than a
     * time just before the figure that belongs to the figure before it ("de 3 % en
     * 2022 à 5 % en 2024").
     */
    private boolean cuedRightAfter(String text, Mention figure, Mention time) {
        if (time.start() < figure.end()) {
            return false;
        }
        Token cue = Tokens.previous(text, time.start());
        Token beforeCue = cue == null ? null : Tokens.previous(text, cue.start());
        return cue != null && cue.start() >= figure.end() && lexicon.isYearCue(text, cue)
                && beforeCue != null && beforeCue.end() <= figure.end();
    }

    /** The text between two mentions, as [from, to) (empty when they touch or overlap). */
    private static int[] between(Mention a, Mention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return new int[] {Math.min(from, to), Math.max(from, to)};
    }

    private int breaksBetween(String text, Mention a, Mention b) {
        int[] span = between(a, b);
        return clauseBreaks(text, span[0], span[1]);
    }

    private static boolean isTimeOf(Mention m) {
        return m.kind() == Kind.DATE || m.kind() == Kind.PERIOD || m.kind() == Kind.TIME;
    }

    /** Commas, semicolons, colons and joining words ("et", "mais") in text[from, to). */
    private int clauseBreaks(String text, int from, int to) {
        int breaks = 0;
        int p = from;
        while (p < to) {
            char c = text.charAt(p);
            if (c == ',' || c == ';' || c == ':') {
                breaks++;
                p++;
            } else if (Chars.isWordChar(c)) {
                int e = Chars.wordEnd(text, p);
                if (words.clauseBreaks.contains(text, p, e)) {
                    breaks++;
                }
                p = e;
            } else {
                p++;
            }
        }
        return breaks;
    }

    /** Start of the clause holding {@code pos}: after the last break before it in the sentence. */
    private int clauseStart(String text, int pos, int sentenceStart) {
        return clauseStart(text, pos, sentenceStart, true);
    }

    /**
     * @param wordsBreak whether joining words ("et") end a clause; not for a subject, where
     *                   "les recettes pétrolières et gazières" is one noun phrase
     */
    private int clauseStart(String text, int pos, int sentenceStart, boolean wordsBreak) {
        int p = pos;
        while (p > sentenceStart) {
            Token t = Tokens.previous(text, p);
            if (t == null || t.start() < sentenceStart) {
                return sentenceStart;
            }
            char c = text.charAt(t.start());
            if (c == ',' || c == ';' || c == ':' || wordsBreak && words.clauseBreaks.contains(text, t)) {
                return t.end();
            }
            p = t.start();
        }
        return sentenceStart;
    }

    // ---------------------------------------------------------------- modality

    private Modality modality(String text, Mention figure, int[] sentence) {
        int clause = clauseStart(text, figure.start(), sentence[0]);
        Modality nearest = null;
        Modality tense = null;
        int p = clause;
        while (p < figure.start()) {
            Token t = Tokens.next(text, p);
            if (t == null || t.start() >= figure.start()) {
                break;
            }
            boolean mayOpen = words.hypothesisOrIndicativeStarts.contains(text, t);
            PhraseTable.Match<Boolean> hypothesis = mayOpen ? words.hypotheticals.matchAt(text, t.start()) : null;
            if (hypothesis != null && hypothesis.start() == t.start()) {
                return null; // "si le taux est de 9 %": a hypothesis, neither result nor goal
            }
            PhraseTable.Match<Modality> cue = words.modalityCues.matchAt(text, t.start());
            if (cue != null && cue.start() == t.start() && cue.end() <= figure.start()) {
                nearest = cue.value();
                p = cue.end();
                continue;
            }
            PhraseTable.Match<Boolean> stated = mayOpen ? words.indicativeCues.matchAt(text, t.start()) : null;
            if (stated != null && stated.start() == t.start() && stated.end() <= figure.start()) {
                tense = Modality.ACTUAL; // "est de", "recense": weaker than any cue of modality-cues.txt
                p = stated.end();
                continue;
            }
            Modality byTense = tenseOf(text, t);
            if (byTense != null) {
                tense = byTense;
            }
            p = t.end();
        }
        if (nearest != null) {
            return nearest;
        }
        // "30 milliards USD d'ici 2025": a target cue right after the figure
        PhraseTable.Match<Modality> after = words.modalityCues.matchAt(text, figure.end());
        if (after != null && after.value() == Modality.TARGET && after.start() - figure.end() <= 2) {
            return Modality.TARGET;
        }
        return tense;
    }

    /** A future verb ("atteindra") is a forecast; an auxiliary then a past participle ("a progressé"), a result. */
    private Modality tenseOf(String text, Token t) {
        if (!Chars.isWordChar(text.charAt(t.start()))) {
            return null;
        }
        String word = Fold.fold(text, t.start(), t.end());
        for (String ending : words.futureEndings) {
            if (word.equals(ending) || word.length() >= 5 && word.endsWith(ending) && ending.length() >= 3) {
                return Modality.FORECAST;
            }
        }
        if (words.auxiliaries.contains(text, t)) {
            Token next = Tokens.next(text, t.end());
            if (next != null && Chars.isWordChar(text.charAt(next.start()))) {
                String participle = Fold.fold(text, next.start(), next.end());
                if (participle.length() >= 3 && endsLikeParticiple(participle)) {
                    return Modality.ACTUAL;
                }
            }
        }
        return null;
    }

    /** Whether a folded word ends like a past participle ("progresse", "atteint"). */
    private boolean endsLikeParticiple(String folded) {
        for (String ending : words.participleEndings) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- subject

    private record Subject(String text, boolean pronoun) {
        static final Subject NONE = new Subject(null, false);
        static final Subject PRONOUN = new Subject(null, true);
    }

    private Subject subject(String text, Mention figure, int[] sentence) {
        if (figure.kind() == Kind.QUANTITY && figure.unit() != null && figure.text().endsWith(figure.unit())
                && Chars.isWordChar(figure.unit().charAt(0)) && lexicon.units().symbolAt(figure.unit(), 0) == null
                && !figure.unit().equals(lexicon.pointsUnit())) { // index points measure the index named before
            return new Subject(figure.unit(), false); // a count: what it counts
        }
        Subject ofNoun = nounBefore(text, figure);
        if (ofNoun != null) {
            return ofNoun;
        }
        Subject after = nounAfter(text, figure);
        if (after != null) {
            return after;
        }
        return measuredBy(text, figure, sentence);
    }

    /** "2 milliards d'euros de ventes": the noun the amount is of, right after it. */
    private Subject nounAfter(String text, Mention figure) {
        if (figure.kind() != Kind.MONEY && figure.kind() != Kind.QUANTITY) {
            return null;
        }
        Token de = Tokens.next(text, figure.end());
        if (de == null || de.start() - figure.end() > 1 || !words.nounComplementLinks.contains(text, de)) {
            return null;
        }
        Token noun = Tokens.next(text, de.end());
        if (noun != null && text.charAt(noun.start()) == '\'') {
            noun = Tokens.next(text, noun.end());
        }
        if (noun == null || !Chars.isWordChar(text.charAt(noun.start())) || !Character.isLowerCase(text.charAt(noun.start()))
                || lexicon.isFunctionWord(text, noun) || words.notSubjectNouns.contains(text, noun)) {
            return null;
        }
        return new Subject(text.substring(noun.start(), noun.end()), false);
    }

    /** "un budget de 3 milliards": the noun whose amount the figure gives. */
    private Subject nounBefore(String text, Mention figure) {
        Token de = Tokens.previous(text, figure.start());
        if (de != null && text.charAt(de.start()) == '\'') {
            de = Tokens.previous(text, de.start());
        }
        if (!words.nounAmountLinks.contains(text, de)) {
            return null;
        }
        // the head noun and up to two words after it: "un budget", "une marge nette", "un chiffre d'affaires"
        Token last = Tokens.previous(text, de.start());
        Token noun = last;
        PhraseTable.Match<Boolean> article = null;
        for (int k = 0; k < 4 && noun != null; k++) {
            article = words.determiners.matchEndingAt(text, noun.start());
            if (article != null) {
                break;
            }
            noun = Tokens.previous(text, noun.start());
        }
        if (article == null || noun == null || last == null || !Chars.isWordChar(text.charAt(noun.start()))
                || lexicon.isFunctionWord(text, noun) || words.notSubjectNouns.contains(text, noun)
                || words.measureVerbs.contains(text, last) || !Chars.isWordChar(text.charAt(last.start()))) {
            return null; // "un budget de": a noun comes after a determiner ("a reculé de" is a verb)
        }
        if (words.complementPrepositions.contains(text, Tokens.previous(text, article.start()))) {
            return null; // "dans les renouvelables d'un milliard": a complement
        }
        return new Subject(text.substring(noun.start(), last.end()), false);
    }

    /** "le chiffre d'affaires commercial en 2023 a atteint …": the noun phrase before the measuring verb. */
    private Subject measuredBy(String text, Mention figure, int[] sentence) {
        Token verb = null;
        int p = figure.start();
        for (int k = 0; k < SUBJECT_WORDS * 2; k++) {
            Token t = Tokens.previous(text, p);
            if (t == null || t.start() < sentence[0]) {
                break;
            }
            if (words.measureVerbs.contains(text, t)) {
                verb = t;
                break;
            }
            p = t.start();
        }
        if (verb == null) {
            return Subject.NONE;
        }
        int end = verb.start();
        Token before = Tokens.previous(text, end);
        while (before != null && (words.auxiliaries.contains(text, before) || text.charAt(before.start()) == '\''
                || words.cliticsBeforeVerb.contains(text, before))) {
            end = before.start();
            before = Tokens.previous(text, end);
        }
        int start = clauseStart(text, end, sentence[0], false);
        PhraseTable.Match<Boolean> pronoun = words.pronouns.matchAt(text, start);
        if (pronoun != null && Chars.skipSpacesBack(text, end) == pronoun.end()) {
            return Subject.PRONOUN;
        }
        return nounPhrase(text, start, end);
    }

    /** "de" but not "d'": a link that an elided article may follow ("part de l'export"). */
    private boolean isWholeLink(String text, Token t) {
        return words.nounComplementLinks.contains(text, t) && !words.nounPhraseElisions.contains(text, t);
    }

    /** Words [start, end) without the leading article and the trailing time or place ("en 2023"). */
    private Subject nounPhrase(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int p = start;
        Token t;
        while ((t = Tokens.next(text, p)) != null && t.end() <= end) {
            tokens.add(t);
            p = t.end();
        }
        int from = 0;
        while (from < tokens.size() && (lexicon.isFunctionWord(text, tokens.get(from))
                || text.charAt(tokens.get(from).start()) == '\'')) {
            from++;
        }
        int to = from;
        while (to < tokens.size()) {
            Token k = tokens.get(to);
            Token previous = to > from ? tokens.get(to - 1) : null;
            boolean joinsNoun = words.nounComplementLinks.contains(text, k) // "chiffre d'affaires", "part de marché"
                    || text.charAt(k.start()) == '\'' && words.nounPhraseElisions.contains(text, previous)
                    || isWholeLink(text, previous) && words.nounPhraseElisions.contains(text, k); // "part de l'export"
            boolean gluedDigits = Chars.isDigit(text.charAt(k.start())) && to > from && tokens.get(to - 1).end() == k.start();
            if (gluedDigits) {
                to++; // "CO2"
                continue;
            }
            boolean shortWord = Chars.isWordChar(text.charAt(k.start())) && k.end() - k.start() == 1 && !joinsNoun;
            if (!Chars.isWordChar(text.charAt(k.start())) && !joinsNoun || !joinsNoun && lexicon.isFunctionWord(text, k)
                    || shortWord) {
                break; // "l'agriculture n'est": the phrase ends before the negation
            }
            to++;
        }
        while (to > from && !Chars.isWordChar(text.charAt(tokens.get(to - 1).start()))
                && !Chars.isDigit(text.charAt(tokens.get(to - 1).start()))
                || to > from && (words.nounComplementLinks.contains(text, tokens.get(to - 1))
                || words.nounPhraseElisions.contains(text, tokens.get(to - 1)))) {
            to--; // no trailing "de", "l" or apostrophe: "gazières de"
        }
        if (to == from || to - from > SUBJECT_WORDS) {
            return Subject.NONE;
        }
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        String phrase = text.substring(s, e).strip();
        char lastChar = phrase.charAt(phrase.length() - 1);
        if (!Chars.isWordChar(lastChar) && !Chars.isDigit(lastChar) || Character.isUpperCase(phrase.charAt(0))
                && from == 0 && to - from == 1) {
            return Subject.NONE;
        }
        return new Subject(phrase, false);
    }
}
