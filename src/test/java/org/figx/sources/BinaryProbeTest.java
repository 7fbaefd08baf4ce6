package org.figx.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextDecoder#looksBinary} answers as its first version did (UTF-16 first, then
 * any NUL), though it now looks for a NUL first; and the UTF-16 test, which now stops
 * counting NULs once neither side can hold one in half the pairs, finds UTF-16 only
 * where one side does. On text of every kind, binary bytes and mixtures of the two.
 */
class BinaryProbeTest {
    /** The first version: UTF-16 (by its mark or its NULs) is text, else any NUL makes binary. */
    private static boolean looksBinaryAsFirstWritten(byte[] bytes) {
        if (TextDecoder.utf16Bom(bytes) != null || TextDecoder.utf16WithoutBom(bytes) != null) {
            return false;
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int nulSideCount(byte[] bytes, int side) {
        int probe = Math.min(bytes.length, 8192) & ~1;
        int n = 0;
        for (int i = side; i < probe; i += 2) {
            n += bytes[i] == 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void stopsEarlyOnlyWhereCountingOnWouldNotFindUtf16() {
        Random random = new Random(7);
        String prose = "Le chiffre d'affaires a atteint 28 milliards d'euros en 2023, soit 12 % de plus. ";
        for (int round = 0; round < 3000; round++) {
            Sample sample = sample(random, prose);
            byte[] bytes = sample.bytes();
            if (sample.utf16() != null && bytes.length >= 4) {
                assertEquals(sample.utf16(), TextDecoder.utf16WithoutBom(bytes), "UTF-16 prose, round " + round);
            }
            boolean utf16 = TextDecoder.utf16WithoutBom(bytes) != null;
            int pairs = (Math.min(bytes.length, 8192) & ~1) / 2;
            boolean enoughNuls = pairs >= 2 && (nulSideCount(bytes, 1) * 2 >= pairs || nulSideCount(bytes, 0) * 2 >= pairs);
            assertEquals(false, utf16 && !enoughNuls, "UTF-16 without NULs on half the pairs, round " + round);
            assertEquals(looksBinaryAsFirstWritten(bytes), TextDecoder.looksBinary(bytes), "round " + round);
        }
    }

    /** @param utf16 the UTF-16 the bytes are written in, when they are prose in it and nothing else */
    private record Sample(byte[] bytes, java.nio.charset.Charset utf16) {
    }

    /** Text in UTF-8 or UTF-16 either way, binary bytes, or any of them with NULs strewn in. */
    private static Sample sample(Random random, String prose) {
        String repeated = prose.repeat(1 + random.nextInt(300));
        String text = repeated.substring(0, 1 + random.nextInt(repeated.length()));
        int kind = random.nextInt(6);
        byte[] bytes = switch (kind) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> text.getBytes(StandardCharsets.UTF_16BE);
            case 2 -> {
                byte[] b = new byte[1 + random.nextInt(20000)];
                random.nextBytes(b);
                yield b;
            }
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        int nuls = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, bytes.length / 3)) : 0;
        for (int k = 0; k < nuls; k++) {
            bytes[random.nextInt(bytes.length)] = 0;
        }
        java.nio.charset.Charset utf16 = nuls > 0 ? null
                : kind == 0 ? StandardCharsets.UTF_16LE : kind == 1 ? StandardCharsets.UTF_16BE : null;
        return new Sample(bytes, utf16);
    }
}
