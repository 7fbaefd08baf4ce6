package org.figx.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as {@link java.io.InputStreamReader} does, strictly, but for
 * UTF-8: there each malformed byte sequence becomes a U+FFFD and is counted, as the
 * JDK's own replacement does, so that a stray byte deep in a long UTF-8 input costs
 * one character and a warning, not the rest of the input. In any other encoding a byte
 * that does not fit still ends the stream with a {@link java.nio.charset.CharacterCodingException}.
 */
final class StreamDecoder extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean replaceMalformed;
    /** Bytes read and not yet decoded, in read mode. */
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean eof;
    private boolean flushed;
    private int replaced;

    StreamDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.replaceMalformed = charset.equals(StandardCharsets.UTF_8);
    }

    /** How many malformed sequences were read as U+FFFD so far. */
    int replaced() {
        return replaced;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            } else if (result.isOverflow()) {
                break;
            } else if (result.isMalformed() && replaceMalformed) {
                out.put('\uFFFD');
                bytes.position(bytes.position() + result.length());
                replaced++;
            } else {
                result.throwException();
            }
        }
        return out.position() == offset && flushed ? -1 : out.position() - offset;
    }

    /** Reads more bytes after those left undecoded (a sequence cut by the last read). */
    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
