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
 * French articles needs: a byte-order mark decides; then UTF-16 without one (a NUL in
 * every other byte); otherwise strict UTF-8 (a fast path: almost every input is UTF-8).
 * Valid UTF-8 with a few stray bytes (far fewer than its valid multi-byte characters)
 * stays UTF-8, each stray sequence a U+FFFD, counted: re-reading the whole file in
 * another encoding for one bad byte would garble every accent. When the bytes are not
 * UTF-8, ICU's charset detection ({@link CharsetDetector}) ranks the candidates, usually
 * Windows-1252 or ISO-8859-1 for older French text, and the first one that decodes
 * every byte wins. Only when none does is the input undecodable. A NUL beyond the
 * binary probe is read as a space, counted, so that it never reaches an output cell.
 */
public final class TextDecoder {
    /** How far the binary check looks: a NUL byte there means "not text". */
    static final int BINARY_PROBE_BYTES = 8 * 1024;

    /** How much of a non-UTF-8 input ICU's detector looks at: enough to be sure, fast. */
    static final int DETECTION_PROBE_BYTES = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many valid multi-byte UTF-8 characters each stray byte sequence needs for the text to stay UTF-8. */
    static final int VALID_PER_STRAY = 4;

    private TextDecoder() {
    }

    /**
     * Decoded text and what decoding changed in it.
     *
     * @param invalidSequences byte sequences that were not valid UTF-8, each now a U+FFFD
     * @param nulBytes         NUL characters, each now a space
     */
    public record Decoded(String text, int invalidSequences, int nulBytes) {
        /** What to tell the user of the changes, or null when there were none. */
        public String changes() {
            return changes(invalidSequences, nulBytes);
        }

        /** "1 byte sequence not valid UTF-8 read as U+FFFD, 2 NUL bytes read as spaces", or null. */
        public static String changes(long invalidSequences, long nulBytes) {
            StringBuilder said = new StringBuilder();
            if (invalidSequences > 0) {
                said.append(invalidSequences).append(invalidSequences == 1 ? " byte sequence" : " byte sequences")
                        .append(" not valid UTF-8 read as U+FFFD");
            }
            if (nulBytes > 0) {
                said.append(said.length() > 0 ? ", " : "").append(nulBytes)
                        .append(nulBytes == 1 ? " NUL byte read as a space" : " NUL bytes read as spaces");
            }
            return said.length() == 0 ? null : said.toString();
        }
    }

    /**
     * Whether the bytes look binary: a NUL byte in the first 8 KiB. UTF-16 text is
     * full of NUL bytes, so text with a UTF-16 byte-order mark is never binary.
     */
    public static boolean looksBinary(byte[] bytes) {
        // most inputs hold no NUL: one pass says so, without counting UTF-16's NULs first
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        boolean nul = false;
        for (int i = 0; i < probe && !nul; i++) {
            nul = bytes[i] == 0;
        }
        return nul && utf16Bom(bytes) == null && utf16WithoutBom(bytes) == null;
    }

    /**
     * The text of {@code bytes}, byte-order mark removed, stray UTF-8 bytes and NULs replaced.
     *
     * @throws CharacterCodingException when a byte-order mark announces UTF-8 or
     *                                  UTF-16 and the bytes after it are not, or when
     *                                  no detected encoding decodes every byte
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return read(bytes).text();
    }

    /** As {@link #decode}, saying what was replaced. */
    public static Decoded read(byte[] bytes) throws CharacterCodingException {
        return read(bytes, null);
    }

