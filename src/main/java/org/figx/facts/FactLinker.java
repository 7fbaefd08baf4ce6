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
import org.figx.text.SentenceWindow;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;
import org.figx.time.TimeValue;

/**
 * Gives each figure (money, percent, quantity, number) its facts, reading only
 * its own sentence:
 *
 * <ul>
 *   <li>when: the date, time or period of the sentence with the fewest clause
 *       breaks between it and the figure, then the nearest ("en 2023 a atteint
 *       28 milliards", "visent 30 milliards d'ici 2025"); a period is written
 *       start/end. Not the base of a comparison ("par rapport à 2022"), a time of
 *       another figure's clause, a dateline or the day of an announcement ("a
 *       présenté mardi"); "respectivement" pairs figures and times in order;
 *       "passé de X à Y depuis 2022" gives X 2022 and Y now;</li>
 *   <li>modality: a participle right after the figure ("les 3 % visés"), else the
 *       nearest cue of the figure's clause ("a atteint" actual, "visent" and "d'ici"
 *       target, "devrait" forecast, "estimé à" estimate; the regular verbs of
 *       modality-verbs.txt in all their forms), else the tense (an auxiliary and a
 *       participle: actual; a future, a conditional, "va" + infinitive: forecast;
 *       "est de", "recense": actual), else a share before a verb of opinion (a poll:
 *       actual), else the figure's time (to come: forecast, past: actual), else the
 *       figure before it in the sentence (across "contre", only a result), else a
 *       parenthesis of its own ("(cinq morts)": actual). A hypothesis ("si", "au cas
 *       où") or a conditional perfect ("aurait fait") leaves it empty;</li>
 *   <li>subject: the counted noun of a count; the noun of "un budget de 3
 *       milliards"; else the noun phrase before a measuring verb ("le chiffre
 *       d'affaires a atteint", "l'inflation a été de", "un taux ramené à"); a pronoun
 *       ("il a atteint", "ce chiffre de") takes the subject of the figure before it,
 *       as does a figure joined to it by "et". Empty rather than wrong.</li>
 * </ul>
 * Clauses end at commas, semicolons, colons, parentheses, quotation marks,
 * comparisons ("contre") and joining words ("et" with a verb after it).
 */
public final class FactLinker {
    /** How far back in a sentence the subject of a measuring verb is looked for, in words. */
    private static final int SUBJECT_WORDS = 8;

    private final Lexicon lexicon;
    private final FactWords words;
    /*
     * The tokens of the text being linked, as the extractor read them, and the readers
     * of verbs and clauses over them: its words are read again and again, and a window's
     * tokens are array reads that carry their folded hash for every look-up. Null in
     * the linker the extractor holds, which only makes one of these per text.
     */
    private final VerbForms verbs;
    private final Clauses clauses;
    private final WindowTokens tokens;

    public FactLinker(Lexicon lexicon, FactWords words) {
        this.lexicon = lexicon;
        this.words = words;
        this.verbs = null;
        this.clauses = null;
        this.tokens = null;
    }

    /** The linker of one text, whose tokens are {@code tokens}. */
    private FactLinker(FactLinker shared, WindowTokens tokens) {
        this.lexicon = shared.lexicon;
        this.words = shared.words;
        this.verbs = new VerbForms(shared.words, tokens);
        this.clauses = new Clauses(shared.words, verbs, tokens);
        this.tokens = tokens;
    }

    /**
     * The mentions of one text, in order, with facts added to the figures.
     *
     * @param tokens the tokens the extractor read last, of a window of {@code text}
     *               (those outside it are read from the text)
     */
    public List<Mention> link(String text, List<Mention> mentions, SentenceLocator sentences,
                              org.figx.time.Reference reference, WindowTokens tokens) {
        if (tokens.text() != text) {
            throw new IllegalArgumentException("tokens of another text");
        }
        return new FactLinker(this, tokens).linkAll(text, mentions, sentences, reference);
    }

