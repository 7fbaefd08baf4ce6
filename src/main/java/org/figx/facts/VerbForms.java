package org.figx.facts;

import org.figx.Modality;
import org.figx.lang.PhraseTable;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * How the facts stage reads a word as a verb, all from the word lists of
 * {@link FactWords}: an auxiliary as written ("a", not "à"), a future or
 * conditional ("atteindra", "pourrait"), an infinitive, a past participle (folded,
 * or as written: "ramené"), a cue of modality that is not a noun ("le chiffre").
 */
final class VerbForms {
    private final FactWords words;
    private final WindowTokens tokens;

    /** @param tokens the tokens of the one text this reads (outside their window, the text's own) */
    VerbForms(FactWords words, WindowTokens tokens) {
        this.words = words;
        this.tokens = tokens;
    }

    /** An auxiliary as written: folded, the preposition "à" reads as "a". */
    boolean isAuxiliary(String text, Token t) {
        return words.auxiliaries.contains(text, t)
                && words.auxiliarySpellings.contains(text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a word reads as a verb: an auxiliary, a copula, a measuring verb, a cue, a future. */
    boolean isVerb(String text, Token t) {
        if (isAuxiliary(text, t) || words.copulas.contains(text, t) || words.nearFutureAuxiliaries.contains(text, t)
                || words.measureVerbs.contains(text, t) && !afterDeterminer(text, t) && !isWrittenParticiple(text, t)
                || isFutureForm(text, t)) {
            return true;
        }
        PhraseTable.Match<Modality> cue = words.modalityCues.matchAt(text, t.start());
        return cue != null && cue.start() == t.start() && !afterDeterminer(text, t)
                || cueAt(text, t, Integer.MAX_VALUE) != null;
    }

    /**
     * A cue of modality-cues.txt or a form of a verb of modality-verbs.txt starting at
     * {@code t} and ending before the figure; a verb form after a determiner or before
     * "de" is a noun ("le chiffre d'affaires", "ce chiffre de 3 %").
     */
    PhraseTable.Match<Modality> cueAt(String text, Token t, int figureStart) {
        PhraseTable.Match<Modality> cue = words.modalityCues.matchAt(text, t.start());
        if (cue != null && cue.start() == t.start() && cue.end() <= figureStart) {
            return cue;
        }
        PhraseTable.Match<Modality> verb = words.verbCues.forms.matchAt(text, t.start());
        if (verb == null || verb.start() != t.start() || verb.end() > figureStart) {
            return null;
        }
        Token next = tokens.next(verb.end());
        boolean beforeComplement = next != null && words.nounComplementLinks.contains(text, next);
        return afterDeterminer(text, t) || beforeComplement ? null : verb;
    }

    /** Whether a word follows a determiner, and so is a noun ("le chiffre", "une baisse", "l'affiche"). */
    boolean afterDeterminer(String text, Token t) {
        PhraseTable.Match<Boolean> article = words.determiners.matchEndingAt(text, t.start());
        return article != null && Tokens.previousEnd(text, t.start()) == article.end();
    }

    /**
     * Whether a word is a future or conditional form: one of the endings of
     * future-endings.txt or conditional-endings.txt written whole ("sera"), or a word of
     * 5 letters or more ending with one of 3 letters or more ("atteindra", "pourrait").
     */
    boolean isFutureForm(String text, Token t) {
        return words.futureEndings.isOne(text, t.start(), t.end())
                || t.end() - t.start() >= 5 && words.futureEndings.endsWithOne(text, t.start(), t.end(), 3);
    }

    /** Whether a word ends like an infinitive ("augmenter", "atteindre"), folded, and has 4 letters or more. */
    boolean isInfinitive(String text, Token t) {
        return t.end() - t.start() >= 4 && words.infinitiveEndings.endsWithOne(text, t.start(), t.end(), 0);
    }

    /**
     * Whether a word is a past participle: written so, accent and all ("mesuré", whose
     * folded "mesure" ends like the infinitive "atteindre"), or ending like one when folded.
     */
    boolean isParticiple(String text, Token t) {
        return isWrittenParticiple(text, t) || t.end() - t.start() >= 3
                && words.participleEndings.endsWithOne(text, t.start(), t.end(), 0) && !isInfinitive(text, t);
    }

    /**
     * Whether a word is written as a past participle of a regular verb, accent and all
     * ("ramené", "chiffrées"): folded, "passe" and "passé" are one word.
     */
    boolean isWrittenParticiple(String text, Token t) {
        String word = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
        for (String ending : words.participleSpellings) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The word after {@code t} in its verb group, past adverbs ("vont encore grimper"). */
    Token nextInGroup(String text, Token t) {
        Token next = tokens.next(t.end());
        while (next != null && words.verbGroupAdverbs.contains(text, next)) {
            next = tokens.next(next.end());
        }
        return next != null && Chars.isWordChar(text.charAt(next.start())) ? next : null;
    }
}