    /**
     * As {@link #read(byte[])}, trying {@code declared} (a web page's {@code <meta charset>};
     * null when none) before detection when the bytes are not UTF-8: valid UTF-8 is read as
     * UTF-8 whatever a page declares, for pages are often saved as UTF-8 with their old
     * declaration left in.
     */
    public static Decoded read(byte[] bytes, Charset declared) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withoutNuls(strict(StandardCharsets.UTF_8, bytes, 3), 0);
        }
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            return withoutNuls(strict(utf16, bytes, 2), 0);
        }
        utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            try {
                return withoutNuls(strict(utf16, bytes, 0), 0);
            } catch (CharacterCodingException e) {
                // NULs in every other byte, yet not UTF-16: read on as any other bytes
            }
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        int invalid = invalidUtf8(bytes, utf8);
        if (invalid == 0 || Utf8Census.of(bytes, bytes.length).mostlyUtf8()) {
            return withoutNuls(utf8, invalid);
        }
        if (declared != null) {
            try {
                return withoutNuls(strict(declared, bytes, 0), 0);
            } catch (CharacterCodingException e) {
                // the page's declaration does not fit its bytes: detect as for any text
            }
        }
        for (Charset candidate : candidates(bytes)) {
            try {
                return withoutNuls(strict(candidate, bytes, 0), 0);
            } catch (CharacterCodingException e) {
                // the detector's guess does not fit every byte: try the next one
            }
        }
        throw new CharacterCodingException();
    }

    /** {@code text} with each NUL a space (same length, same offsets), and what decoding replaced. */
    static Decoded withoutNuls(String text, int invalidSequences) {
        if (text.indexOf('\0') < 0) {
            return new Decoded(text, invalidSequences, 0);
        }
        int nuls = 0;
        for (int i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) {
            nuls++;
        }
        return new Decoded(text.replace('\0', ' '), invalidSequences, nuls);
    }

    /**
     * How the bytes of an input that is not strict UTF-8 split between valid multi-byte
     * characters and stray sequences (ASCII aside).
     */
    record Utf8Census(int validMultiByte, int stray) {
        /** Valid UTF-8 with a few stray bytes: at least {@link #VALID_PER_STRAY} valid characters per stray one. */
        boolean mostlyUtf8() {
            return stray > 0 && validMultiByte >= VALID_PER_STRAY * stray;
        }

        static Utf8Census of(byte[] bytes, int length) {
            int valid = 0;
            int stray = 0;
            int i = 0;
            while (i < length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int size = utf8SequenceAt(bytes, i, length);
                if (size > 0) {
                    valid++;
                    i += size;
                } else {
                    stray++;
                    i++;
                }
            }
            return new Utf8Census(valid, stray);
        }

        /** The length of the valid multi-byte sequence at {@code i}, or 0 (overlong forms and surrogates are not valid). */
        private static int utf8SequenceAt(byte[] bytes, int i, int length) {
            int b = bytes[i] & 0xFF;
            int size;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                size = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                size = 3;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                size = 4;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return 0;
            }
            if (i + size > length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return 0;
            }
            for (int k = 2; k < size; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return 0;
                }
            }
            return size;
        }
    }

    /**
     * UTF-16 without a byte-order mark, told by its NULs: in the first 8 KiB, most pairs of
     * bytes of Latin text hold one NUL, always on the same side (the high byte: second in
     * little-endian, first in big-endian). Null when the bytes do not look so.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES) & ~1;
        if (probe < 4) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        int pairs = probe / 2;
        for (int i = 0; i < probe; i += 2) {
            if (bytes[i] == 0) {
                evenNuls++;
            }
            if (bytes[i + 1] == 0) {
                oddNuls++;
            }
            if ((i & 511) == 510) { // now and then: can either side still hold a NUL in half the pairs?
                int left = pairs - (i + 2) / 2;
                if ((oddNuls + left) * 2 < pairs && (evenNuls + left) * 2 < pairs) {
                    return null;
                }
            }
        }
        // at least half the characters below U+0100, and a NUL on the other side at most once in 20
        if (oddNuls * 2 >= pairs && evenNuls * 20 <= oddNuls && textLike(bytes, probe, 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 2 >= pairs && oddNuls * 20 <= evenNuls && textLike(bytes, probe, 1)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Whether the characters below U+0100 of would-be UTF-16 (low byte at {@code low}, its
     * high byte NUL) are text: control characters other than tab and line breaks at most
     * once in 20. Tables of small 16-bit numbers in a binary file have NULs in the same places.
     */
    private static boolean textLike(byte[] bytes, int probe, int low) {
        int latin = 0;
        int controls = 0;
        for (int i = 0; i < probe; i += 2) {
            if (bytes[i + 1 - low] != 0) {
                continue;
            }
            int c = bytes[i + low] & 0xFF;
            latin++;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                controls++;
            }
        }
        return controls * 20 <= latin;
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
        utf16 = utf16WithoutBom(head);
        if (utf16 != null && fits(utf16, head, complete)) {
            return utf16;
        }
        int usable = complete ? head.length : withoutCutCharacter(head);
        byte[] whole = usable == head.length ? head : Arrays.copyOf(head, usable);
        if (invalidUtf8(whole, new String(whole, StandardCharsets.UTF_8)) == 0
                || Utf8Census.of(whole, whole.length).mostlyUtf8()) {
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

    /** Whether UTF-16 {@code charset} decodes {@code head} (but for a pair the head's end may cut). */
    private static boolean fits(Charset charset, byte[] head, boolean complete) {
        int usable = complete ? head.length : head.length & ~3;
        try {
            strict(charset, Arrays.copyOf(head, usable), 0);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
     * How many malformed sequences the JDK's UTF-8 decoding replaced with U+FFFD: 0 when
     * the bytes were valid UTF-8. The JDK's own decoding is much faster than a reporting
     * CharsetDecoder; the text holds no more U+FFFD than the bytes spell out (EF BF BD)
     * exactly when nothing was replaced, which is almost always.
     */
    private static int invalidUtf8(byte[] bytes, String decoded) {
        int replacements = 0;
        for (int i = decoded.indexOf('\uFFFD'); i >= 0; i = decoded.indexOf('\uFFFD', i + 1)) {
            replacements++;
        }
        if (replacements == 0) {
            return 0;
        }
        int spelled = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                spelled++;
            }
        }
        return replacements - spelled;
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
