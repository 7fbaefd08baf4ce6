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
    /** The first line break at or after {@link #charPos}, MAX_VALUE when there is none; -1: not searched yet. */
    private int nextLineBreak = -1;

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
            nextLineBreak = -1;
        }
        // line by line, through the library's loops (indexOf, codePointCount), which read a
        // string's characters without checking each index as charAt does: this is a pass
        // over the whole document. A surrogate pair split by the offset counts as two.
        while (true) {
            if (nextLineBreak < charPos) { // each line break is searched for once: one huge line stays one pass
                int found = text.indexOf('\n', charPos);
                nextLineBreak = found < 0 ? Integer.MAX_VALUE : found;
            }
            if (nextLineBreak >= offset) {
                break;
            }
            codePointPos += text.codePointCount(charPos, nextLineBreak + 1);
            charPos = nextLineBreak + 1;
            line++;
            lineStartCodePoint = codePointPos;
        }
        codePointPos += text.codePointCount(charPos, offset);
        charPos = offset;
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
