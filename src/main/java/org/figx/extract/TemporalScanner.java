package org.figx.extract;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.lang.TemporalWords;
import org.figx.numbers.ParsedNumber;
import org.figx.grammar.TokenClass;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * What the temporal grammar reads of one text below the level of rules:
 * tokens (cached, since rule after rule asks for the same ones), word-list
 * look-ups, and the slots of the grammar files — numbers, years, days of the
 * month and the lexemes written without spaces ("27/11/2024", "14h30").
 * Knows the language only through its {@link Lexicon}: no word is written here.
 */
class TemporalScanner implements org.figx.grammar.Scanner {
    final String t;
    final Lexicon lexicon;
    final TemporalWords words;
    final PhraseTable<Integer> dayOrdinals;

    /** A scanner of all of {@code text}, read into tokens here: for one short text. */
    TemporalScanner(String text, Lexicon lexicon) {
        this(WindowTokens.of(text), lexicon, new ReadCache());
    }

    /**
     * A scanner of the window {@code tokens} were read from (offsets are those of its
     * whole text), remembering its reads in {@code reads}, cleared here.
     */
    TemporalScanner(WindowTokens tokens, Lexicon lexicon, ReadCache reads) {
        this.t = tokens.text();
        this.tokens = tokens;
        reads.clear();
        this.reads = reads;
        this.lexicon = lexicon;
        this.words = lexicon.temporal();
        this.dayOrdinals = words.dayOrdinals();
    }

    record DayAt(int end, int day) {
    }

    /**
     * The window's tokens, read once: the grammar tries rule after rule from the same
     * anchor and asks for the same tokens again.
     */
    private final WindowTokens tokens;

    @Override
    public Token next(int pos) {
        return tokens.next(pos);
    }

    /** The token ending at or before {@code pos} on its line ({@link Tokens#previous}), or null. */
    Token previous(int pos) {
        return tokens.previous(pos);
    }

    /**
     * The ids of the window's tokens in the grammar's vocabulary, by token index, plus
     * one (0: not looked up yet): rule after rule tests the same token, which is then
     * looked up once, from the hash the window's one reading made. Its vocabulary is
     * the one grammar this scanner serves.
     */
    private int[] idOf;
    private org.figx.grammar.WordIds idsCached;

    @Override
    public int wordId(Token k, org.figx.grammar.WordIds ids) {
        int index = tokens.indexAt(k.start());
        if (index < 0 || tokens.end(index) != k.end()) {
            return ids.of(t, k.start(), k.end()); // not one of the window's tokens: a part of one
        }
        if (ids != idsCached || idOf == null) {
            idOf = new int[tokens.count()];
            idsCached = ids;
        }
        int known = idOf[index];
        if (known != 0) {
            return known - 1;
        }
        int id = ids.ofHashed(t, k.start(), k.end(), tokens.hash(index));
        idOf[index] = id + 1;
        return id;
    }

    boolean isDigits(Token k) {
        return k != null && Chars.isDigit(t.charAt(k.start()));
    }

    int intOf(Token k) {
        return k.end() - k.start() > 9 ? Integer.MAX_VALUE : Integer.parseInt(t, k.start(), k.end(), 10);
    }

    boolean glued(Token a, Token b) {
        return b != null && a != null && b.start() == a.end();
    }

