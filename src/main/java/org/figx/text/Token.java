package org.figx.text;

/**
 * A span of text: a run of letters, a run of digits, or one other character.
 *
 * <p>A token handed out by {@link WindowTokens} also carries its folded hash, made when
 * the window was read: a {@link FoldedWordMap} or {@link FoldedWordSet} looks it up
 * from that hash instead of folding its characters again, and every recognizer asks
 * the lexicon about the same few tokens. Two tokens are equal when their spans are.
 */
public final class Token {
    private final int start;
    private final int end;
    /** The folded hash ({@link FoldedWordMap#hashStep}), when {@link #hashed}. */
    private final int hash;
    private final boolean hashed;

    public Token(int start, int end) {
        this(start, end, 0, false);
    }

    private Token(int start, int end, int hash, boolean hashed) {
        this.start = start;
        this.end = end;
        this.hash = hash;
        this.hashed = hashed;
    }

    /** A token whose folded hash is known: {@link FoldedWordMap#hashStep} over its folded characters. */
    static Token hashed(int start, int end, int hash) {
        return new Token(start, end, hash, true);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Whether {@link #hash} holds the folded hash. */
    public boolean isHashed() {
        return hashed;
    }

    /**
     * {@link FoldedWordMap#hashStep} over the token's folded characters, from 0, when
     * {@link #isHashed}: a token whose hash differs from a word's does not fold to it.
     */
    public int hash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token other && other.start == start && other.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + "]";
    }
}
