package org.figx.text;

import java.util.Arrays;

/**
 * The tokens of one window of a text ({@link Tokens}' tokens: runs of letters, runs
 * of digits, single other characters), read in one pass when the window is opened,
 * with the folded hash of each ({@link FoldedWordMap#hashStep}).
 *
 * <p>Why: the recognizers ask for the same tokens again and again (the temporal
 * grammar tries rule after rule from the same place), and each ask re-read the
 * characters through {@code String.charAt}, whose index checks on UTF-16 text (any
 * article with a typographic apostrophe) were the largest self time of a run. Here
 * the window's characters are copied once into an array and read once; a token
 * asked for by its start is an array look-up, and a word's look-up in a
 * {@link FoldedWordMap} starts from its hash ({@link FoldedWordMap#getHashed}).
 *
 * <p>One instance is reused window after window by one thread ({@link #read}); it
 * answers for positions inside the window it last read and hands anything else
 * (a position inside a token, outside the window) to {@link Tokens}, so that its
 * answers are always those of {@link Tokens} on the whole text.
 */
public final class WindowTokens {
    private String text = "";
    private int from;
    private int to;
    /** text[from, to), read without String's checks. */
    private char[] chars = new char[0];
    private int count;
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    /** The folded hash of each token (see {@link FoldedWordMap#hashStep}). */
    private int[] hashes = new int[0];
    /**
     * By offset from {@code from}, what {@link #next} answers there, read once with the
     * window (the temporal grammar alone asks for about one token per character of
     * text): 1 + the index of the token, {@link #LINE_END} when the line ends first, or
     * {@link #ASK_TEXT} inside a token (a shorter token starts there) and after the last.
     */
    private int[] nextAt = new int[0];
    private static final int LINE_END = -1;
    private static final int ASK_TEXT = 0;
    /** By offset from {@code from}: 1 + the index of the token ending there, 0 where none ends. */
    private int[] indexEndingAt = new int[0];
    /** The tokens handed out, by index, made on first ask. */
    private Token[] made = new Token[0];

    /** The tokens of all of {@code text}: for a caller that reads one short text (tests, one phrase). */
    public static WindowTokens of(String text) {
        WindowTokens tokens = new WindowTokens();
        tokens.read(text, 0, text.length());
        return tokens;
    }

    /**
     * Reads the tokens starting in text[from, to), forgetting the window read before.
     * {@code from} is 0 or just after a line break, {@code to} the end of the text or just
     * after a line break, as {@code Extractor}'s windows are: no token crosses either.
     */
    public void read(String text, int from, int to) {
        forget();
        this.text = text;
        this.from = from;
        this.to = to;
        int n = to - from;
        if (chars.length < n) {
            int size = Math.max(n, chars.length * 3 / 2);
            chars = new char[size];
            nextAt = new int[size];
            indexEndingAt = new int[size + 1];
        }
        text.getChars(from, to, chars, 0);
        char[] cs = chars;
        int i = 0;
        int gap = 0; // where the separators and line breaks before the next token start
        while (i < n) {
            char c = cs[i];
            int end;
            int hash = 0;
            if (Chars.isWordChar(c)) {
                end = i;
                while (end < n && Chars.isWordChar(c = cs[end])) {
                    hash = FoldedWordMap.hashStep(hash, Fold.fold(c));
                    end++;
                }
            } else if (Chars.isDigit(c)) {
                end = i;
                while (end < n && Chars.isDigit(c = cs[end])) {
                    hash = FoldedWordMap.hashStep(hash, c); // a digit folds to itself
                    end++;
                }
            } else if (Tokens.isSeparator(c) || c == '\n' || c == '\r') {
                i++;
                continue;
            } else {
                end = i + 1;
                hash = FoldedWordMap.hashStep(0, Fold.fold(c));
            }
            add(from + i, from + end, hash);
            fillGap(gap, i, count);
            nextAt[i] = count;
            for (int p = i + 1; p < end; p++) {
                nextAt[p] = ASK_TEXT;
            }
            indexEndingAt[end] = count;
            i = end;
            gap = end;
        }
        fillGap(gap, n, ASK_TEXT); // after the last token: the text goes on after the window's line break
    }

    /**
     * {@link #nextAt} over the separators and line breaks at offsets [gap, end), before
     * the token {@code next} stands for: a line break ends the line of those before it.
     */
    private void fillGap(int gap, int end, int next) {
        char[] cs = chars;
        int answer = next;
        for (int p = end - 1; p >= gap; p--) {
            char c = cs[p];
            if (c == '\n' || c == '\r') {
                answer = LINE_END;
            }
            nextAt[p] = answer;
        }
    }

    /** Clears what the last window left in the arrays that are read by offset. */
    private void forget() {
        for (int k = 0; k < count; k++) {
            indexEndingAt[ends[k] - from] = 0;
            made[k] = null;
        }
        count = 0;
    }

    private void add(int start, int end, int hash) {
        if (count == starts.length) {
            int size = Math.max(64, count * 2);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            hashes = Arrays.copyOf(hashes, size);
            made = Arrays.copyOf(made, size);
        }
        starts[count] = start;
        ends[count] = end;
        hashes[count] = hash;
        count++;
    }

    /** The text the window is part of. */
    public String text() {
        return text;
    }

    /** Where the window starts in its text. */
    public int from() {
        return from;
    }

    /** Where the window ends in its text (exclusive). */
    public int to() {
        return to;
    }

    /** How many tokens the window holds. */
    public int count() {
        return count;
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return ends[index];
    }

    /** The folded hash of token {@code index}, as {@link FoldedWordMap#getHashed} takes it. */
    public int hash(int index) {
        return hashes[index];
    }

    /** The index of the token starting at {@code pos}, or -1 (no token starts there, or it is outside the window). */
    public int indexAt(int pos) {
        int i = pos - from;
        if (i < 0 || pos >= to) {
            return -1;
        }
        int index = nextAt[i] - 1;
        return index >= 0 && starts[index] == pos ? index : -1;
    }

    /** Token {@code index}, one object however often it is asked for. */
    public Token token(int index) {
        Token t = made[index];
        if (t == null) {
            t = Token.hashed(starts[index], ends[index], hashes[index]);
            made[index] = t;
        }
        return t;
    }

    /** What {@link Tokens#next} returns for the text at {@code pos}. */
    public Token next(int pos) {
        int i = pos - from;
        if (i < 0 || pos >= to) {
            return Tokens.next(text, pos);
        }
        int answer = nextAt[i];
        if (answer > 0) {
            return token(answer - 1);
        }
        return answer == LINE_END ? null : Tokens.next(text, pos); // inside a token, or after the last
    }

    /** What {@link Tokens#previous} returns for the text at {@code pos}. */
    public Token previous(int pos) {
        int i = pos - from;
        if (i <= 0 || pos > to) {
            return Tokens.previous(text, pos);
        }
        char[] cs = chars;
        while (i > 0 && Tokens.isSeparator(cs[i - 1])) {
            i--;
        }
        if (i == 0) {
            return Tokens.previous(text, from); // the window's start: the text's, or a line break's
        }
        char c = cs[i - 1];
        if (c == '\n' || c == '\r') {
            return null;
        }
        int index = indexEndingAt[i] - 1;
        return index >= 0 ? token(index) : Tokens.previous(text, from + i); // inside a token: a shorter one
    }

    /** The value of token {@code index} in {@code map}, looked up from its hash: {@code map.get(text, token)}. */
    public <V> V get(FoldedWordMap<V> map, int index) {
        return map.getHashed(text, starts[index], ends[index], hashes[index]);
    }
}
