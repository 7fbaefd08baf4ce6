package org.figx.facts;

import org.figx.lang.PhraseTable;
import org.figx.text.Chars;
import org.figx.text.IntList;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * Where a clause starts and how many clause breaks stand between two points of a
 * sentence: commas, semicolons, colons, parentheses, quotation marks, comparisons
 * ("contre", "par rapport à") and joining words ("et", "mais") that open a clause
 * with its own verb. A figure's time, cue and subject are looked for in its own
 * clause first.
 */
final class Clauses {
    private final FactWords words;
    private final VerbForms verbs;
    private final WindowTokens tokens;

    /** @param tokens the tokens of the one text this reads (outside their window, the text's own) */
    Clauses(FactWords words, VerbForms verbs, WindowTokens tokens) {
        this.words = words;
        this.verbs = verbs;
        this.tokens = tokens;
    }

    /** The word text[p, end) as a token: the window's, which carries its folded hash, if it is one. */
    private Token word(int p, int end) {
        int index = tokens.indexAt(p);
        return index >= 0 && tokens.end(index) == end ? tokens.token(index) : new Token(p, end);
    }

    /**
     * Commas, semicolons, colons, parentheses, quotation marks, comparisons ("contre")
     * and joining words ("et", "mais") in text[from, to); a joining word right before a
     * mention joins two figures or times, not two clauses ("3 % et 5 % en 2024").
     */
    int clauseBreaks(String text, int from, int to, java.util.Set<Integer> mentionStarts) {
        return breaks(text, from, to, mentionStarts, null);
    }

    /**
     * Where each clause break of text[from, to) starts, in order: a span between two
     * mentions of that stretch holds the breaks whose position lies in it
     * ({@link ClauseBreakCounter}).
     */
    int[] breakPositions(String text, int from, int to, java.util.Set<Integer> mentionStarts) {
        IntList positions = new IntList();
        breaks(text, from, to, mentionStarts, positions);
        return positions.toArray();
    }

    /** Counts the breaks of text[from, to), adding where each starts to {@code positions} when given. */
    private int breaks(String text, int from, int to, java.util.Set<Integer> mentionStarts, IntList positions) {
        int breaks = 0;
        int p = from;
        while (p < to) {
            char c = text.charAt(p);
            int at = p;
            boolean isBreak = false;
            if (isBreakMark(c) && !isDecimalComma(text, p)) {
                isBreak = true;
                p++;
            } else if (Chars.isWordChar(c)) {
                int e = Chars.wordEnd(text, p);
                Token word = word(p, e); // the word read once
                PhraseTable.Match<Boolean> base = words.comparisonBases.matchAt(text, word);
                if (base != null && base.start() == p && base.end() <= to) {
                    isBreak = true;
                    p = base.end();
                } else {
                    // a joining word's clause runs to the next mention, whatever "to" is
                    isBreak = words.clauseBreaks.contains(text, word) && !mentionStarts.contains(Tokens.nextStart(text, e))
                            && joinsClauses(text, e, to, mentionStarts);
                    p = e;
                }
            } else {
                p++;
            }
            if (isBreak) {
                breaks++;
                if (positions != null) {
                    positions.add(at);
                }
            }
        }
        return breaks;
    }

