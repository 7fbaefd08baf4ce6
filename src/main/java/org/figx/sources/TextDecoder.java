package org.figx.sources;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of an input into text, guessing the encoding the way a reader of
 * French articles needs: a byte-order mark decides; otherwise strict UTF-8 (a fast
 * path: almost every input is UTF-8); and when the bytes are not valid UTF-8, ICU's
 * charset detection ({@link CharsetDetector}) ranks the candidates, usually
 * Windows-1252 or ISO-8859-1 for older French text, and the first one that decodes
 * every byte wins. Only when none does is the input undecodable.
 */
public final class TextDecoder {
    /** How far the binary check looks: a NUL byte there means "not text". */
    static final int BINARY_PROBE_BYTES = 8 * 1024;

    /** How much of a non-UTF-8 input ICU's detector looks at: enough to be sure, fast. */
    static final int DETECTION_PROBE_BYTES = 64 * 1024;

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
     *                                  UTF-16 and the bytes after it are not, or when
     *                                  no detected encoding decodes every byte
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
        for (Charset candidate : candidates(bytes)) {
            try {
                return strict(candidate, bytes, 0);
            } catch (CharacterCodingException e) {
                // the detector's guess does not fit every byte: try the next one
            }
        }
        throw new CharacterCodingException();
    }

    /**
     * The encoding of bytes that start an input and are known not to be UTF-8 (or
     * to have no byte-order mark): ICU's best candidate that decodes them all.
     *
     * @param complete false when {@code head} stops somewhere inside the input, so a
     *                 multi-byte character may be cut at its end
     * @throws CharacterCodingException when nothing fits
     */
    public static Charset detect(byte[] head, boolean complete) throws CharacterCodingException {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        Charset utf16 = utf16Bom(head);
        if (utf16 != null) {
            return utf16;
        }
        int usable = complete ? head.length : withoutCutCharacter(head);
        byte[] whole = usable == head.length ? head : Arrays.copyOf(head, usable);
        if (isFaithfulUtf8(whole, new String(whole, StandardCharsets.UTF_8))) {
            return StandardCharsets.UTF_8;
        }
        for (Charset candidate : candidates(head)) {
            try {
                strict(candidate, head, 0);
                return candidate;
            } catch (CharacterCodingException e) {
                // next candidate
            }
        }
        throw new CharacterCodingException();
    }

    /** Bytes before a UTF-8 sequence that the end of {@code head} may have cut. */
    private static int withoutCutCharacter(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if (b >= 0xC0) {
                return end - back;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    /** How far below ICU's best guess a Western European match may be and still win. */
    static final int WESTERN_MARGIN = 10;

    /**
     * The encodings to try, in order: ICU's detector's matches, most confident first,
     * those the JDK can decode. figx reads French, so Windows-1252 comes first when
     * ICU rates ISO-8859-1 or Windows-1252 nearly as high as its best guess (short
     * texts and mixed files get close scores across the Latin encodings); it also
     * stands in for ISO-8859-1, which it extends with the typographic quotes and
     * the euro sign. Windows-1252 comes last anyway, as the French default; ISO-8859-1,
     * which decodes any byte, always follows it.
     */
    private static java.util.List<Charset> candidates(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > DETECTION_PROBE_BYTES
                ? Arrays.copyOf(bytes, DETECTION_PROBE_BYTES) : bytes);
        CharsetMatch[] matches = detector.detectAll();
        int best = matches.length == 0 ? 0 : matches[0].getConfidence();
        java.util.List<Charset> candidates = new java.util.ArrayList<>();
        for (CharsetMatch match : matches) {
            Charset charset = javaCharset(match.getName());
            boolean western = WINDOWS_1252.equals(charset) || StandardCharsets.ISO_8859_1.equals(charset);
            if (western && match.getConfidence() >= best - WESTERN_MARGIN) {
                candidates.add(0, WINDOWS_1252);
                break;
            }
        }
        for (CharsetMatch match : matches) {
            Charset charset = javaCharset(match.getName());
            if (charset == null || charset.equals(StandardCharsets.UTF_8)
                    || charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                continue; // checked before: without a byte-order mark, these did not fit
            }
            if (charset.equals(StandardCharsets.ISO_8859_1) && !candidates.contains(WINDOWS_1252)) {
                candidates.add(WINDOWS_1252);
            }
            if (!candidates.contains(charset)) {
                candidates.add(charset);
            }
        }
        if (!candidates.contains(WINDOWS_1252)) {
            candidates.add(WINDOWS_1252);
        }
        // right after Windows-1252, ISO-8859-1, which maps every byte: a Latin-1 file with a C1
        // control byte (0x81, which Windows-1252 leaves undefined) is read as Latin-1, not
        // rejected whole, nor read in another script whose table happens to fit
        candidates.remove(StandardCharsets.ISO_8859_1);
        candidates.add(candidates.indexOf(WINDOWS_1252) + 1, StandardCharsets.ISO_8859_1);
        return candidates;
    }

    private static Charset javaCharset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
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

    static Charset utf16Bom(byte[] bytes) {
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

    static boolean startsWith(byte[] bytes, int... prefix) {
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
