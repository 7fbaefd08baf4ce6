package org.figx.extract;

import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * What bare "N points" measure: percentage points when what moves is a
 * percentage ("le taux de chômage a reculé de 2 points"), points of an index
 * or a score otherwise ("le CAC 40 a perdu 120 points"). The cue words are
 * rate-words.txt and index-words.txt; the rule that weighs them is written in
 * the header of rate-words.txt, so that it is read where the words are edited.
 */
final class PointsMeaning {
    /** How far back or ahead in its sentence a cue word may stand. */
    private static final int CUE_WINDOW = 200;
    private static final int MAX_GAP = 2;

    /** Percentage points (percent, unit pp) or index and score points (quantity, unit "points"). */
    enum Meaning { PERCENTAGE_POINTS, POINTS }

    /** A points word right after a number: where it ends and what it means. */
    record Points(int end, Meaning meaning) {
    }

    private final Lexicon lexicon;

    PointsMeaning(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** End of a points word ("points", "pt", "-point") right after {@code pos}, or -1. */
    int pointsWordEnd(String t, int pos) {
        return pointsWordEnd(t, null, pos);
    }

    /** {@link #pointsWordEnd(String, int)}, the word read from the window's tokens when {@code w} is not null. */
    private int pointsWordEnd(String t, WindowTokens w, int pos) {
        int q = Chars.skipSpaces(t, pos);
        if (q - pos > MAX_GAP || q >= t.length()) {
            return -1;
        }
        Token word = w != null ? w.next(q) : Tokens.next(t, q); // the window's: looked up from its hash
        boolean adjacent = word != null && (word.start() == q || word.start() == q + 1 && Chars.isHyphen(t.charAt(q)));
        return adjacent && lexicon.isPercentagePointWord(t, word) ? word.end() : -1;
    }

    /** The points after {@code n} and what they measure, or null when no points word follows it. */
    Points after(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        int end = pointsWordEnd(t, w, n.end()); // after every number: most find no points word
        if (end < 0) {
            return null;
        }
        Meaning cued = cueBefore(t, n.start());
        if (cued == null) {
            cued = cueAfter(t, end);
        }
        if (cued == null && isSpelledOne(n)) {
            return null; // "un point presse", "un point de vigilance": the article, no figure
        }
        if (cued == null) {
            cued = n.signed() || n.decimal() ? Meaning.PERCENTAGE_POINTS : Meaning.POINTS;
        }
        return new Points(end, cued);
    }

    private static boolean isSpelledOne(ParsedNumber n) {
        return n.spelled() && !n.hasScale() && n.value().compareTo(java.math.BigDecimal.ONE) == 0;
    }

    private Meaning wordCue(String t, Token word) {
        if (!Chars.isWordChar(t.charAt(word.start()))) {
            return null;
        }
        return lexicon.isRateWord(t, word) ? Meaning.PERCENTAGE_POINTS
                : lexicon.isIndexWord(t, word) ? Meaning.POINTS : null;
    }

    private static boolean isPercentSign(String t, Token word) {
        return t.charAt(word.start()) == '%';
    }

    private static boolean endsSentence(String t, Token word) {
        char c = t.charAt(word.start());
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * The cue before {@code pos} in its sentence: the nearest word that heads its
     * noun phrase ("le CAC 40 a perdu 1,5 %, soit 110 points": an index), else a
     * percentage ("pleins à 61 %, 9 points de moins"), else the nearest word in a
     * complement ("la hausse des taux" with nothing else).
     */
    private Meaning cueBefore(String t, int pos) {
        int limit = Math.max(0, pos - CUE_WINDOW);
        Meaning inComplement = null;
        boolean percentage = false;
        int p = pos;
        while (p > limit) {
            Token word = Tokens.previous(t, p);
            if (word == null || endsSentence(t, word)) {
                break;
            }
            percentage |= isPercentSign(t, word);
            Meaning cue = wordCue(t, word);
            if (cue != null) {
                if (!isInComplement(t, word)) {
                    return cue;
                }
                inComplement = inComplement == null ? cue : inComplement;
            }
            p = word.start();
        }
        return percentage ? Meaning.PERCENTAGE_POINTS : inComplement;
    }

    private Meaning cueAfter(String t, int pos) {
        int limit = Math.min(t.length(), pos + CUE_WINDOW);
        int p = pos;
        while (p < limit) {
            Token word = Tokens.next(t, p);
            if (word == null || endsSentence(t, word)) {
                return null;
            }
            Meaning cue = isPercentSign(t, word) ? Meaning.PERCENTAGE_POINTS : wordCue(t, word);
            if (cue != null) {
                return cue;
            }
            p = word.end();
        }
        return null;
    }

    /** "du CAC 40", "de l'indice": a word right after a complement link, perhaps with an article between. */
    private boolean isInComplement(String t, Token word) {
        if (isLinkBefore(t, word.start())) {
            return true; // "du CAC 40"
        }
        PhraseTable.Match<Boolean> article = lexicon.determiners().matchEndingAt(t, word.start());
        return article != null && article.end() <= word.start() && isLinkBefore(t, article.start()); // "de l'indice"
    }

    private boolean isLinkBefore(String t, int pos) {
        Token link = Tokens.previous(t, pos);
        if (link != null && link.end() - link.start() == 1 && Chars.isApostrophe(t.charAt(link.start()))) {
            link = Tokens.previous(t, link.start()); // "d'": the apostrophe is a token of its own
        }
        return link != null && lexicon.isComplementLink(t, link);
    }
}
