package org.figx.sources;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reads one input of any size (a 1 GB file, an endless stdin stream) as a sequence
 * of {@link Chunk}s of at most about {@code chunkChars} characters, each cut after a
 * paragraph break (a blank line) when there is one in the chunk's second half, else
 * after a line break, else (one huge line) at the limit. Each chunk knows where it
 * starts in the whole input, so rows keep offsets, lines and columns of the whole.
 *
 * <p>An input shorter than one chunk is decoded whole, exactly as
 * {@link TextDecoder#decode} does for a file. A longer one is decoded as it streams,
 * in the encoding found from its first chunk's bytes; the cut points depend only
 * on the text, never on how the stream delivers it. As in a file, stray bytes in UTF-8
 * are read as U+FFFD and NULs as spaces, counted for the warning ({@link #changes()}).
 */
public final class ChunkedTextReader implements Closeable {

    /** Where a chunk's text starts in the whole input, and the text itself. */
    public record Chunk(String text, long codePointOffset, int line, long columnOffset, int index) {
    }

    /**
     * Runs of digits a chunk holds at most. Press text has one every few hundred characters
     * (about 4,000 in a full chunk); a table of figures or a million lines of "1" has one
     * every other character, and each is a row held until the chunk is written: the bound
     * keeps a chunk's rows to a few MB, however dense.
     */
    public static final int MAX_DIGIT_RUNS = 50_000;

    private final InputStream in;
    private final int chunkChars;
    private final int maxDigitRuns;
    private String whole;
    private StreamDecoder reader;
    /** What decoding the short input replaced; a long one's stream counts its own. */
    private int wholeInvalidSequences;
    private int nulBytes;
    private final StringBuilder pending = new StringBuilder();
    private boolean eof;
    private int index;
    private long codePointOffset;
    private int line = 1;
    private long columnOffset;

    private ChunkedTextReader(InputStream in, int chunkChars, int maxDigitRuns) {
        this.in = in;
        this.chunkChars = chunkChars;
        this.maxDigitRuns = maxDigitRuns;
    }

    /**
     * Opens the input: reads its head, checks it is text, finds its encoding.
     *
     * @throws BinaryInputException    when the head looks binary
     * @throws CharacterCodingException when no encoding fits the head
     */
    public static ChunkedTextReader open(InputStream in, int chunkChars) throws IOException {
        return open(in, chunkChars, MAX_DIGIT_RUNS);
    }

    /** As {@link #open(InputStream, int)}, with chunks of at most {@code maxDigitRuns} runs of digits. */
    static ChunkedTextReader open(InputStream in, int chunkChars, int maxDigitRuns) throws IOException {
        ChunkedTextReader chunks = new ChunkedTextReader(in, chunkChars, maxDigitRuns);
        byte[] head = in.readNBytes(chunkChars);
        if (TextDecoder.looksBinary(head)) {
            throw new BinaryInputException();
        }
        if (head.length < chunkChars) {
            TextDecoder.Decoded decoded = TextDecoder.read(head);
            chunks.whole = decoded.text();
            chunks.wholeInvalidSequences = decoded.invalidSequences();
            chunks.nulBytes = decoded.nulBytes();
            return chunks;
        }
        Charset charset = TextDecoder.detect(head, false);
        int bom = TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3
                : TextDecoder.utf16Bom(head) != null ? 2 : 0;
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(head, bom, head.length - bom), in);
        chunks.reader = new StreamDecoder(rest, charset);
        return chunks;
    }

    /** How many malformed UTF-8 sequences were read as U+FFFD so far. */
    public int invalidSequences() {
        return reader == null ? wholeInvalidSequences : reader.replaced();
    }

    /** How many NUL characters were read as spaces so far. */
    public int nulBytes() {
        return nulBytes;
    }

    /** What to tell the user decoding replaced so far, or null when nothing. */
    public String changes() {
        return TextDecoder.Decoded.changes(invalidSequences(), nulBytes);
    }

    /**
     * The next chunk, empty at the end.
     *
     * @throws CharacterCodingException when the stream stops fitting its encoding
     */
    public Optional<Chunk> next() throws IOException {
        if (whole != null) {
            String text = whole;
            whole = null;
            index++;
            return Optional.of(new Chunk(text, 0, 1, 0, 0));
        }
        if (reader == null) {
            return Optional.empty();
        }
        char[] buffer = new char[64 * 1024];
        while (!eof && pending.length() < chunkChars) {
            int n = reader.read(buffer, 0, Math.min(buffer.length, chunkChars - pending.length()));
            if (n < 0) {
                eof = true;
            } else {
                pending.append(buffer, 0, n);
            }
        }
        if (pending.length() == 0) {
            return Optional.empty();
        }
        int limit = Math.min(chunkChars, beforeDigitRun(pending, maxDigitRuns + 1));
        int cut = eof && pending.length() <= limit ? pending.length() : cutPoint(pending, limit);
        String text = withoutNuls(pending.substring(0, cut));
        pending.delete(0, cut);
        Chunk chunk = new Chunk(text, codePointOffset, line, columnOffset, index++);
        advance(text);
        return Optional.of(chunk);
    }

    /** Where the {@code n}th run of digits of {@code text} starts, or MAX_VALUE when it has fewer. */
    static int beforeDigitRun(CharSequence text, int n) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digit && !inRun && ++runs == n) {
                return i;
            }
            inRun = digit;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Where to end a chunk of at most {@code limit} characters of {@code text}: after the
     * last blank line in its second half, else after the last line break there, else at
     * the limit (never between the two halves of a surrogate pair).
     */
    static int cutPoint(CharSequence text, int limit) {
        int floor = limit / 2;
        int lastBreak = -1;
        for (int i = limit - 1; i >= floor; i--) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (lastBreak < 0) {
                lastBreak = i + 1;
            }
            int before = i - 1;
            if (before >= 0 && text.charAt(before) == '\r') {
                before--;
            }
            if (before >= 0 && text.charAt(before) == '\n') {
                return i + 1;
            }
        }
        if (lastBreak > 0) {
            return lastBreak;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** {@code text} with each NUL a space (the same length), counted. */
    private String withoutNuls(String text) {
        TextDecoder.Decoded replaced = TextDecoder.withoutNuls(text, 0);
        nulBytes += replaced.nulBytes();
        return replaced.text();
    }

    /** Moves the start of the next chunk past {@code text}. */
    private void advance(String text) {
        long codePoints = 0;
        long sinceBreak = columnOffset;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            codePoints++;
            sinceBreak++;
            if (c == '\n') {
                line++;
                sinceBreak = 0;
            }
        }
        codePointOffset += codePoints;
        columnOffset = sinceBreak;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input's head holds a NUL byte: not text. */
    public static final class BinaryInputException extends IOException {
        BinaryInputException() {
            super("binary file");
        }
    }
}
