package org.figx.sources;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text, guessing the encoding the way a reader of
 * French articles needs: a byte-order mark decides; otherwise strict UTF-8; and when
 * the bytes are not valid UTF-8, Windows-1252, the usual encoding of older French
 * text (accents written by Windows tools), which can decode any byte sequence.
 */
public final class TextDecoder {
    /** How far the binary check looks: a NUL byte there means "not text". */
    static final int BINARY_PROBE_BYTES = 8 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Whether the bytes look binary: a NUL byte in the first 8 KiB. UTF-16 text is
     * full of NUL bytes, so text with a UTF-16 byte-order mark is never binary.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (utf16Bom(bytes) != null) {
            return false;
        }
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of {@code bytes}, byte-order mark removed.
     *
     * @throws CharacterCodingException when a byte-order mark announces UTF-8 or
     *                                  UTF-16 and the bytes after it are not
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            return strict(utf16, bytes, 2);
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (isFaithfulUtf8(bytes, utf8)) {
            return utf8;
        }
        return new String(bytes, WINDOWS_1252);
    }

    /**
     * Whether decoding lost nothing. The JDK's own UTF-8 decoding is much faster
     * than a reporting CharsetDecoder, but replaces malformed bytes with U+FFFD;
     * so the bytes were valid UTF-8 exactly when the text holds no more U+FFFD
     * than the bytes spell out (EF BF BD), which is almost always none.
     */
    private static boolean isFaithfulUtf8(byte[] bytes, String decoded) {
        int replacements = 0;
        for (int i = decoded.indexOf('\uFFFD'); i >= 0; i = decoded.indexOf('\uFFFD', i + 1)) {
            replacements++;
        }
        if (replacements == 0) {
            return true;
        }
        int spelled = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                spelled++;
            }
        }
        return spelled == replacements;
    }

    private static Charset utf16Bom(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(Charset charset, byte[] bytes, int offset)
            throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