    boolean dashBetween(Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (Chars.isRangeDash(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** End of a month name, plus its full stop if it is an abbreviation ("janv.", not "juin."). */
    int withDot(Token k) {
        boolean abbreviation = !words.fullMonthNames().contains(t, k);
        return abbreviation && k.end() < t.length() && t.charAt(k.end()) == '.' ? k.end() + 1 : k.end();
    }

    Integer monthAt(Token k) {
        return k == null ? null : words.months().get(t, k);
    }

    DayOfWeek weekdayAt(Token k) {
        if (k == null) {
            return null;
        }
        DayOfWeek day = words.weekdays().get(t, k);
        if (day == null && k.end() < t.length() && t.charAt(k.end()) == '.') {
            day = words.weekdayAbbreviations().get(t, k);
        }
        return day;
    }

    /** A day of the month: "27", "1er", "13e", "premier", "quinze". */
    DayAt dayAt(Token k) {
        if (k == null) {
            return null;
        }
        if (isDigits(k)) {
            if (k.end() - k.start() > 2) {
                return null;
            }
            int d = intOf(k);
            if (d < 1 || d > 31 || k.end() < t.length() && (t.charAt(k.end()) == ',' || t.charAt(k.end()) == '.')
                    && k.end() + 1 < t.length() && Chars.isDigit(t.charAt(k.end() + 1))) {
                return null;
            }
            Token suffix = next(k.end());
            if (glued(k, suffix) && Chars.isWordChar(t.charAt(suffix.start()))) {
                PhraseTable.Match<Integer> ordinal = dayOrdinals.matchAt(t, suffix);
                if (ordinal == null || ordinal.end() != suffix.end() || ordinal.value() != 0) {
                    return null; // "14h", "5G": not a day
                }
                return new DayAt(suffix.end(), d);
            }
            return new DayAt(k.end(), d);
        }
        PhraseTable.Match<Integer> first = dayOrdinals.matchAt(t, k);
        if (first != null && first.value() > 0 && first.start() == k.start()) {
            return new DayAt(first.end(), first.value());
        }
        ParsedNumber spelled = lexicon.numberParser().parseWords(tokens, k.start());
        if (spelled != null && !spelled.approximate() && spelled.value().scale() <= 0) {
            int d = spelled.value().intValue();
            if (d >= 2 && d <= 31) {
                return new DayAt(spelled.end(), d);
            }
        }
        return null;
    }

    /** A four-digit year, or two digits when {@code shortAllowed} ("31 octobre 74"). */
    Integer yearAt(Token k, boolean shortAllowed) {
        if (!isDigits(k) || k.end() < t.length() && (Chars.isWordChar(t.charAt(k.end()))
                || t.charAt(k.end()) == ',' && k.end() + 1 < t.length() && Chars.isDigit(t.charAt(k.end() + 1)))) {
            return null;
        }
        int len = k.end() - k.start();
        int y = intOf(k);
        if (len == 4 && y >= 1000 && y <= 2199) {
            return y;
        }
        if (len == 2 && shortAllowed) {
            return y >= 50 ? 1900 + y : 2000 + y;
        }
        return null;
    }

    @Override
    public String text() {
        return t;
    }

    @Override
    public org.figx.grammar.Item fromList(String list, Token k) {
        org.figx.grammar.Item known = reads.get(list, k.start());
        if (known != null) {
            return ReadCache.isNothing(known) ? null : known;
        }
        PhraseTable.Match<?> m = words.grammarLists().at(list, tokens, k);
        if (m != null && m.end() == m.start() + 1 && Chars.closesQuotation(t, m.start())) {
            m = null; // "le plan 2030": a closing quotation mark is punctuation, whatever list names it
        }
        return reads.put(list, k.start(), m == null ? null : new org.figx.grammar.Item(m.start(), m.end(), m.value()));
    }

    /** Word lists and slots already read, by position. */
    final ReadCache reads;

    /** The slots the scanner reads itself, each read once per position (rule after rule asks again). */
    @Override
    public org.figx.grammar.Item slot(String type, Token k) {
        org.figx.grammar.Item known = reads.get(type, k.start());
        if (known != null) {
            return ReadCache.isNothing(known) ? null : known;
        }
        return reads.put(type, k.start(), readSlot(type, k));
    }

    /**
     * The folded words slot {@code type} may start with, {@link TokenClass} keys standing
     * for figures and capitalised words: the grammar tries a rule starting with a slot
     * only at those. Null when it may start anywhere ({@code dash}, {@code word}).
     * {@code SlotStartsTest} holds every slot to it on the project's texts.
     */
    static java.util.Collection<String> firstWords(Lexicon lexicon, String type) {
        return switch (type) {
            case "count" -> withDigits(lexicon.numberWords().startWords());
            case "amount", "bare-amount" -> {
                java.util.Set<String> starts = withDigits(lexicon.numberWords().startWords());
                starts.addAll(lexicon.numberParser().vagueStartWords()); // "moitié", "dizaines"
                starts.addAll(lexicon.numberParser().wordsBeforeVague()); // "la moitié", "des dizaines"
                yield starts;
            }
            case "year", "colon-time", "colon-seconds", "clock-digits", "decade" -> java.util.Set.of(TokenClass.DIGITS);
            case "clock-word" -> lexicon.temporal().clockWords().keys();
            case "ordinal" -> java.util.Set.of(TokenClass.DIGITS, TokenClass.CAPITAL); // "21e", "XXIe"
            case "year-part" -> lexicon.temporal().yearPartLetters().keys();
            default -> DateSlots.firstWords(lexicon, type);
        };
    }

    private static java.util.Set<String> withDigits(java.util.Collection<String> words) {
        java.util.Set<String> starts = new java.util.HashSet<>(words);
        starts.add(TokenClass.DIGITS);
        return starts;
    }

    /** What slot {@code type} reads at token {@code k}, read anew ({@link #slot} remembers it). */
    private org.figx.grammar.Item readSlot(String type, Token k) {
        return switch (type) {
            case "count" -> {
                Count c = countAt(k);
                yield c == null || c.scaledOrDecimal() ? null : new org.figx.grammar.Item(k.start(), c.end(), c.value());
            }
            case "year" -> {
                Integer y = yearAt(k, false);
                yield y == null ? null : new org.figx.grammar.Item(k.start(), k.end(), y);
            }
            case "dash" -> rangeDash(k);
            case "clock-word" -> clockWord(k);
            case "colon-time" -> colonTime(k);
            case "colon-seconds" -> colonSeconds(k);
            case "clock-digits" -> clockDigits(k);
            case "amount", "bare-amount" -> amountAt(k, type.equals("bare-amount"));
            case "ordinal", "year-part", "decade" -> YearLexemes.read(this, type, k);
            default -> {
                if (DateSlots.TYPES.contains(type)) {
                    yield DateSlots.read(this, type, k); // the parts of calendar dates
                }
                throw new IllegalArgumentException("unknown slot " + type);
            }
        };
    }

    /**
     * A range dash before token {@code k}: a dash token of its own ("2019 – 2021"),
     * or a hyphen among the separators just before {@code k} ("13-15"), which
     * reads as nothing (an empty item at {@code k}).
     */
    private org.figx.grammar.Item rangeDash(Token k) {
        if (k.end() == k.start() + 1 && Chars.isRangeDash(t.charAt(k.start()))) {
            return new org.figx.grammar.Item(k.start(), k.end(), null);
        }
        for (int i = k.start() - 1; i >= 0 && (Chars.isSpace(t.charAt(i)) || Chars.isHyphen(t.charAt(i))); i--) {
            if (Chars.isRangeDash(t.charAt(i))) {
                return new org.figx.grammar.Item(k.start(), k.start(), null);
            }
        }
        return null;
    }

    /** The numbers the number scanner read in this text, in text order (see {@link #useNumbers}). */
    private java.util.List<ParsedNumber> numbers = java.util.List.of();

    /** The numbers already read in this text, for the {@code amount} slots: they are not parsed again. */
    void useNumbers(java.util.List<ParsedNumber> parsed) {
        this.numbers = parsed;
    }

    /**
     * An amount of something ("24", "2,5", "trois", "une demi"), as the number
     * scanner read it at {@code k}: above zero, no sign, no scale word ("deux
     * millions"). When {@code bare}, nothing it could count follows: the end of
     * the line, a sign, or a function word ("une heure trente, ...").
     */
    private org.figx.grammar.Item amountAt(Token k, boolean bare) {
        int lo = 0;
        int hi = numbers.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ParsedNumber n = numbers.get(mid);
            if (n.start() < k.start()) {
                lo = mid + 1;
            } else if (n.start() > k.start()) {
                hi = mid - 1;
            } else {
                if (n.signed() || n.value().signum() <= 0 || n.hasScale()) {
                    return null;
                }
                Token after = bare ? next(n.end()) : null;
                if (after != null && Chars.isWordChar(t.charAt(after.start())) && !lexicon.isFunctionWord(t, after)) {
                    return null;
                }
                return new org.figx.grammar.Item(n.start(), n.end(), n.value());
            }
        }
        return null;
    }

    @Override
    public org.figx.grammar.Item recall(String key, int pos) {
        return reads.get(key, pos);
    }

    @Override
    public org.figx.grammar.Item remember(String key, int pos, org.figx.grammar.Item item) {
        return reads.put(key, pos, item);
    }

    /**
     * A word of the clock-words list written alone: not joined by a hyphen to
     * another word (the "midi" of "après-midi", "Midi-Pyrénées"), not capitalised
     * after a word (a name: "dans le Midi"). Its value is the hour.
     */
    private org.figx.grammar.Item clockWord(Token k) {
        Integer hour = words.clockWords().get(t, k);
        if (hour == null || k.start() > 0 && Chars.isHyphen(t.charAt(k.start() - 1))
                || k.end() < t.length() && Chars.isHyphen(t.charAt(k.end()))) {
            return null;
        }
        Token before = Character.isUpperCase(t.charAt(k.start())) ? previous(k.start()) : null;
        if (before != null && Chars.isWordChar(t.charAt(before.start()))) {
            return null;
        }
        return new org.figx.grammar.Item(k.start(), k.end(), hour);
    }

    /** "15:30": hours, a colon and two digits glued, read as minutes from midnight (930). */
    private org.figx.grammar.Item colonTime(Token k) {
        int end = k.end();
        if (!isDigits(k) || end - k.start() > 2 || end + 3 > t.length() || t.charAt(end) != ':'
                || !Chars.isDigit(t.charAt(end + 1)) || !Chars.isDigit(t.charAt(end + 2))
                || end + 3 < t.length() && Chars.isDigit(t.charAt(end + 3))) {
            return null;
        }
        int hour = intOf(k);
        int minute = Integer.parseInt(t, end + 1, end + 3, 10);
        return hour > 24 || minute >= 60 ? null : new org.figx.grammar.Item(k.start(), end + 3, hour * 60 + minute);
    }

    /**
     * "1030", "730", "150": hours and minutes written as three or four digits with
     * nothing between (a clock only where a rule says so: "at 1030", "330 p.m."), read
     * as minutes from midnight; not a part of a longer number ("1,030", "10.30").
     */
    private org.figx.grammar.Item clockDigits(Token k) {
        int length = k.end() - k.start();
        if (!isDigits(k) || length < 3 || length > 4 || k.end() < t.length() && (Chars.isDigit(t.charAt(k.end()))
                || (t.charAt(k.end()) == ',' || t.charAt(k.end()) == '.') && k.end() + 1 < t.length()
                && Chars.isDigit(t.charAt(k.end() + 1)))
                || k.start() > 0 && (t.charAt(k.start() - 1) == ',' || t.charAt(k.start() - 1) == '.')
                || k.end() < t.length() && isUnitSign(t.charAt(k.end()))) {
            return null;
        }
        int hhmm = intOf(k);
        int hour = hhmm / 100;
        int minute = hhmm % 100;
        return hour > 23 || minute >= 60 ? null : new org.figx.grammar.Item(k.start(), k.end(), hour * 60 + minute);
    }

    /** A sign glued after digits that makes them a measure, never a clock: "100°C", "150%", "120$". */
    private static boolean isUnitSign(char c) {
        return c == '\u00B0' || c == '%' || c == '\u2030' || Chars.isCurrencySymbol(c);
    }

    /** "10:15:42": a clock time and two more digits after a second colon, read as seconds from midnight. */
    private org.figx.grammar.Item colonSeconds(Token k) {
        org.figx.grammar.Item time = colonTime(k);
        int end = time == null ? -1 : time.end();
        if (time == null || end + 3 > t.length() || t.charAt(end) != ':' || !twoDigits(end + 1)) {
            return null;
        }
        int second = Integer.parseInt(t, end + 1, end + 3, 10);
        return second >= 60 ? null
                : new org.figx.grammar.Item(k.start(), end + 3, ((Integer) time.value()) * 60 + second);
    }

    int digitsEnd(int p) {
        while (p < t.length() && Chars.isDigit(t.charAt(p))) {
            p++;
        }
        return p;
    }

    boolean twoDigits(int p) {
        return p + 2 <= t.length() && Chars.isDigit(t.charAt(p)) && Chars.isDigit(t.charAt(p + 1))
                && (p + 2 == t.length() || !Chars.isDigit(t.charAt(p + 2)));
    }

    /** The last number parsed and where (rule after rule asks for the number at the same token). */
    private int numberFrom = -1;
    private ParsedNumber numberRead;

    ParsedNumber numberAt(Token k) {
        if (k == null) {
            return null;
        }
        if (k.start() == numberFrom) {
            return numberRead;
        }
        numberRead = isDigits(k) ? lexicon.numberParser().parseDigits(t, k.start())
                : lexicon.numberParser().parseWords(tokens, k.start());
        numberFrom = k.start();
        return numberRead;
    }

    /** How many units a relative date counts ("deux", "3", "un"), and where that count ends. */
    record Count(BigDecimal value, int end, boolean scaledOrDecimal) {
    }

    /** The count written at {@code k}: a number, or the word for one ("un", "une"), which the parser leaves alone. */
    Count countAt(Token k) {
        if (k != null && k.start() >= 2 && (t.charAt(k.start() - 1) == ',' || t.charAt(k.start() - 1) == '.')
                && Chars.isDigit(t.charAt(k.start() - 2))) {
            return null; // the "5" of "2,5": the end of another number
        }
        // a word no spelled number starts with is read no further ("le", "mois"): counts are read everywhere
        ParsedNumber number = isDigits(k) || k != null && lexicon.numberWords().canStartNumber(t, k) ? numberAt(k) : null;
        if (number != null) {
            return new Count(number.value(), number.end(), number.hasScale() || number.decimal());
        }
        // "un", "une": the word for one, which the parser leaves to the article, is a count here
        PhraseTable.Match<Integer> one = k == null ? null : lexicon.numberWords().belowHundred().matchAt(t, k);
        return one != null && one.value() == 1 && one.start() == k.start() && one.end() == k.end()
                ? new Count(BigDecimal.ONE, k.end(), false) : null;
    }
}
