package org.figx.extract;

import java.math.BigDecimal;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.Qualifier;
import org.figx.lang.Lexicon;
import org.figx.lang.Ordinals;
import org.figx.lang.PhraseTable;
import org.figx.numbers.RomanNumeral;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.WindowTokens;

/**
 * Ranks: "1er", "2e", "35ème", "premier", "vingt et unième", "IIe", "XIXe".
 * Not a rank before a title or idiom ("Premier ministre", "premier plan"), and
 * "XIXe siècle" or "1er janvier" are dates, which win by length.
 */
final class OrdinalRecognizer implements Recognizer {
    /** "1er", "2e", "35ème". */
    private static final String DIGITS = "ordinal-digits";
    /** "premier", "vingt et unième". */
    private static final String WORDS = "ordinal-words";
    /** "XIXe", "IIe". */
    private static final String ROMAN = "ordinal-roman";

    private final Ordinals ordinals;

    OrdinalRecognizer(Lexicon lexicon) {
        this.ordinals = lexicon.ordinals();
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        String t = window.text();
        WindowTokens w = window.tokens();
        for (int anchor : window.temporalAnchors()) {
            Mention m = Chars.isDigit(t.charAt(anchor)) ? digits(w, anchor) : word(w, anchor);
            if (m != null && !isTitle(w, m.end())) {
                out.add(m);
            }
        }
    }

    /** "1er", "2e", "35ème": digits with a glued suffix. */
    private Mention digits(WindowTokens w, int start) {
        String t = w.text();
        int end = start;
        while (end < t.length() && Chars.isDigit(t.charAt(end))) {
            end++;
        }
        if (end - start > 4) {
            return null;
        }
        Token suffix = w.next(end);
        if (suffix == null || suffix.start() != end) {
            return null;
        }
        PhraseTable.Match<Integer> m = ordinals.suffixes().matchAt(w, suffix);
        if (m == null || m.end() != suffix.end()) {
            return null;
        }
        return mention(t, start, suffix.end(), Integer.parseInt(t.substring(start, end)), DIGITS);
    }

    /** How many words before its last an ordinal phrase may start ("vingt et unième"). */
    private static final int WORDS_BEFORE = 3;

    /**
     * "premier", "dix-septième", "vingt et unième" (read from its first word:
     * the scanner anchors on the last), or a Roman numeral "XIXe".
     */
    private Mention word(WindowTokens w, int start) {
        String t = w.text();
        Token lastWord = w.next(start);
        PhraseTable.Match<Integer> best = null;
        int from = start;
        for (int k = 0; k <= WORDS_BEFORE && lastWord != null; k++) {
            PhraseTable.Match<Integer> spelled = ordinals.words().matchAt(w, from);
            if (spelled != null && spelled.start() == from && spelled.end() == lastWord.end()) {
                best = spelled;
            }
            Token before = w.previous(from);
            if (before == null) {
                break;
            }
            from = before.start();
        }
        if (best != null) {
            Token before = w.previous(best.start());
            if (before != null && ordinals.exclusionsBefore().contains(t, before)) {
                return null; // "matières premières"
            }
            return mention(t, best.start(), best.end(), best.value(), WORDS);
        }
        RomanNumeral roman = RomanNumeral.at(t, start, t.length());
        Token word = w.next(start);
        if (roman == null || word == null || roman.end() == start + 1 && "IVX".indexOf(t.charAt(start)) < 0) {
            return null; // one letter: "Ier", "Ve", "Xe"; "Le" and "Ce" are words
        }
        int k = roman.end();
        PhraseTable.Match<Integer> suffix = ordinals.suffixes().matchAt(t.substring(k, word.end()), 0);
        if (suffix == null || suffix.end() != word.end() - k) {
            return null;
        }
        return mention(t, start, word.end(), roman.value(), ROMAN);
    }

    private static Mention mention(String t, int start, int end, int rank, String rule) {
        return Mention.of(Kind.ORDINAL, start, end, t.substring(start, end), String.valueOf(rank), null, null,
                Qualifier.EXACT, rule);
    }

    /** "Premier ministre", "au premier plan": the next word makes it a title or idiom. */
    private boolean isTitle(WindowTokens w, int end) {
        Token next = w.next(end);
        return next != null && ordinals.exclusions().contains(w.text(), next);
    }
}