    private List<Mention> linkAll(String text, List<Mention> mentions, SentenceLocator sentences,
                                  org.figx.time.Reference reference) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Modality lastModality = null;
        int lastModalitySentence = -1;
        int lastFigureEnd = -1;
        String lastSubject = null;
        int lastSubjectSentence = -1;
        int previousSentenceStart = -1;
        java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();
        mentions.forEach(x -> mentionStarts.add(x.start()));
        ClauseBreakCounter breaks = new ClauseBreakCounter(clauses, text, mentionStarts);
        Respectively respectively = new Respectively(text);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.kind().isNumeric() || m.kind() == Kind.ORDINAL) {
                out.add(m);
                continue;
            }
            int[] whole = sentences.sentenceAround(m.start(), m.end());
            breaks.sentence(whole);
            int[] sentence = SentenceWindow.around(whole, m.start(), m.end());
            if (whole[0] != previousSentenceStart) {
                if (lastSubjectSentence != previousSentenceStart) {
                    lastSubject = null; // a subject carries to the next sentence only
                }
                lastSubjectSentence = lastSubject == null ? -1 : previousSentenceStart;
                previousSentenceStart = whole[0];
            }
            When when = when(text, mentions, i, sentence, reference, breaks, respectively);
            Modality modality = modality(text, mentions, i, sentence, when, lastModalitySentence == whole[0]
                    ? lastModality : null, lastFigureEnd);
            if (modality != null) {
                lastModality = modality;
                lastModalitySentence = whole[0];
            }
            Subject subject = subject(text, m, sentence);
            String subjectText = subject.pronoun ? lastSubject : subject.text;
            if (subjectText == null && lastSubjectSentence == whole[0] && i > 0 && mentions.get(i - 1).kind() == m.kind()
                    && coordinated(text, lastFigureEnd, m.start())) {
                subjectText = lastSubject; // "de 7,1 % et 7,4 %": the second figure measures the same
            }
            if (subjectText != null) {
                lastSubject = subjectText;
                lastSubjectSentence = whole[0];
            }
            lastFigureEnd = m.end();
            out.add(m.withFacts(when == null ? null : when.value(), subjectText, modality));
        }
        return out;
    }

    /** Whether only a joining word ("et", "ou") stands in text[from, to): "7,1 % et 7,4 %". */
    private boolean coordinated(String text, int from, int to) {
        if (from < 0 || from > to) {
            return false;
        }
        Token t = tokens.next(from);
        return t != null && words.clauseBreaks.contains(text, t) && Tokens.nextStart(text, t.end()) == to;
    }

    // ---------------------------------------------------------------- when

    /**
     * The time a figure refers to: its TIMEX3 value (a period as "start/end"), whether
     * it lies wholly before the reference's year, and whether it starts after the
     * reference date.
     */
    private record When(String value, boolean past, boolean future) {
    }

    /** A time to come makes a forecast only from the figure's own clause ("passe à 104 $ au 1er janvier"). */
    private static final int FUTURE_BREAKS = 0;

    private When when(String text, List<Mention> mentions, int index, int[] sentence,
                      org.figx.time.Reference reference, ClauseBreakCounter breaks, Respectively respectively) {
        Mention figure = mentions.get(index);
        Mention best = respectively.in(sentence) ? respectiveTime(mentions, index, sentence) : null;
        int bestBreaks = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (int step : new int[] {-1, 1}) {
            if (best != null && bestBreaks == Integer.MAX_VALUE) {
                break; // paired by "respectivement"
            }
            Mention otherFigure = null; // the figure passed last on the way, if in another clause
            for (int j = index + step; j >= 0 && j < mentions.size(); j += step) {
                Mention t = mentions.get(j);
                if (t.end() <= sentence[0] || t.start() >= sentence[1]) {
                    break;
                }
                if (!isTimeOf(t)) {
                    if (t.kind().isNumeric() && t.kind() != Kind.ORDINAL) {
                        otherFigure = breaksBetween(figure, t, sentence, breaks) > 0 ? t : null;
                    }
                    continue;
                }
                boolean framing = framesSentence(text, t, figure, sentence);
                if (!framing && otherFigure != null && breaksBetween(otherFigure, t, sentence, breaks) == 0) {
                    continue; // "2,1 % …, contre 4,9 % en 2023": 2023 is the other figure's time
                }
                if (!framing && ownedByOther(text, mentions, index, t, sentence, breaks)) {
                    continue; // "ont reculé de 3 % en 2023 et le groupe prévoit 5 %": 2023 is the time of 3 %
                }
                if (words.comparisonBases.matchEndingAt(text, t.start()) != null) {
                    continue; // "5 % par rapport à 2022": the base of the comparison, not the figure's time
                }
                if (isDateline(text, t)) {
                    continue; // "MONTRÉAL, 14 octobre 2025 — La société a présenté …": the article's date
                }
                if (isAnnouncementTime(text, t, figure)) {
                    continue; // "a présenté mardi un plan de 4,2 milliards": when it was said
                }
                int clauseBreaks = breaksBetween(figure, t, sentence, breaks);
                int[] between = between(figure, t);
                int distance = cuedRightAfter(text, figure, t) ? 0 : between[1] - between[0];
                if (best == null || clauseBreaks < bestBreaks || clauseBreaks == bestBreaks && distance < bestDistance) {
                    best = t;
                    bestBreaks = clauseBreaks;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return null;
        }
        TimeValue time = best.time();
        if (time != null && time.valueMax() == null && reference.isKnown()
                && words.sinceWords.contains(text, tokens.previous(best.start()))) {
            String until = time.referenceAtSameGrain(reference);
            if (until != null && until.compareTo(time.value()) > 0) {
                int change = changeEnd(text, mentions, index);
                if (change < 0) {
                    return new When(time.value(), true, false); // "passé de 40 000 à 52 000 depuis 2021": 40 000 then
                }
                if (change > 0) {
                    return new When(until, false, false); // and 52 000 now
                }
                return new When(time.value() + "/" + until, false, false); // "depuis janvier": from then to the reference
            }
        }
        String value = best.valueMax() == null ? best.value() : best.value() + "/" + best.valueMax();
        boolean ownClause = bestBreaks == Integer.MAX_VALUE || bestBreaks <= FUTURE_BREAKS;
        return new When(value, isPast(time, reference), ownClause && isFuture(time, reference));
    }

    /**
     * Whether a time in another clause than figure {@code index} shares its clause with
     * another figure, whose time it then is.
     */
    /**
     * Whether {@code time} lies in the phrase that opens its sentence with a source
     * ("Selon un sondage mené du 2 au 6 octobre auprès de 1 500 usagers, 56 % jugent …":
     * attribution-openers.txt), up to that phrase's comma, and the figure after it: such a
     * time frames every figure of the sentence, not only one inside the phrase.
     */
    private boolean framesSentence(String text, Mention time, Mention figure, int[] sentence) {
        int first = Tokens.nextStart(text, sentence[0]);
        PhraseTable.Match<Boolean> opener = first < 0 ? null : words.attributionOpeners.matchAt(text, first);
        if (opener == null || opener.start() != first || time.start() < opener.end() || figure.start() < time.end()) {
            return false;
        }
        int comma = Clauses.phraseComma(text, opener.end(), figure.start());
        return comma >= time.end();
    }

    private boolean ownedByOther(String text, List<Mention> mentions, int index, Mention time, int[] sentence,
                                 ClauseBreakCounter breaks) {
        Mention figure = mentions.get(index);
        int[] span = between(figure, time);
        boolean verbalJoin = false;
        for (Token t = tokens.next(span[0]); t != null && t.start() < span[1]; t = tokens.next(t.end())) {
            verbalJoin |= words.clauseBreaks.contains(text, t) && clauses.joinsClauses(text, t.end(), span[1], breaks.mentionStarts());
        }
        if (!verbalJoin) {
            return false; // "un budget de 4,2 milliards pour 2025, en hausse de 3,1 %": one time for both
        }
        // the mentions are in text order: only those of the sentence, around the figure, are read
        for (int j = index - 1; j >= 0 && mentions.get(j).start() >= sentence[0]; j--) {
            if (sharesClause(mentions.get(j), time, sentence, breaks)) {
                return true;
            }
        }
        for (int j = index + 1; j < mentions.size() && mentions.get(j).start() < sentence[1]; j++) {
            if (sharesClause(mentions.get(j), time, sentence, breaks)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code other} is a figure of the sentence in the same clause as {@code time}. */
    private static boolean sharesClause(Mention other, Mention time, int[] sentence, ClauseBreakCounter breaks) {
        return isFigure(other) && other.end() <= sentence[1] && breaksBetween(other, time, sentence, breaks) == 0;
    }

    /**
     * Which end of a change "de 9 800 à 10 200" figure {@code index} is: -1 the first,
     * 1 the second, 0 neither.
     */
    private int changeEnd(String text, List<Mention> mentions, int index) {
        Mention figure = mentions.get(index);
        if (index + 1 < mentions.size() && isChange(text, figure, mentions.get(index + 1))) {
            return -1;
        }
        return index > 0 && isChange(text, mentions.get(index - 1), figure) ? 1 : 0;
    }

    private boolean isChange(String text, Mention from, Mention to) {
        if (!from.kind().isNumeric() || !to.kind().isNumeric()) {
            return false;
        }
        Token link = tokens.next(from.end());
        Token before = tokens.previous(from.start());
        if (before != null && text.charAt(before.start()) == '\'') {
            before = tokens.previous(before.end() - 1);
        }
        return link != null && words.changeToWords.contains(text, link) && Tokens.nextStart(text, link.end()) == to.start()
                && before != null && words.changeFromWords.contains(text, before);
    }

    /**
     * The time paired with figure {@code index} by "respectivement": "4 % et 6 % en 2023
     * et 2024 respectivement" gives 4 % 2023 and 6 % 2024. The figures and the times are
     * each a run of mentions of the sentence, of the same length.
     */
    private Mention respectiveTime(List<Mention> mentions, int index, int[] sentence) {
        int first = index;
        while (first > 0 && isFigure(mentions.get(first - 1)) && mentions.get(first - 1).end() > sentence[0]) {
            first--;
        }
        int last = index;
        while (last + 1 < mentions.size() && isFigure(mentions.get(last + 1)) && mentions.get(last + 1).start() < sentence[1]) {
            last++;
        }
        int count = last - first + 1;
        if (count < 2) {
            return null;
        }
        for (int j = last + 1; j < mentions.size() && mentions.get(j).start() < sentence[1]; j++) {
            int run = 0;
            while (j + run < mentions.size() && isTimeOf(mentions.get(j + run)) && mentions.get(j + run).start() < sentence[1]) {
                run++;
            }
            if (run == count) {
                return mentions.get(j + index - first);
            }
            if (run > 0) {
                break;
            }
        }
        return null;
    }

    private static boolean isFigure(Mention m) {
        return m.kind().isNumeric() && m.kind() != Kind.ORDINAL;
    }

    /**
     * Whether a time is when something was announced: right after a verb of announcing
     * ("a présenté mardi"), or opening a clause whose verb is one ("Mardi, le ministre a
     * annoncé un plan de 2 milliards").
     */
    private boolean isAnnouncementTime(String text, Mention time, Mention figure) {
        if (time.start() > figure.start()) {
            return false;
        }
        Token before = tokens.previous(time.start());
        if (before != null && words.announcementVerbs.contains(text, before)) {
            return true;
        }
        Token comma = tokens.next(time.end());
        if (comma == null || text.charAt(comma.start()) != ',') {
            return false;
        }
        int k = 0;
        for (Token t = tokens.next(comma.end()); t != null && t.end() <= figure.start() && k < 8;
                t = tokens.next(t.end()), k++) {
            if (words.announcementVerbs.contains(text, t)) {
                return true;
            }
            if (!Chars.isWordChar(text.charAt(t.start())) && text.charAt(t.start()) != '\'') {
                return false;
            }
        }
        return false;
    }

    /** How many words a dateline may hold before its date: "MONTRÉAL, le 14 octobre 2025 —". */
    private static final int DATELINE_WORDS = 6;

    /**
     * Whether a time ends a dateline: a dash right after it, and only a few words
     * (a place, "le") between the start of its line and it.
     */
    private boolean isDateline(String text, Mention time) {
        Token dash = tokens.next(time.end());
        if (dash == null || text.charAt(dash.start()) != '\u2014' && text.charAt(dash.start()) != '\u2013') {
            return false;
        }
        int words = 0;
        for (Token t = tokens.previous(time.start()); t != null; t = tokens.previous(t.start())) {
            if (++words > DATELINE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Whether a resolved time starts after the reference date ("en 2027", "au 1er janvier" said in November). */
    private static boolean isFuture(TimeValue time, org.figx.time.Reference reference) {
        if (time == null || !reference.isKnown() || time.value().length() < 4) {
            return false;
        }
        String value = time.value();
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        int referenceYear = reference.day().getYear();
        if (year != referenceYear) {
            return year > referenceYear;
        }
        String now = time.referenceAtSameGrain(reference);
        return now != null && org.figx.time.IsoDates.isMonthOrDay(value) && value.length() == now.length()
                && value.compareTo(now) > 0;
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
        Token cue = tokens.previous(time.start());
        Token beforeCue = cue == null ? null : tokens.previous(cue.start());
        return cue != null && cue.start() >= figure.end() && lexicon.isYearCue(text, cue)
                && beforeCue != null && beforeCue.end() <= figure.end();
    }

    /** The text between two mentions, as [from, to) (empty when they touch or overlap). */
    private static int[] between(Mention a, Mention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return new int[] {Math.min(from, to), Math.max(from, to)};
    }

    private static int breaksBetween(Mention a, Mention b, int[] sentence, ClauseBreakCounter breaks) {
        int[] span = between(a, b);
        return breaks.count(span[0], span[1]);
    }

    private static boolean isTimeOf(Mention m) {
        return m.kind() == Kind.DATE || m.kind() == Kind.PERIOD || m.kind() == Kind.TIME;
    }

    /**
     * Whether a sentence holds "respectivement" ({@link FactWords#respectivelyWords}),
     * read once per sentence of a document: each of its figures asks, and reading
     * the whole sentence for each made a sentence of n figures cost n readings.
     */
    private final class Respectively {
        private final String text;
        private int start = -1;
        private int end = -1;
        private boolean found;
        /** The words of {@link FactWords#respectivelyWords}, folded. */
        private final List<String> respectivelyWords = words.respectivelyWords.words();

        Respectively(String text) {
            this.text = text;
        }

        boolean in(int[] sentence) {
            if (sentence[0] != start || sentence[1] != end) {
                start = sentence[0];
                end = sentence[1];
                found = false;
                if (!anyWordIn(start, end)) {
                    return false; // most sentences: one pass over the characters, no tokens
                }
                // token by token, making none
                for (int p = Tokens.nextStart(text, start); p >= 0 && p < end; ) {
                    int tokenEnd = Tokens.endOf(text, p);
                    if (words.respectivelyWords.contains(text, p, tokenEnd)) {
                        found = true;
                        break;
                    }
                    p = Tokens.nextStart(text, tokenEnd);
                }
            }
            return found;
        }

        /** Whether one of the words stands in text[from, to), folded, as a word or inside one. */
        private boolean anyWordIn(int from, int to) {
            for (String word : respectivelyWords) {
                char first = word.charAt(0);
                for (int p = from; p + word.length() <= to; p++) {
                    if (Fold.fold(text.charAt(p)) == first && Fold.equals(text, p, p + word.length(), word)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- modality

    /** Where a figure's modality came from, which decides what may still change it. */
    private enum Source {
        /** a cue of modality-cues.txt, of a regular verb, or after the figure: final */
        CUE,
        /** "est de", "recense": a result, unless the figure's time is to come */
        STATED,
        /** the tense of a verb: a result or a forecast */
        TENSE,
        /** nothing read in the clause: the time, the figure before or a parenthesis may say */
        NONE,
        /** a hypothesis or a conditional perfect: no modality, and none carried in */
        EMPTY
    }

    private record Reading(Modality modality, Source source) {
        static final Reading NONE = new Reading(null, Source.NONE);
        static final Reading EMPTY = new Reading(null, Source.EMPTY);
    }

    /**
     * The modality of figure {@code index}: what its clause says, else what its time says
     * (to come: a forecast; past: a result), else the modality of the figure before it in
     * the sentence ({@code carried}; across "contre" only a result), else a result when it
     * stands in a parenthesis of its own ("(cinq morts)").
     */
    private Modality modality(String text, List<Mention> mentions, int index, int[] sentence, When when,
                              Modality carried, int lastFigureEnd) {
        Mention figure = mentions.get(index);
        Reading reading = reading(text, figure, sentence);
        if (reading.source() == Source.EMPTY || reading.source() == Source.CUE) {
            return reading.modality();
        }
        if (when != null && when.future() && (reading.modality() == null || reading.source() == Source.STATED)
                && changeEnd(text, mentions, index) >= 0) { // "passe de 97 à 104 $ au 1er janvier": 97 is the price now
            return Modality.FORECAST; // "passe à 1,39 euro au 1er janvier", "est de 3 % en 2027"
        }
        if (reading.modality() != null) {
            return reading.modality();
        }
        if (when != null && when.past()) {
            return Modality.ACTUAL; // "contre 8,2 % en 2024": a past figure is a result
        }
        int open = Clauses.openParenthesis(text, figure.start(), sentence[0]);
        boolean conversion = open >= 0 && index > 0 && mentions.get(index - 1).end() == Chars.skipSpacesBack(text, open);
        if (carried != null && (open < 0 || conversion)
                && (carried == Modality.ACTUAL || !clauses.comparisonBetween(text, lastFigureEnd, figure.start()))) {
            return carried; // "… a atteint 1,42 milliard, contre 1,18 milliard"; "3 milliards de dollars (2,7 milliards d'euros)"
        }
        if (open >= 0 && !conversion && figure.kind() != Kind.NUMBER) {
            return Modality.ACTUAL; // "le carambolage (cinq blessés)": stated as it is; not "Commentaires (0)"
        }
        return null;
    }

    /** What the figure's own clause says of its modality, and how firmly. */
    private Reading reading(String text, Mention figure, int[] sentence) {
        int clause = clauses.clauseStart(text, figure.start(), sentence[0]);
        Modality nearest = null;
        Reading tense = Reading.NONE;
        int p = clause;
        while (p < figure.start()) {
            Token t = tokens.next(p);
            if (t == null || t.start() >= figure.start()) {
                break;
            }
            boolean mayOpen = words.hypothesisOrIndicativeStarts.contains(text, t);
            PhraseTable.Match<Boolean> hypothesis = mayOpen ? words.hypotheticals.matchAt(text, t.start()) : null;
            if (hypothesis != null && hypothesis.start() == t.start()) {
                return Reading.EMPTY; // "si le taux est de 9 %": a hypothesis, neither result nor goal
            }
            PhraseTable.Match<Modality> cue = verbs.cueAt(text, t, figure.start());
            if (cue != null) {
                Reading governed = cue.value() == Modality.ACTUAL ? governing(text, t.start()) : null;
                if (governed != null && governed.source() == Source.EMPTY) {
                    nearest = null;
                    tense = governed; // "aurait atteint": an unconfirmed past
                } else {
                    nearest = governed != null ? governed.modality() : cue.value(); // "aura atteint": a forecast
                }
                p = cue.end();
                continue;
            }
            PhraseTable.Match<Boolean> stated = mayOpen ? words.indicativeCues.matchAt(text, t.start()) : null;
            if (stated != null && stated.start() == t.start() && stated.end() <= figure.start()) {
                tense = new Reading(Modality.ACTUAL, Source.STATED); // "est de", "recense": weaker than any cue
                p = stated.end();
                continue;
            }
            Reading byTense = tenseOf(text, t);
            if (byTense != null) {
                tense = byTense;
                if (byTense.source() == Source.EMPTY) {
                    nearest = null; // "aurait atteint": the later verb group rules
                }
            }
            p = t.end();
        }
        PhraseTable.Match<Modality> after = cueAfter(text, figure.end());
        if (after != null) {
            return new Reading(after.value(), Source.CUE); // "les 3 % visés": the participle is the figure's own
        }
        PhraseTable.Match<Modality> opening = clause > sentence[0] ? words.modalityCues.matchAt(text, sentence[0]) : null;
        if (opening != null && opening.start() == Tokens.nextStart(text, sentence[0]) && opening.end() <= clause
                && opening.value() != Modality.ACTUAL && (nearest == null || nearest == Modality.ACTUAL)
                && tense.modality() != Modality.FORECAST) {
            return new Reading(opening.value(), Source.CUE); // "Selon les estimations, la foule atteignait …"
        }
        if (nearest != null) {
            return new Reading(nearest, Source.CUE);
        }
        // "30 milliards USD d'ici 2025": a target cue right after the figure
        PhraseTable.Match<Modality> target = words.modalityCues.matchAt(text, figure.end());
        if (target != null && target.value() == Modality.TARGET && target.start() - figure.end() <= 2) {
            return new Reading(Modality.TARGET, Source.CUE);
        }
        Modality asSubject = tense.source() == Source.NONE ? verbAfterSubject(text, figure.end()) : null;
        if (asSubject != null) {
            return new Reading(asSubject, Source.CUE); // "56 % jugent …", "120 postes seront réservés"
        }
        return tense;
    }

    /** A participle right after the figure, past adverbs: "les 3 % visés", "les 1,9 % initialement prévus". */
    private PhraseTable.Match<Modality> cueAfter(String text, int figureEnd) {
        Token t = tokens.next(figureEnd);
        if (t == null || t.start() - figureEnd > 1) {
            return null;
        }
        PhraseTable.Match<Modality> cue = words.verbCues.after.matchAt(text, t.start());
        if (cue == null && words.verbGroupAdverbs.contains(text, t)) {
            Token next = tokens.next(t.end());
            cue = next == null ? null : words.verbCues.after.matchAt(text, next.start());
        }
        return cue;
    }

    /**
     * The modality the verb after a figure gives it as its subject: a verb of opinion
     * makes a poll result ("56 % jugent", "42 % des salariés estiment", "38 % se disent"),
     * a future or a conditional a forecast ("120 postes seront réservés", "2 000 personnes
     * pourraient perdre leur emploi"); else null.
     */
    private Modality verbAfterSubject(String text, int figureEnd) {
        Token t = tokens.next(figureEnd);
        if (t != null && words.nounAmountLinks.contains(text, t)) {
            // "des personnes interrogées": the people the share is of, up to three words
            t = tokens.next(t.end());
            if (t != null && text.charAt(t.start()) == '\'') {
                t = tokens.next(t.end());
            }
            for (int k = 0; k < 3 && t != null && Chars.isWordChar(text.charAt(t.start()))
                    && !words.opinionVerbs.contains(text, t) && !words.cliticsBeforeVerb.contains(text, t); k++) {
                t = tokens.next(t.end());
            }
        }
        while (t != null && (words.cliticsBeforeVerb.contains(text, t) || text.charAt(t.start()) == '\'')) {
            t = tokens.next(t.end()); // "se disent", "ne jugent"
        }
        if (t == null || !Chars.isWordChar(text.charAt(t.start()))) {
            return null;
        }
        if (words.opinionVerbs.contains(text, t)) {
            return Modality.ACTUAL;
        }
        return words.verbsAfterFigure.contains(text, t) && verbs.isFutureForm(text, t)
                ? Modality.FORECAST : null;
    }

    /**
     * The tense of the verb group a cue of result ends ("aura atteint", "aurait atteint"):
     * the word before it, past adverbs, when that is a future or conditional; else null.
     */
    private Reading governing(String text, int cueStart) {
        Token before = tokens.previous(cueStart);
        while (before != null && words.verbGroupAdverbs.contains(text, before)) {
            before = tokens.previous(before.start());
        }
        if (before == null || !Chars.isWordChar(text.charAt(before.start()))) {
            return null;
        }
        if (words.conditionalPerfectAuxiliaries.contains(text, before)) {
            return Reading.EMPTY;
        }
        return verbs.isFutureForm(text, before)
                ? new Reading(Modality.FORECAST, Source.TENSE) : null;
    }

    /**
     * A future or conditional verb ("atteindra", "pourrait") or "aller" before an
     * infinitive ("vont augmenter") is a forecast; an auxiliary then a past participle
     * ("a progressé"), a result; a conditional perfect ("aurait fait"), nothing.
     */
    private Reading tenseOf(String text, Token t) {
        if (!Chars.isWordChar(text.charAt(t.start()))) {
            return null;
        }
        // every word of a clause is asked: the verb after it is read only after an auxiliary
        boolean conditionalPerfect = words.conditionalPerfectAuxiliaries.contains(text, t);
        boolean nearFuture = words.nearFutureAuxiliaries.contains(text, t);
        boolean auxiliary = verbs.isAuxiliary(text, t);
        Token verb = conditionalPerfect || nearFuture || auxiliary ? verbs.nextInGroup(text, t) : null;
        boolean participle = verb != null && verbs.isParticiple(text, verb);
        if (conditionalPerfect && participle) {
            return Reading.EMPTY;
        }
        if (verbs.isFutureForm(text, t)) {
            return new Reading(Modality.FORECAST, Source.TENSE);
        }
        if (nearFuture && verb != null && verbs.isInfinitive(text, verb)) {
            return new Reading(Modality.FORECAST, Source.TENSE);
        }
        if (auxiliary && participle) {
            return new Reading(Modality.ACTUAL, Source.TENSE);
        }
        return null;
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
        return measuredBy(text, figure, figure.start(), sentence);
    }

    /** "2 milliards d'euros de ventes": the noun the amount is of, right after it. */
    private Subject nounAfter(String text, Mention figure) {
        if (figure.kind() != Kind.MONEY && figure.kind() != Kind.QUANTITY) {
            return null;
        }
        Token de = tokens.next(figure.end());
        if (de != null && de.start() - figure.end() <= 1 && !words.nounComplementLinks.contains(text, de)) {
            return qualifiedNoun(text, figure, de);
        }
        if (de == null || de.start() - figure.end() > 1) {
            return null;
        }
        Token noun = tokens.next(de.end());
        if (noun != null && text.charAt(noun.start()) == '\'') {
            noun = tokens.next(noun.end());
        }
        if (noun == null || !Chars.isWordChar(text.charAt(noun.start())) || !Character.isLowerCase(text.charAt(noun.start()))
                || lexicon.isFunctionWord(text, noun) || words.notSubjectNouns.contains(text, noun)) {
            return null;
        }
        return new Subject(text.substring(noun.start(), noun.end()), false);
    }

    /**
     * "a $2.3 billion budget": after a determiner of attributive-amount-determiners.txt,
     * an amount qualifies the noun right after it, which is what it measures. None in
     * French, whose words after an amount are adjectives ("ces 3 milliards supplémentaires").
     */
    private Subject qualifiedNoun(String text, Mention figure, Token noun) {
        Token before = tokens.previous(figure.start());
        if (before == null || !words.attributiveAmountDeterminers.contains(text, before)
                || !Chars.isWordChar(text.charAt(noun.start())) || !Character.isLowerCase(text.charAt(noun.start()))
                || lexicon.isFunctionWord(text, noun) || words.notSubjectNouns.contains(text, noun)
                || words.measureVerbs.contains(text, noun) || words.auxiliaries.contains(text, noun)
                || words.copulas.contains(text, noun) || words.verbsAfterFigure.contains(text, noun)) {
            return null;
        }
        return new Subject(text.substring(noun.start(), noun.end()), false);
    }

    /** "un budget de 3 milliards": the noun whose amount the figure gives. */
    private Subject nounBefore(String text, Mention figure) {
        Token de = tokens.previous(figure.start());
        if (de != null && text.charAt(de.start()) == '\'') {
            de = tokens.previous(de.start());
        }
        if (!words.nounAmountLinks.contains(text, de)) {
            return null;
        }
        // the head noun and up to two words after it: "un budget", "une marge nette", "un chiffre d'affaires"
        Token last = tokens.previous(de.start());
        Token noun = last;
        PhraseTable.Match<Boolean> article = null;
        for (int k = 0; k < 4 && noun != null; k++) {
            article = words.determiners.matchEndingAt(text, noun.start());
            if (article != null) {
                break;
            }
            noun = tokens.previous(noun.start());
        }
        for (Token k = noun == null ? null : tokens.next(noun.end()); article != null && k != null
                && k.start() < last.end(); k = tokens.next(k.end())) {
            if (words.auxiliaries.contains(text, k) || words.measureVerbs.contains(text, k) || words.copulas.contains(text, k)
                    || Chars.isWordChar(text.charAt(k.start())) && verbs.isFutureForm(text, k)
                    || !Chars.isWordChar(text.charAt(k.start())) && text.charAt(k.start()) != '\'') {
                return null; // "l'inflation a été de 2 %", "du PIB, loin des 3 %": no noun phrase before "de"
            }
        }
        if (last != null && words.articleFreeNouns.contains(text, last)
                && (article == null || cueBetween(text, noun, last))) {
            return new Subject(text.substring(last.start(), last.end()), false); // "the group expects sales of"
        }
        if (article == null || noun == null || last == null || !Chars.isWordChar(text.charAt(noun.start()))
                || lexicon.isFunctionWord(text, noun) || words.notSubjectNouns.contains(text, noun)
                || words.measureVerbs.contains(text, last) || !Chars.isWordChar(text.charAt(last.start()))) {
            return null; // "un budget de": a noun comes after a determiner ("a reculé de" is a verb)
        }
        PhraseTable.Match<Boolean> pronoun = words.pronouns.matchAt(text, article.start());
        if (pronoun != null && pronoun.start() == article.start() && pronoun.end() == last.end()) {
            return Subject.PRONOUN; // "ce chiffre de 3 %": the subject of the figure before
        }
        if (words.complementPrepositions.contains(text, tokens.previous(article.start()))) {
            return null; // "dans les renouvelables d'un milliard": a complement
        }
        return new Subject(text.substring(noun.start(), last.end()), false);
    }

    /** Whether a modality cue starts between {@code first} and {@code last} ("The group expects sales"). */
    private boolean cueBetween(String text, Token first, Token last) {
        for (Token k = first; k != null && k.end() <= last.start(); k = tokens.next(k.end())) {
            PhraseTable.Match<Modality> cue = words.modalityCues.matchAt(text, k.start());
            if (cue != null && cue.start() == k.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "le chiffre d'affaires commercial en 2023 a atteint …": the noun phrase before the
     * measuring verb found before {@code from}.
     */
    private Subject measuredBy(String text, Mention figure, int from, int[] sentence) {
        Token verb = null;
        int p = from;
        for (int k = 0; k < SUBJECT_WORDS * 2; k++) {
            Token t = tokens.previous(p);
            if (t == null || t.start() < sentence[0]) {
                break;
            }
            if (words.measureVerbs.contains(text, t) && !verbs.afterDeterminer(text, t)
                    || words.copulas.contains(text, t) && isRightBefore(text, t, figure)
                    || words.writtenParticipleMeasureVerbs.contains(text, t) && verbs.isWrittenParticiple(text, t)) {
                verb = t; // not "une baisse de 2 %": folded, the noun reads as "baissé"
                break;
            }
            p = t.start();
        }
        if (verb == null) {
            return Subject.NONE;
        }
        int end = verb.start();
        Token before = tokens.previous(end);
        boolean auxiliary = false;
        while (before != null && (words.auxiliaries.contains(text, before) || text.charAt(before.start()) == '\''
                || words.cliticsBeforeVerb.contains(text, before) || words.nearFutureAuxiliaries.contains(text, before)
                || words.verbGroupAdverbs.contains(text, before) || verbs.isFutureForm(text, before))) {
            auxiliary |= !words.verbGroupAdverbs.contains(text, before);
            end = before.start();
            before = tokens.previous(end);
        }
        if (!auxiliary && before != null && words.clauseBreaks.contains(text, before)
                && verbs.isWrittenParticiple(text, verb)) {
            return measuredBy(text, figure, before.start(), sentence); // "a gagné 1,3 % et clôturé à": the first verb's subject
        }
        if (!auxiliary && verbs.isWrittenParticiple(text, verb)) {
            Subject adjectival = phraseAfterDeterminer(text, end);
            if (adjectival != null) {
                return adjectival; // "un taux de chômage ramené à 6 %": the noun the participle follows
            }
        }
        int start = clauses.clauseStart(text, end, sentence[0], false);
        for (Token t = tokens.next(start); t != null && t.end() <= end; t = tokens.next(t.end())) {
            if (words.clauseOpeners.contains(text, t)) {
                start = t.end(); // "le FMI estime que la croissance sera de 3,1 %": the subject follows "que"
            }
        }
        PhraseTable.Match<Boolean> hypothesis = words.hypotheticals.matchAt(text, start);
        if (hypothesis != null && hypothesis.start() == Tokens.nextStart(text, start) && hypothesis.end() <= end) {
            start = hypothesis.end(); // "si le taux est de 9 %": the subject follows "si"
        }
        PhraseTable.Match<Boolean> pronoun = words.pronouns.matchAt(text, start);
        if (pronoun != null && Chars.skipSpacesBack(text, end) == pronoun.end()) {
            return Subject.PRONOUN;
        }
        Subject phrase = nounPhrase(text, start, end);
        PhraseTable.Match<Modality> role = phrase.text == null ? null : words.modalityCues.matchAt(phrase.text, 0);
        if (role != null && role.end() == phrase.text.length()) {
            return Subject.NONE; // "l'objectif est de 25 000 tonnes": the figure's role, not what it measures
        }
        return phrase;
    }

    /** Whether a copula stands right before the figure, or before "de" or "à" and the figure ("a été de 2 %"). */
    private boolean isRightBefore(String text, Token copula, Mention figure) {
        Token next = tokens.next(copula.end());
        while (next != null && words.verbGroupAdverbs.contains(text, next)) {
            next = tokens.next(next.end()); // "étaient encore 1 200"
        }
        if (next != null && verbs.isWrittenParticiple(text, next)) {
            next = tokens.next(next.end()); // "est estimé à", "sont chiffrés à"
        }
        if (next != null && next.start() != figure.start()
                && (words.nounAmountLinks.contains(text, next) || words.changeToWords.contains(text, next))) {
            next = tokens.next(next.end());
            if (next != null && text.charAt(next.start()) == '\'') {
                next = tokens.next(next.end());
            }
        }
        return next != null && next.start() == figure.start();
    }

    /** The noun phrase between a determiner and {@code end}, of up to four words: "un taux de chômage". */
    private Subject phraseAfterDeterminer(String text, int end) {
        Token noun = tokens.previous(end);
        for (int k = 0; k < 4 && noun != null && (Chars.isWordChar(text.charAt(noun.start()))
                || text.charAt(noun.start()) == '\'') && !words.clauseOpeners.contains(text, noun); k++) {
            // not across a clause opener: "the group said profit dropped to" has no noun phrase "group said profit"
            PhraseTable.Match<Boolean> article = words.determiners.matchEndingAt(text, noun.start());
            if (article != null && Tokens.previousEnd(text, noun.start()) == article.end()) {
                if (!Chars.isWordChar(text.charAt(noun.start())) || lexicon.isFunctionWord(text, noun)
                        || words.auxiliaries.contains(text, noun)) {
                    return null;
                }
                Subject phrase = nounPhrase(text, noun.start(), end);
                return phrase.text == null ? null : phrase;
            }
            noun = tokens.previous(noun.start());
        }
        return null;
    }

    /**
     * Whether {@code k} is the apostrophe or the ending of a possessive inside a noun
     * phrase (possessive-endings.txt): "city's" of "the city's population", glued to
     * the noun before it and followed by a word.
     */
    private boolean isPossessive(String text, Token k, Token previous, Token next) {
        if (previous == null || next == null || previous.end() != k.start()) {
            return false;
        }
        if (Chars.isApostrophe(text.charAt(k.start()))) {
            return k.end() == next.start() && words.possessiveEndings.contains(text, next);
        }
        return Chars.isApostrophe(text.charAt(previous.start())) && words.possessiveEndings.contains(text, k)
                && Chars.isWordChar(text.charAt(next.start()));
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
        while ((t = this.tokens.next(p)) != null && t.end() <= end) {
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
            Token next = to + 1 < tokens.size() ? tokens.get(to + 1) : null;
            boolean joinsNoun = words.nounComplementLinks.contains(text, k) // "chiffre d'affaires", "part de marché"
                    || text.charAt(k.start()) == '\'' && words.nounPhraseElisions.contains(text, previous)
                    || isWholeLink(text, previous) && words.nounPhraseElisions.contains(text, k) // "part de l'export"
                    || isPossessive(text, k, previous, next); // "the city's population"
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
                && from == 0 && to - from == 1 && !words.articleFreeNouns.contains(text, tokens.get(from))) {
            return Subject.NONE; // "Renault a atteint": a name, most likely, unless a noun said without article
        }
        return new Subject(phrase, false);
    }
}
