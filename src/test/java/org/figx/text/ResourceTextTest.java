package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTextTest {
    /** What BufferedReader.readLine gives, the reading ResourceText replaces. */
    private static List<String> readLines(String text) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(text));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            out.add(line);
        }
        return out;
    }

    @Test
    void cutsAtEveryKindOfLineBreak() {
        assertEquals(List.of("a", "b", "c", "d"), ResourceText.split("a\nb\r\nc\rd"));
        assertEquals(List.of("a", "", "b"), ResourceText.split("a\n\nb\n"));
        assertEquals(List.of("a", ""), ResourceText.split("a\r\r\n"));
        assertEquals(List.of(""), ResourceText.split("\n"));
        assertEquals(List.of(), ResourceText.split(""));
        assertEquals(List.of(" x # y ", "\t"), ResourceText.split(" x # y \n\t"));
    }

    @Test
    void cutsAsBufferedReaderDoes() throws IOException {
        for (String text : List.of("", "a", "a\n", "a\r", "a\r\n", "\r\n\r\n", "\n\r", "é\u00A0è\r\nz\n\n", "x\r\ry\n")) {
            assertEquals(readLines(text), ResourceText.split(text), text);
        }
    }

    @Test
    void readsAResourceOrSaysThereIsNone() throws IOException {
        List<String> lines = ResourceText.read("/org/figx/lang/fr/cldr/month-names-fr.txt");
        assertEquals("# month-names-fr.txt: generated from ICU4J 78.1.0.0 (CLDR 48.0.0.0) by "
                + "org.figx.lang.CldrTablesGenerator (src/test/java),", lines.get(0));
        assertNull(ResourceText.read("/org/figx/lang/fr/no-such-list.txt"));
    }
}
