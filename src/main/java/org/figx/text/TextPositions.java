package org.figx.text;

/**
 * Converts UTF-16 offsets of one text into what the output reports: code-point
 * offsets and 1-based line and column (column counted in code points).
 *
 * <p>Queries must come in non-decreasing order of offset (mentions are sorted by
 * start); the cursor only moves forward, so converting every mention of a text
 * costs one pass over it, even for a single huge line. A query behind the cursor
 * restarts from the beginning (correct, only slower).
 */
public final class TextPositions {
    private final String text;
    private int charPos;
    private long codePointPos;
    private int line = 1;
    private long lineStartCodePoint;

    public TextPositions(String text) {
        this.text = text;
    }

    /** Position of one offset. */
    public record Position(long codePointOffset, int line, long column) {
    }

    public Position at(int offset) {
        if (offset < charPos) {
            charPos = 0;
            codePointPos = 0;
            line = 1;
            lineStartCodePoint = 0;
        }
        while (charPos < offset) {
            char c = text.charAt(charPos++);
            if (Character.isHighSurrogate(c) && charPos < offset
                    && Character.isLowSurrogate(text.charAt(charPos))) {
                charPos++;
            }
            codePointPos++;
            if (c == '\n') {
                line++;
                lineStartCodePoint = codePointPos;
            }
        }
        return new Position(codePointPos, line, codePointPos - lineStartCodePoint + 1);
    }

    /**
     * Code-point offset of {@code offset} without moving the cursor, counted from
     * the cursor: use for the end of a mention right after its start.
     */
    public long codePointsAhead(int fromOffset, int toOffset) {
        return Character.codePointCount(text, fromOffset, toOffset);
    }
}
