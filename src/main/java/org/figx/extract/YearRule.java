package org.figx.extract;

import java.math.BigDecimal;
import org.figx.lang.Lexicon;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;

/** Which four-digit numbers are years: the date recognizer reports them, the number recognizer leaves them. */
final class YearRule {
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1000);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2199);

    private final Lexicon lexicon;

    YearRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A bare four-digit number from 1000 to 2199 is a year when a year cue or
     * month precedes it ("en 2023", "novembre 2024"), when a weak cue precedes it and
     * no noun it may count follows ("pour 2026 seulement"), when it pairs with another
     * year ("de 2020 à 2023"), when a verb follows it ("2026 devrait être"), or when
     * no word it could count follows it ("2023, année record", "le plan 2030 prévoit": a
     * word in the singular); "1500 salariés" and "1500 à manifester" are counts.
     */
    boolean isYear(String t, ParsedNumber n) {
        if (!isYearLike(n)) {
            return false;
        }
        if (isCuedYear(t, n)) {
            return true;
        }
        Token after = Tokens.next(t, n.end());
        if (after == null || !Chars.isWordChar(t.charAt(after.start()))) {
            return true;
        }
        Token before = Tokens.previous(t, n.start());
        if (before != null && lexicon.isWeakYearCue(t, before) && !mayBeCounted(t, after)) {
            return true; // "à partir de 2027 seulement", "les comptes de 2022 affichent"
        }
        if (lexicon.isVerbAfterFigure(t, after)) {
            return true; // "2026 devrait être une année charnière"
        }
        if (!lexicon.isFunctionWord(t, after)) {
            // "la loi de 1905 reste", "le plan 2030 prévoit": a word in the singular is no
            // noun the number counts; "1500 salariés", "1500 seulement", "1500 Parisiens" are counts
            return Character.isLowerCase(t.charAt(after.start())) && !lexicon.endsLikePlural(t, after)
                    && !lexicon.isNotCounted(t, after);
        }
        if (lexicon.isRangeConnector(t, after)) {
            Token other = Tokens.next(t, after.end());
            return other != null && Chars.isDigit(t.charAt(other.start()))
                    && isYearLike(lexicon.numberParser().parseDigits(t, other.start()));
        }
        return true;
    }

    /** Whether {@code word} may be a noun a number counts: a word in lower case, in the plural, of no closed class. */
    private boolean mayBeCounted(String t, Token word) {
        return Character.isLowerCase(t.charAt(word.start())) && lexicon.endsLikePlural(t, word)
                && !lexicon.isFunctionWord(t, word) && !lexicon.isNotCounted(t, word)
                && !lexicon.isVerbAfterFigure(t, word);
    }

    /** A year with its cue before it: "en 2020", "depuis 2017", "novembre 2024". */
    boolean isCuedYear(String t, ParsedNumber n) {
        Token before = isYearLike(n) ? Tokens.previous(t, n.start()) : null;
        return before != null && lexicon.isYearCue(t, before);
    }

    private static boolean isYearLike(ParsedNumber n) {
        return n != null && n.isBareInteger() && n.digitCount() == 4 && n.value().compareTo(FIRST_YEAR) >= 0
                && n.value().compareTo(LAST_YEAR) <= 0;
    }
}
