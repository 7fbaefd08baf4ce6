package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Code-point offsets, lines and columns of UTF-16 offsets, as the output reports them. */
class TextPositionsTest {
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
        // text (\n and \uD83D\uDE00 escaped) | offset | code point | line | column
        "abc|0|0|1|1",
        "abc|2|2|1|3",
        "ab\\ncd|3|3|2|1",
        "ab\\ncd|4|4|2|2",
        "ab\\n\\ncd|4|4|3|1",
        "\\uD83D\\uDE00x|2|1|1|2",
        "a\\n\\uD83D\\uDE00\\uD83D\\uDE00x|6|4|2|3",
        "\\uD83D\\uDE00x|1|1|1|2",
    })
    void placesOneOffset(String escaped, int offset, long codePoint, int line, long column) {
        String text = escaped.replace("\\n", "\n").replace("\\uD83D", "\uD83D").replace("\\uDE00", "\uDE00");
        TextPositions.Position at = new TextPositions(text).at(offset);
        assertEquals(new TextPositions.Position(codePoint, line, column), at);
    }

    /**
     * The plain reading, character by character, with a cursor that only moves forward:
     * what the positions were first counted with (a surrogate pair split by a query
     * counts as two code points, as it does in the class).
     */
    private static final class OneByOne {
        private final String text;
        private int i;
        private long codePoints;
        private int line = 1;
        private long lineStart;

        OneByOne(String text) {
            this.text = text;
        }

        TextPositions.Position at(int offset) {
            if (offset < i) {
                i = 0;
                codePoints = 0;
                line = 1;
                lineStart = 0;
            }
            while (i < offset) {
                char c = text.charAt(i++);
                if (Character.isHighSurrogate(c) && i < offset && Character.isLowSurrogate(text.charAt(i))) {
                    i++;
                }
                codePoints++;
                if (c == '\n') {
                    line++;
                    lineStart = codePoints;
                }
            }
            return new TextPositions.Position(codePoints, line, codePoints - lineStart + 1);
        }
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }

    @Test
    void queriesInOrderReadAsOneByOne() {
        Random random = new Random(12);
        String[] pieces = {"a", "é", " ", "\n", "\r\n", "\uD83D\uDE00", "\uD83D", "\uDE00", "12", "\u202F"};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            TextPositions positions = new TextPositions(text);
            OneByOne oneByOne = new OneByOne(text);
            int offset = 0;
            while (offset <= text.length()) {
                assertEquals(oneByOne.at(offset), positions.at(offset), escaped(text) + " at " + offset);
                offset += random.nextInt(4);
            }
            int back = random.nextInt(text.length() + 1); // behind the cursor: read again from the start
            assertEquals(oneByOne.at(back), positions.at(back), escaped(text) + " back at " + back);
        }
    }
}
