package org.figx.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.numbers.NumberParser;
import org.figx.numbers.ParsedNumber;
import org.figx.text.Chars;
import org.figx.text.IntList;
import org.figx.text.Fold;
import org.figx.text.FoldedWordMap;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * The one pass over a whole text: finds every number (digits or words) and
 * parses it where it stands. Everything else works only around what this finds.
 *
 * <p>Digits that are not figures are stepped over here, once: inside web
 * addresses and e-mail addresses, glued to letters ("A320", "COVID-19", "5G",
 * "14h30"), phone numbers, and numeric dates and clock times ("27/11/2024",
 * "2024-11-27", "14:30"), which are the date recognizer's business.
 */
public final class NumberScanner {
    private final Lexicon lexicon;
    private final NumberParser parser;
    /** "moitié", "dizaines": words that begin a fractional or vague amount. */
    private final java.util.Set<String> vagueStarts;
    /**
     * What each word the scan stops at may begin, as {@link #NUMBER_START},
     * {@link #ANCHOR} bits: one look-up per word of the text, which most words fail.
     */
    private final FoldedWordMap<Integer> roles;

    /** A number word or a sign word ("moins"): a number may be read from here. */
    private static final int NUMBER_START = 1;
    /** A word a date or time may be read from ("novembre", "hier") or an ordinal ends with ("deuxième"). */
    private static final int ANCHOR = 2;

