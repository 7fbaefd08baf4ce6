package org.figx.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkedTextReaderTest {

    @Test
    void cutsAfterABlankLineElseALineBreakElseAtTheLimit() {
        assertEquals(8, ChunkedTextReader.cutPoint("abcdef\n\nghij\nkl", 15));
        assertEquals(10, ChunkedTextReader.cutPoint("abcdef\r\n\r\nghij", 14));
        assertEquals(13, ChunkedTextReader.cutPoint("abcdefgh\nijk\nlmn", 15));
        assertEquals(10, ChunkedTextReader.cutPoint("abcdefghijklmnop", 10));
        assertEquals(8, ChunkedTextReader.cutPoint("abcdefgh😀ijk", 9), "never between surrogates");
        assertEquals(10, ChunkedTextReader.cutPoint("a\n\nbcdefghijkl", 10), "a blank line in the first half is too early");
    }

    @Test
    void chunksJoinToTheInputAndKnowWhereTheyStart() throws IOException {
        String text = ("Première ligne 😀 du paragraphe.\nSuite.\n\n").repeat(50) + "une très longue ligne ".repeat(40);
        List<ChunkedTextReader.Chunk> chunks = readAll(trickle(text.getBytes(StandardCharsets.UTF_8)), 100);
        assertTrue(chunks.size() > 10);
        StringBuilder joined = new StringBuilder();
        for (ChunkedTextReader.Chunk chunk : chunks) {
            String before = joined.toString();
            assertEquals(before.codePointCount(0, before.length()), chunk.codePointOffset());
            assertEquals(before.chars().filter(c -> c == '\n').count() + 1, chunk.line());
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            assertEquals(lastLine.codePointCount(0, lastLine.length()), chunk.columnOffset());
            assertTrue(chunk.text().length() <= 100);
            joined.append(chunk.text());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void cutsDoNotDependOnHowTheStreamDeliversBytes() throws IOException {
        byte[] bytes = ("Le budget atteint 28 milliards.\n\nÉté 2024 : 12 %.\n").repeat(30).getBytes(StandardCharsets.UTF_8);
        assertEquals(texts(readAll(new ByteArrayInputStream(bytes), 120)), texts(readAll(trickle(bytes), 120)));
    }

    @Test
    void aShortInputIsOneChunkDecodedLikeAFile() throws IOException {
        byte[] bytes = "Déjà 28 €".getBytes(Charset.forName("windows-1252"));
        List<ChunkedTextReader.Chunk> chunks = readAll(new ByteArrayInputStream(bytes), 1000);
        assertEquals(1, chunks.size());
        assertEquals("Déjà 28 €", chunks.get(0).text());
        assertEquals(List.of(""), texts(readAll(InputStream.nullInputStream(), 1000)));
    }

    @Test
    void longInputsInOtherEncodingsAreDetectedFromTheirHead() throws IOException {
        String text = "L’été, 28 € « déjà ».\n".repeat(40);
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        assertEquals(text, String.join("", texts(readAll(new ByteArrayInputStream(cp1252), 64))));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, String.join("", texts(readAll(new ByteArrayInputStream(utf16), 64))));
    }

    @Test
    void binaryAndBadEncodingsAreReported() {
        assertThrows(ChunkedTextReader.BinaryInputException.class,
                () -> ChunkedTextReader.open(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), 100));
        byte[] lying = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};
        assertThrows(CharacterCodingException.class,
                () -> ChunkedTextReader.open(new ByteArrayInputStream(lying), 100));
        byte[] laterBad = ("L’été à 28 € ".repeat(20) + "\n").getBytes(Charset.forName("windows-1252"));
        laterBad[laterBad.length - 2] = (byte) 0x81; // undefined in Windows-1252, the head's encoding
        assertThrows(CharacterCodingException.class,
                () -> readAll(new ByteArrayInputStream(laterBad), 100));
    }

    /** Dense figures end a chunk early, after a line break, however many characters are left. */
    @Test
    void aChunkHoldsAtMostSoManyRunsOfDigits() throws IOException {
        String text = "1\n".repeat(30) + "fin 2024 et 2025\n";
        ChunkedTextReader reader = ChunkedTextReader.open(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 60, 10);
        List<String> chunks = new ArrayList<>();
        for (Optional<ChunkedTextReader.Chunk> c = reader.next(); c.isPresent(); c = reader.next()) {
            chunks.add(c.get().text());
        }
        assertEquals(List.of("1\n".repeat(10), "1\n".repeat(10), "1\n".repeat(10), "fin 2024 et 2025\n"), chunks, chunks.stream().map(String::length).toList().toString());
        assertEquals(11, ChunkedTextReader.beforeDigitRun("a 12 b 3 c 456", 3));
        assertEquals(Integer.MAX_VALUE, ChunkedTextReader.beforeDigitRun("a 12 b 3", 3));
    }

    /** A stray byte in a long UTF-8 stream is a U+FFFD, counted; the stream reads on. */
    @Test
    void strayBytesInAUtf8StreamAreReplacedAndCounted() throws IOException {
        byte[] bytes = concat(("é".repeat(200)).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'});
        ChunkedTextReader reader = ChunkedTextReader.open(trickle(bytes), 100);
        StringBuilder joined = new StringBuilder();
        for (Optional<ChunkedTextReader.Chunk> c = reader.next(); c.isPresent(); c = reader.next()) {
            joined.append(c.get().text());
        }
        assertEquals("é".repeat(200) + "\uFFFD\n", joined.toString());
        assertEquals(1, reader.invalidSequences());
        assertEquals(0, reader.nulBytes());
    }

    /** NUL bytes beyond the head's binary probe are read as spaces, in short and long inputs alike. */
    @Test
    void nulBytesAfterTheHeadAreReadAsSpaces() throws IOException {
        byte[] bytes = "Le budget atteint 28 milliards.\n".repeat(600).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = 0;
        for (int chunkChars : new int[] {100_000, 9_000}) {
            ChunkedTextReader reader = ChunkedTextReader.open(new ByteArrayInputStream(bytes), chunkChars);
            StringBuilder joined = new StringBuilder();
            for (Optional<ChunkedTextReader.Chunk> c = reader.next(); c.isPresent(); c = reader.next()) {
                joined.append(c.get().text());
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8).replace('\0', ' '), joined.toString());
            assertEquals(1, reader.nulBytes(), "chunks of " + chunkChars);
        }
    }

    private static List<ChunkedTextReader.Chunk> readAll(InputStream in, int chunkChars) throws IOException {
        ChunkedTextReader reader = ChunkedTextReader.open(in, chunkChars);
        List<ChunkedTextReader.Chunk> chunks = new ArrayList<>();
        for (Optional<ChunkedTextReader.Chunk> c = reader.next(); c.isPresent(); c = reader.next()) {
            assertEquals(chunks.size(), c.get().index());
            chunks.add(c.get());
        }
        return chunks;
    }

    private static List<String> texts(List<ChunkedTextReader.Chunk> chunks) {
        return chunks.stream().map(ChunkedTextReader.Chunk::text).toList();
    }

    /** A stream that gives at most 7 bytes a read, as a pipe may. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
