package org.figx.extract;

import java.math.BigDecimal;
import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.Fold;
import org.figx.text.Token;
import org.figx.text.WindowTokens;

/**
 * Plain numbers: what is left of the scanner's numbers once money, percent
 * and the other recognizers have had theirs, minus numbers that are not
 * figures in context: years ("en 2023"), parts of dates and durations
 * ("27 novembre", "24 heures"), the article "un"/"une", the adjective "neuf",
 * the "cent" of "pour cent".
 */
final class NumberRecognizer implements Recognizer {
    /** From a million up, scale words are nouns: they count through "de" ("2 millions de personnes"). */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** "28", "1 234,56", "2 millions": written in digits. */
    private static final FigureRule DIGITS = FigureRule.named("number");
    /** "vingt-huit", "une centaine": written in words. */
    private static final FigureRule SPELLED = FigureRule.named("spelled-number");
    /** "300 contrats", "2 millions de personnes": a count, its unit the noun counted. */
    private static final FigureRule COUNTED_NOUN = FigureRule.named("counted-noun");

    private final Lexicon lexicon;
    private final YearRule years;

    NumberRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.years = new YearRule(lexicon);
    }

    @Override
    public void propose(Window window, List<Mention> out) {
        FigureBuilder figures = window.figures();
        List<ParsedNumber> numbers = window.numbers();
        String t = figures.text();
        WindowTokens w = window.tokens();
        for (ParsedNumber n : numbers) {
            if (!isFigure(w, n)) {
                continue;
            }
            Token noun = countedNoun(w, n);
            if (noun != null) {
                Token quoted = quotedNoun(w, noun);
                noun = quoted != null ? quoted : withComplement(w, noun);
                // "plus de 300 contrats": a count, its unit the noun as written; a quoted noun
                // ("de « gilets jaunes »") is its words in the quotes, the closing mark in the span
                int end = quoted != null ? w.next(quoted.end()).end() : noun.end();
                Figure count = new Figure(n, n.start(), end, t.substring(noun.start(), noun.end()), COUNTED_NOUN);
                out.add(figures.build(Kind.QUANTITY, count, UnitMatcher.NONE));
                out.addAll(figures.changeFromItem(Kind.QUANTITY, count)); // "porté de 300 à 450 postes"
            } else {
                out.add(figures.build(Kind.NUMBER, new Figure(n, n.start(), n.end(), null, n.spelled() ? SPELLED : DIGITS),
                        UnitMatcher.NONE));
            }
        }
    }

    private boolean isFigure(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        return !n.bareFraction() && !years.isYear(t, n) && !isTemporal(w, n) && !isArticle(w, n) && !isAdjective(w, n)
                && !isInsidePercentWords(t, n) && !isNamePart(w, n) && !isBoth(t, n) && !isNumbering(t, n);
    }

    /** "la ligne n° 4", "le numéro deux du gouvernement": a number that names, not a figure. */
    private boolean isNumbering(String t, ParsedNumber n) {
        return lexicon.numberingWords().matchEndingAt(t, n.start()) != null;
    }

    /**
     * A model or index name: a bare integer right after a capitalised word that
     * does not begin the sentence ("le CAC 40", "un Boeing 737", "la Ligue 1").
     */
    private boolean isNamePart(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        if (!n.isBareInteger()) {
            return false;
        }
        Token name = w.previous(n.start());
        if (name == null || !Character.isUpperCase(t.charAt(name.start())) || !Chars.isWordChar(t.charAt(name.start()))
                || !onlySpacesBetween(t, name.end(), n.start())) {
            return false;
        }
        Token beforeName = w.previous(name.start());
        if (beforeName != null && beforeName.end() - beforeName.start() == 1 && isOpeningQuote(t.charAt(beforeName.start()))) {
            beforeName = w.previous(beforeName.start()); // le "Top 14": a name in quotes
        }
        return beforeName != null && Chars.isWordChar(t.charAt(beforeName.start()));
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u00AB' || c == '\u201C';
    }

    private static boolean onlySpacesBetween(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chars.isSpace(t.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    /** "les deux pays": "both", not a count. */
    private boolean isBoth(String t, ParsedNumber n) {
        if (!n.spelled()) {
            return false;
        }
        PhraseTable.Match<Boolean> both = lexicon.bothPhrases().matchEndingAt(t, n.end());
        return both != null && both.start() < n.start();
    }

    /**
     * Part of a date or a duration: a month name or time unit follows, perhaps
     * after "premiers" ("9 premiers mois"), or after a second number joined by a
     * word or dash ("du 27 au 28 novembre").
     */
    private boolean isTemporal(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        Token next = w.next(n.end());
        if (next == null) {
            return false;
        }
        if (lexicon.isTimeUnitModifier(t, next)) {
            Token unit = w.next(next.end());
            return unit != null && lexicon.isTimeUnit(t, unit);
        }
        if (lexicon.isMonthName(t, next) || lexicon.isTimeUnit(t, next)) {
            return true;
        }
        // "du 27 au 28 novembre", "27-28 novembre"; not "166 000 le 24 novembre", a figure and its date
        if (lexicon.isDayRangeLink(t, next) || next.end() - next.start() == 1 && Chars.isRangeDash(t.charAt(next.start()))) {
            Token second = w.next(next.end());
            if (second != null && Chars.isDigit(t.charAt(second.start()))) {
                Token after = w.next(second.end());
                return after != null && lexicon.isMonthName(t, after);
            }
        }
        return false;
    }

    /**
     * The noun a number counts: the word right after it ("300 contrats", "deux
     * motos"), or after "de" for a scaled or round amount ("2 millions de
     * personnes", "une centaine de manifestants"). Not a small word, a unit, a
     * month, a currency or a word that is never counted ("fois", "contre"), and
     * only in lower case (a name follows "Airbus A" or "CAC 40").
     */
    private Token countedNoun(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        if (n.signed() || n.value().signum() < 0 || n.value().stripTrailingZeros().scale() > 0) {
            return null; // things are counted in whole numbers
        }
        Token next = w.next(n.end());
        if (next == null || next.start() - n.end() > 2) {
            return null;
        }
        int signAt = Chars.skipSpacesBack(t, n.start());
        if (signAt > 0 && Chars.isCurrencySymbol(t.charAt(signAt - 1))) {
            return null; // "$3.5bn of shares": an amount of money, not a count of shares
        }
        if (isQuoteMark(t, next) && closes(t, next)) {
            next = w.next(next.end()); // « 2 à 3 millions » de foyers: the quotation closes on the figure
            if (next == null) {
                return null;
            }
        }
        Token before = w.previous(n.start());
        if (before != null && lexicon.isProportionWord(t, before)) {
            return null; // "un sur deux déjeune": the second figure of a proportion
        }
        boolean afterDe = false;
        if (n.scale().compareTo(MILLION) >= 0 || n.approximate()) {
            // "150 millions de vues": a million or a round amount counts only through "de"
            PhraseTable.Match<Boolean> link = lexicon.countLinks().matchAt(w, next);
            if (link != null && link.start() == next.start()) {
                next = w.next(link.end());
                if (next == null) {
                    return null;
                }
                afterDe = true;
            } else if (!lexicon.scalesCountDirectly()) {
                return null;
            }
        }
        if (isQuoteMark(t, next) && !closes(t, next)) {
            next = w.next(next.end()); // 3 millions de « gilets jaunes », 300 « casseurs »
            if (next == null) {
                return null;
            }
        }
        if (lexicon.isAdjectiveBeforeNoun(t, next)) {
            // "dix grands groupes": the count is of the noun after the adjective
            Token noun = w.next(next.end());
            if (noun == null || noun.start() - next.end() > 1) {
                return null;
            }
            next = noun;
        }
        char first = t.charAt(next.start());
        // "3 millions d'Allemands": a people's name, capitalised, after "de" and in the plural
        boolean people = afterDe && Character.isUpperCase(first) && lexicon.endsLikePlural(t, next);
        if (!Chars.isWordChar(first) || !Character.isLowerCase(first) && !people || next.end() - next.start() < 2) {
            return null;
        }
        if (n.value().compareTo(BigDecimal.ONE) > 0 && !lexicon.endsLikePlural(t, next)) {
            return null; // more than one thing is a plural: "de 2022 affichent", "2019 souligne" count nothing
        }
        boolean excluded = lexicon.isFunctionWord(t, next) || lexicon.isNotCounted(t, next)
                || lexicon.isVerbAfterFigure(t, next) || lexicon.isTimeUnit(t, next)
                || lexicon.isMonthName(t, next) || lexicon.isTimeUnitModifier(t, next)
                || lexicon.temporal().weekdays().get(t, next) != null || lexicon.temporal().boundaries().get(t, next) != null
                || lexicon.currencies().names().matchAt(w, next) != null
                || lexicon.units().names().matchAt(w, next) != null && !lexicon.countsThings(t, next)
                || lexicon.percentUnits().matchAt(w, next) != null
                || lexicon.isPercentagePointWord(t, next) || lexicon.ordinals().lastWords().contains(t, next)
                || lexicon.numberWords().canStartNumber(t, next);
        return excluded ? null : next;
    }

    /** A quotation mark standing alone as a token: « » " “ ”. */
    private static boolean isQuoteMark(String t, Token k) {
        if (k.end() - k.start() != 1) {
            return false;
        }
        char c = t.charAt(k.start());
        return c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D';
    }

    /** Whether a quotation mark closes a quotation: », ”, or a " after an opening one. */
    private static boolean closes(String t, Token mark) {
        char c = t.charAt(mark.start());
        return c == '\u00BB' || c == '\u201D' || c == '"' && Chars.closesQuotation(t, mark.start());
    }

    /** How many words a quoted counted noun may have ("« gilets jaunes »"). */
    private static final int QUOTED_NOUN_WORDS = 4;

    /**
     * The words of a counted noun in quotation marks, from {@code noun} to the last
     * word before the closing mark ("gilets jaunes" in "de « gilets jaunes »"), or
     * null when no quotation mark opens right before it or none closes soon after.
     */
    private static Token quotedNoun(WindowTokens w, Token noun) {
        String t = w.text();
        Token open = w.previous(noun.start());
        if (open == null || !isQuoteMark(t, open) || closes(t, open)) {
            return null;
        }
        Token last = noun;
        for (int k = 0; k < QUOTED_NOUN_WORDS; k++) {
            Token after = w.next(last.end());
            if (after == null) {
                return null;
            }
            if (isQuoteMark(t, after)) {
                return new Token(noun.start(), last.end());
            }
            if (!Chars.isWordChar(t.charAt(after.start()))) {
                return null;
            }
            last = after;
        }
        return null;
    }

    /** "trains d'atterrissage": a counted noun with its "de" complement, when that is a plain noun. */
    private Token withComplement(WindowTokens w, Token noun) {
        String t = w.text();
        Token de = w.next(noun.end());
        if (de == null || de.start() != noun.end() + 1) {
            return noun;
        }
        boolean elided = Fold.equals(t, de.start(), de.end(), "d") && de.end() < t.length()
                && Chars.isApostrophe(t.charAt(de.end()));
        if (!elided) {
            return noun; // "d'" only: "de" is too often a preposition of the sentence
        }
        Token complement = w.next(de.end() + 1);
        if (complement == null || complement.start() != de.end() + 1 || !Character.isLowerCase(t.charAt(complement.start()))
                || lexicon.isFunctionWord(t, complement) || lexicon.currencies().names().matchAt(w, complement) != null) {
            return noun;
        }
        return new Token(noun.start(), complement.end());
    }

    /** "un"/"une" alone is an article, unless it counts: "un sur deux". */
    private boolean isArticle(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        if (!n.spelled() || n.value().compareTo(BigDecimal.ONE) != 0 || n.hasScale()) {
            return false;
        }
        Token next = w.next(n.end());
        if (!lexicon.isDeterminer(t, new Token(n.start(), n.end()))) {
            // "one", not the article "a": a number, unless a pronoun ("one of them")
            return next != null && lexicon.countLinks().matchAt(t, next) != null;
        }
        if (next == null || !lexicon.isProportionWord(t, next)) {
            return true;
        }
        Token count = w.next(next.end());
        return count == null || !(Chars.isDigit(t.charAt(count.start()))
                || lexicon.numberWords().canStartNumber(t, count));
    }

    /**
     * "un bâtiment neuf", "remis à neuf": an ambiguous number word at the end of
     * a clause or coordinated with another adjective is the adjective.
     */
    private boolean isAdjective(WindowTokens w, ParsedNumber n) {
        String t = w.text();
        if (!n.spelled() || !lexicon.isAmbiguousNumberWord(t, new Token(n.start(), n.end()))) {
            return false;
        }
        Token before = w.previous(n.start());
        if (before != null && lexicon.isAdjectiveCue(t, before)) {
            return true;
        }
        Token next = w.next(n.end());
        if (next == null || !Chars.isWordChar(t.charAt(next.start()))) {
            return true;
        }
        return lexicon.isAdjectiveCue(t, next);
    }

    /** The "cent" of "pour cent" is part of a percent sign, not a hundred. */
    private boolean isInsidePercentWords(String t, ParsedNumber n) {
        PhraseTable.Match<String> unit = lexicon.percentUnits().matchEndingAt(t, n.end());
        return unit != null && unit.start() < n.start();
    }
}