    public NumberScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.parser = lexicon.numberParser();
        this.vagueStarts = java.util.Set.copyOf(parser.vagueStartWords());
        java.util.Map<String, Integer> byWord = new java.util.HashMap<>();
        java.util.List<java.util.Collection<String>> numberStarts = java.util.List.of(
                lexicon.numberWords().startWords(), lexicon.signWords().keySet(), vagueStarts);
        java.util.List<java.util.Collection<String>> anchors = java.util.List.of(
                lexicon.temporal().anchors().words(), lexicon.ordinals().lastWords().words());
        // loops, not lambdas: each lambda is one more class to make at start-up
        for (java.util.Collection<String> words : numberStarts) {
            addRole(byWord, words, NUMBER_START);
        }
        for (java.util.Collection<String> words : anchors) {
            addRole(byWord, words, ANCHOR);
        }
        this.roles = new FoldedWordMap<>(byWord);
    }

    private static void addRole(java.util.Map<String, Integer> byWord, java.util.Collection<String> words, int role) {
        for (String w : words) {
            Integer roles = byWord.get(w);
            byWord.put(w, roles == null ? role : roles | role);
        }
    }

    /** "XIXe", "IIe", "Ier": capital Roman numerals (Latin script, no one language's) with an ordinal suffix. */
    private static boolean isRomanOrdinal(String t, int i, int we) {
        int k = i;
        while (k < we && "IVXLC".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        boolean oneLetter = k == i + 1;
        return k > i && k < we && Character.isLowerCase(t.charAt(k)) && !(oneLetter && "IVX".indexOf(t.charAt(i)) < 0);
    }

    /** "T1", "S2", "Q3": a quarter or half written as a capital of year-part-letters.txt and a digit. */
    private boolean isQuarterCode(String t, int i, int we) {
        return we == i + 1 && Character.isUpperCase(t.charAt(i)) && we < t.length() && Chars.isDigit(t.charAt(we))
                && lexicon.temporal().yearPartLetters().get(t, i, we) != null
                && (we + 1 == t.length() || !Chars.isDigit(t.charAt(we + 1)));
    }

    /** What one pass over a window found: its numbers, and where temporal expressions may start. */
    public record Scan(List<ParsedNumber> numbers, int[] temporalAnchors) {
    }

    /** Every number in {@code t}. */
    public List<ParsedNumber> scan(String t) {
        return scan(t, 0, t.length()).numbers();
    }

    /**
     * Every number starting in {@code t[from, to)}; {@code to} must be at a line
     * break (or the end), which no number crosses. Offsets stay those of {@code t}.
     */
    public Scan scan(String t, int from, int to) {
        WindowTokens tokens = new WindowTokens();
        tokens.read(t, from, to);
        return scan(tokens);
    }

    /**
     * {@link #scan(String, int, int)} of the window {@code tokens} were read from: each
     * word's end and folded hash are the tokens' own, read once for every recognizer.
     */
    public Scan scan(WindowTokens tokens) {
        String t = tokens.text();
        int from = tokens.from();
        int to = tokens.to();
        List<ParsedNumber> found = new ArrayList<>();
        IntList anchors = new IntList();
        int n = to;
        int i = from;
        // markup left in scraped text (<img width="640">) is looked for only where a '<' is
        boolean markup = tokens.contains('<');
        while (i < n) {
            char c = tokens.charAt(i); // the window's copy: String.charAt checks each index of UTF-16 text
            if (Chars.isDigit(c)) {
                i = atDigit(t, i, found, anchors, markup);
            } else if (Chars.isWordChar(c)) {
                i = atWord(t, i, found, anchors, tokens);
            } else if (org.figx.numbers.VulgarFractions.is(c)) {
                i = atDigit(t, i, found, anchors, markup); // "½", "¾": read as figures
            } else {
                i++;
            }
        }
        return new Scan(restatedInBrackets(t, found), anchors.toArray());
    }

    /**
     * "thirty (30) days", "45 (forty-five)": a number restated in brackets right after
     * itself, with the same value, is one number spanning both.
     */
    private static List<ParsedNumber> restatedInBrackets(String t, List<ParsedNumber> found) {
        List<ParsedNumber> out = null; // copied once, the first time two numbers merge
        int k = 0;
        while (k < found.size()) {
            ParsedNumber a = found.get(k);
            ParsedNumber b = k + 1 < found.size() ? found.get(k + 1) : null;
            if (b != null && restates(t, a, b)) {
                if (out == null) {
                    out = new ArrayList<>(found.subList(0, k));
                }
                int end = b.end() + 1;
                out.add(new ParsedNumber(a.start(), end, a.value(), a.scale(), a.hasScale() ? a.scaleStart() : end,
                        a.spelled(), a.grouped(), a.decimal(), a.signed(), a.digitCount(), a.approximate(), a.upper(),
                        false));
                k += 2;
            } else {
                if (out != null) {
                    out.add(a);
                }
                k++;
            }
        }
        return out == null ? found : out;
    }

    /** Whether {@code b} restates {@code a} in brackets right after it, in digits or words. */
    private static boolean restates(String t, ParsedNumber a, ParsedNumber b) {
        int open = Chars.skipSpaces(t, a.end());
        return open - a.end() <= 1 && open < t.length() && t.charAt(open) == '(' && b.start() == open + 1
                && b.end() < t.length() && t.charAt(b.end()) == ')' && a.spelled() != b.spelled()
                && a.value().compareTo(b.value()) == 0 && !a.bareFraction() && !b.bareFraction();
    }

    private int atDigit(String t, int i, List<ParsedNumber> found, IntList anchors, boolean markup) {
        int address = NotFigures.addressEnd(t, i, markup);
        if (address > i) {
            return address;
        }
        int phone = NotFigures.phoneNumberEnd(t, i);
        if (phone > i) {
            return phone;
        }
        int score = NotFigures.scoreEnd(t, i);
        if (score > i) {
            return score; // "won 3-1": a score, no figures and no range
        }
        int temporal = NotFigures.numericDateOrTimeEnd(t, i);
        if (temporal > i) {
            // the unit test first: most numeric dates and times are followed by none, and are not parsed
            ParsedNumber fraction = unitFollows(t, temporal) ? parser.parseDigits(t, i) : null;
            if (fraction != null && fraction.bareFraction() && fraction.end() == temporal) {
                found.add(fraction); // "3/4 cup", "1/2 hour": a fraction of a unit, not a day and month
                return temporal;
            }
            anchors.add(i);
            return temporal;
        }
        int skip = NotFigures.skipFrom(t, i, lexicon, markup);
        if (skip > i) {
            return skip;
        }
        ParsedNumber number = parser.parseDigits(t, i);
        if (number == null) {
            return i + 1;
        }
        if (number.end() < t.length() && Chars.isWordChar(t.charAt(number.end()))
                && !lexicon.currencies().isCodeOrSymbolAt(t, number.end())
                && lexicon.units().symbolAt(t, number.end()) == null
                && !gluedPercentUnit(t, number.end())
                && !gluedTimeUnit(t, number)) {
            // glued to letters that are neither a scale nor a currency: "5G", "3D", "1er", "14h";
            // "1er" and "13e" may still be days of a date
            anchors.add(i);
            return Chars.wordEnd(t, number.end());
        }
        found.add(number);
        return Math.max(number.end(), i + 1);
    }

    /** "3.2pc", "5pct": a percent unit glued to the digits ending at {@code pos}. */
    private boolean gluedPercentUnit(String t, int pos) {
        org.figx.lang.PhraseTable.Match<String> unit = lexicon.percentUnits().matchAt(t, pos);
        return unit != null && unit.start() == pos && (unit.end() == t.length() || !Chars.isWordChar(t.charAt(unit.end())));
    }

    /** Whether a unit symbol or name follows {@code pos}, after one space at most. */
    private boolean unitFollows(String t, int pos) {
        int q = pos < t.length() && Chars.isSpace(t.charAt(pos)) ? pos + 1 : pos;
        if (q >= t.length() || !Chars.isWordChar(t.charAt(q))) {
            return false;
        }
        org.figx.lang.PhraseTable.Match<String> name = lexicon.units().names().matchAt(t, q);
        return lexicon.units().symbolAt(t, q) != null || name != null && name.start() == q
                || lexicon.isTimeUnit(t, new Token(q, Chars.wordEnd(t, q))); // "in 1/2 hour", "3/4h"
    }

    /**
     * A length of time written without its space: "5heures", "10ans", "2,5h". A
     * whole number glued to a one-letter unit stays a clock reading or a code
     * ("14h", "30s"), read elsewhere.
     */
    private boolean gluedTimeUnit(String t, ParsedNumber number) {
        Token unit = new Token(number.end(), Chars.wordEnd(t, number.end()));
        return lexicon.temporal().units().get(t, unit) != null
                && (unit.end() - unit.start() > 1 || number.value().stripTrailingZeros().scale() > 0);
    }

    private int atWord(String t, int i, List<ParsedNumber> found, IntList anchors, WindowTokens tokens) {
        // every word of the text comes here: its end and folded hash are those the window's tokens read
        int index = tokens.indexAt(i);
        int we;
        int hash;
        if (index >= 0) {
            we = tokens.end(index);
            hash = tokens.hash(index);
        } else { // inside a word, after a number read from its middle: read from here
            we = i;
            hash = 0;
            char c;
            while (we < t.length() && Chars.isWordChar(c = t.charAt(we))) {
                hash = FoldedWordMap.hashStep(hash, Fold.fold(c));
                we++;
            }
        }
        if (i > 0 && (Chars.isWordChar(t.charAt(i - 1)) || Chars.isDigit(t.charAt(i - 1)))) {
            return we;
        }
        Integer known = roles.getHashed(t, i, we, hash);
        int role = known == null ? 0 : known;
        if ((role & ANCHOR) != 0 || isQuarterCode(t, i, we) || isRomanOrdinal(t, i, we)) {
            anchors.add(i);
        }
        if ((role & NUMBER_START) == 0) {
            return we;
        }
        String word = Fold.fold(t, i, we);
        if (lexicon.signWords().containsKey(word)) {
            ParsedNumber signedNumber = afterSignWord(t, i, we, lexicon.signWords().get(word));
            if (signedNumber != null) {
                found.add(signedNumber);
                return signedNumber.end();
            }
            return we;
        }
        if (!lexicon.numberWords().canStartNumber(word) && !vagueStarts.contains(word)) {
            return we;
        }
        ParsedNumber number = parser.parseWords(tokens, i);
        if (number == null) {
            return we;
        }
        found.add(number);
        return Math.max(number.end(), we);
    }

    /**
     * "moins 12", "moins cinq degrés": a sign word right before a number. Not when
     * the word ends a qualifier ("au moins 12") or a comparison ("moins de 12").
     */
    private ParsedNumber afterSignWord(String t, int wordStart, int wordEnd, int sign) {
        Token next = Tokens.next(t, wordEnd);
        PhraseTable.Match<?> qualifier = lexicon.qualifiers().matchEndingAt(t, wordEnd);
        if (next == null || qualifier != null && qualifier.start() < wordStart) {
            return null;
        }
        ParsedNumber number;
        if (Chars.isDigit(t.charAt(next.start()))) {
            if (NotFigures.skipFrom(t, next.start(), lexicon) > next.start()) {
                return null;
            }
            number = parser.parseDigits(t, next.start());
        } else if (lexicon.numberWords().canStartNumber(t, next)) {
            number = parser.parseWords(t, next.start());
        } else {
            return null;
        }
        if (number == null || number.signed()) {
            return null;
        }
        return new ParsedNumber(wordStart, number.end(), number.value().multiply(BigDecimal.valueOf(sign)),
                number.scale(), number.scaleStart(), number.spelled(), number.grouped(), number.decimal(), true,
                number.digitCount(), number.approximate(), null, false);
    }
}