    /**
     * Whether the words after a joining word ("et") up to the next mention hold a verb,
     * so that it joins two clauses: "et le groupe prévoit 5 %" does, "et les importations
     * de 4 % en 2024" (a verb left out) joins two figures of one clause.
     */
    boolean joinsClauses(String text, int from, int to, java.util.Set<Integer> mentionStarts) {
        for (Token t = tokens.next(from); t != null && t.start() < to && !mentionStarts.contains(t.start());
                t = tokens.next(t.end())) {
            if (!Chars.isWordChar(text.charAt(t.start()))) {
                if (isBreakMark(text.charAt(t.start()))) {
                    return true;
                }
                continue;
            }
            if (verbs.isVerb(text, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the comma at {@code p} is the decimal comma of a number ("1,20 euro"). */
    static boolean isDecimalComma(String text, int p) {
        return text.charAt(p) == ',' && p > 0 && p + 1 < text.length()
                && Chars.isDigit(text.charAt(p - 1)) && Chars.isDigit(text.charAt(p + 1));
    }

    /** The first comma in text[from, to) that is no decimal comma, or -1. */
    static int phraseComma(String text, int from, int to) {
        for (int p = text.indexOf(',', from); p >= 0 && p < to; p = text.indexOf(',', p + 1)) {
            if (!isDecimalComma(text, p)) {
                return p;
            }
        }
        return -1;
    }

    /** Punctuation that ends a clause, a parenthesis or a quotation. */
    static boolean isBreakMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u00AB' || c == '\u00BB'
                || c == '"' || c == '\u201C' || c == '\u201D';
    }

    /** Start of the clause holding {@code pos}: after the last break before it in the sentence. */
    int clauseStart(String text, int pos, int sentenceStart) {
        return clauseStart(text, pos, sentenceStart, true);
    }

    /**
     * @param wordsBreak whether joining words ("et") end a clause; not for a subject, where
     *                   "les recettes pétrolières et gazières" is one noun phrase
     */
    int clauseStart(String text, int pos, int sentenceStart, boolean wordsBreak) {
        int p = pos;
        boolean closed = false;
        while (p > sentenceStart) {
            Token t = tokens.previous(p);
            if (t == null || t.start() < sentenceStart) {
                return sentenceStart;
            }
            int dash = spacedDashIn(text, t.start(), p);
            if (dash >= 0) {
                // "Lyon, 4 mars 2025 – Le chiffre", "LONDON, Feb 12 - Revenue reached": a dateline ends
                // there (a hyphen is no token, so the gap after the token is read too)
                return dash + 1;
            }
            char c = text.charAt(t.start());
            if ((c == ',' || c == ';' || c == ':') && !isDecimalComma(text, t.start())) {
                return t.end();
            }
            if (c == ')') {
                closed = true; // "les ventes (hors effets de change) ont progressé": one clause
            } else if (c == '(' && !closed) {
                return t.end(); // "(elle était de 6,5 %)": the figure is inside
            }
            if (wordsBreak && (isBreakMark(c) || words.clauseBreaks.contains(text, t)
                    && words.hypotheticals.matchEndingAt(text, t.end()) == null)) {
                return t.end(); // "au cas où" opens a hypothesis: "où" is no break there
            }
            PhraseTable.Match<Boolean> base = wordsBreak ? words.comparisonBases.matchAt(text, t.start()) : null;
            if (base != null && base.start() == t.start() && base.end() <= pos) {
                return base.end(); // "contre 4,4 %": the cue before "contre" is another figure's
            }
            p = t.start();
        }
        return sentenceStart;
    }

    /** Where a dash or hyphen standing alone between spaces is in text[from, to), or -1. */
    private static int spacedDashIn(String text, int from, int to) {
        for (int i = Math.max(from, 1); i < to && i + 1 < text.length(); i++) {
            if (Chars.isRangeDash(text.charAt(i)) && Chars.isSpace(text.charAt(i - 1))
                    && Chars.isSpace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a comparison ("contre", "par rapport à") stands in text[from, to). */
    boolean comparisonBetween(String text, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (Token t = tokens.next(from); t != null && t.start() < to; t = tokens.next(t.end())) {
            PhraseTable.Match<Boolean> base = words.comparisonBases.matchAt(text, t.start());
            if (base != null && base.start() == t.start() && base.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** The "(" of a parenthesis still open at {@code pos} in the sentence, or -1. */
    static int openParenthesis(String text, int pos, int sentenceStart) {
        for (int p = pos - 1; p >= sentenceStart; p--) {
            char c = text.charAt(p);
            if (c == ')') {
                return -1;
            }
            if (c == '(') {
                return p;
            }
        }
        return -1;
    }
}
