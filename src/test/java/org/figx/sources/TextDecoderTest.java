package org.figx.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static final String FRENCH = "Déjà 28 milliards d’euros, « record » — l’été.";

    @Test
    void plainUtf8() throws CharacterCodingException {
        assertEquals(FRENCH, TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8ByteOrderMarkIsRemoved() throws CharacterCodingException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                FRENCH.getBytes(StandardCharsets.UTF_8));
        assertEquals(FRENCH, TextDecoder.decode(bytes));
    }

    @Test
    void utf16WithByteOrderMark() throws CharacterCodingException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
        assertFalse(TextDecoder.looksBinary(le));
        assertEquals(FRENCH, TextDecoder.decode(le));
        assertEquals(FRENCH, TextDecoder.decode(be));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws CharacterCodingException {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        assertEquals(FRENCH, TextDecoder.decode(bytes));
    }

    @Test
    void byteOrderMarkThatLiesIsAnError() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};
        assertThrows(CharacterCodingException.class, () -> TextDecoder.decode(bytes));
    }

    @Test
    void nulByteInTheFirst8KiBMeansBinary() {
        byte[] bytes = new byte[20_000];
        Arrays.fill(bytes, (byte) 'a');
        assertFalse(TextDecoder.looksBinary(bytes));
        bytes[TextDecoder.BINARY_PROBE_BYTES] = 0;
        assertFalse(TextDecoder.looksBinary(bytes), "beyond the probe");
        bytes[TextDecoder.BINARY_PROBE_BYTES - 1] = 0;
        assertTrue(TextDecoder.looksBinary(bytes));
        assertFalse(TextDecoder.looksBinary(new byte[0]));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void replacementCharacterWrittenInTheTextIsKeptAsUtf8() throws CharacterCodingException {
        String text = "montant illisible \uFFFD 28 milliards";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Valid UTF-8 with two stray bytes deep inside: the text stays UTF-8, each stray byte a U+FFFD. */
    @Test
    void aFewStrayBytesInUtf8AreReplacedNotTheWholeFileReDecoded() throws CharacterCodingException {
        byte[] head = "Le budget a été voté. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xE9; // 'é' in Windows-1252, not valid UTF-8 here
        bytes[head.length + 1] = 't';
        bytes[head.length + 2] = (byte) 0xE9;
        bytes[head.length + 3] = '.';
        TextDecoder.Decoded decoded = TextDecoder.read(bytes);
        assertEquals("Le budget a été voté. ".repeat(1000) + "\uFFFDt\uFFFD.", decoded.text());
        assertEquals(2, decoded.invalidSequences());
        assertEquals(StandardCharsets.UTF_8, TextDecoder.detect(bytes, true));
    }

    /** Windows-1252 text holds no valid UTF-8 sequence: it is not taken for UTF-8 with stray bytes. */
    @Test
    void windows1252TextIsNotUtf8WithStrayBytes() throws CharacterCodingException {
        String text = "Le budget a été voté à l'unanimité, déjà en hausse. ".repeat(20);
        TextDecoder.Decoded decoded = TextDecoder.read(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, decoded.text());
        assertEquals(0, decoded.invalidSequences());
    }

    /** UTF-16 without a byte-order mark: NUL in every other byte, read as UTF-16, not binary. */
    @Test
    void utf16WithoutByteOrderMarkIsRecognised() throws CharacterCodingException {
        String text = "Le déficit atteint 5,5 % du PIB en 2024. ".repeat(10);
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = text.getBytes(utf16);
            assertFalse(TextDecoder.looksBinary(bytes), utf16.name());
            assertEquals(text, TextDecoder.decode(bytes), utf16.name());
            assertEquals(utf16, TextDecoder.detect(bytes, true), utf16.name());
        }
    }

    /** A NUL beyond the binary probe never reaches a cell: it is read as a space, and counted. */
    @Test
    void nulBytesBeyondTheProbeAreReadAsSpaces() throws CharacterCodingException {
        byte[] bytes = "Le budget atteint 28 milliards. ".repeat(600).getBytes(StandardCharsets.UTF_8);
        bytes[TextDecoder.BINARY_PROBE_BYTES + 10] = 0;
        bytes[bytes.length - 1] = 0;
        TextDecoder.Decoded decoded = TextDecoder.read(bytes);
        assertEquals(-1, decoded.text().indexOf('\0'));
        assertEquals(' ', decoded.text().charAt(TextDecoder.BINARY_PROBE_BYTES + 10));
        assertEquals(2, decoded.nulBytes());
        assertEquals(bytes.length, decoded.text().length());
    }

    @Test
    void latin1TextIsDetectedByIcu() throws CharacterCodingException {
        String text = "Le marché a progressé de 3 % à Besançon, où l'été fut sec. ".repeat(5);
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Charset.forName("windows-1252"),
                TextDecoder.detect(text.getBytes(StandardCharsets.ISO_8859_1), true));
    }

    /** Windows-1252 leaves 0x81 undefined; ISO-8859-1, the last resort, reads it (a C1 control). */
    @Test
    void latin1TextWithAC1ByteIsReadAsLatin1NotRejected() throws CharacterCodingException {
        String text = "Le café coûte 3 F à Besançon, où l'été fut sec. ".repeat(5) + "\u0081 fin à 12 %.";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(text, TextDecoder.decode(bytes));
        assertEquals(StandardCharsets.ISO_8859_1, TextDecoder.detect(bytes, true));
    }

    @Test
    void utf8HeadCutMidCharacterIsStillUtf8() throws CharacterCodingException {
        byte[] bytes = "Déjà été".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertEquals(StandardCharsets.UTF_8, TextDecoder.detect(cut, false));
    }
}
