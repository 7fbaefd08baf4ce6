package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every text in testdata (articles, bench articles, corpus phrases with their
 * [[ ]] markers removed), line by line, figx's splitter gives the breaks ICU's
 * filtered sentence iterator gives.
 */
class SentenceSplitterTestDataTest {
    private static final SentenceSplitter SPLITTER = IcuSentenceOracle.figxSplitter();

    static Stream<Path> texts() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String root : List.of("testdata/articles", "testdata/bench", "testdata/corpus")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv"))
                        .sorted().forEach(found::add);
            }
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyLineIsSplitAsIcuSplitsIt(Path file) throws IOException {
        List<String> lines = lines(file);
        assertTrue(lines.size() > 3, file + " read");
        int sentences = 0;
        for (String line : lines) {
            int[] icu = IcuSentenceOracle.breaks(line);
            int[] ours = SPLITTER.breaks(line, 0, line.length());
            assertEquals(Arrays.toString(icu), Arrays.toString(ours), () -> "in " + file + ": " + line);
            sentences += ours.length - 1;
        }
        assertTrue(sentences >= lines.size(), file + ": at least a sentence a line");
    }

    /** An article's lines; a corpus file's phrases (first column, markers removed), comments skipped. */
    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean corpus = file.toString().endsWith(".tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (corpus) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                line = (tab < 0 ? line : line.substring(0, tab)).replace("[[", "").replace("]]", "");
            } else if (line.isEmpty()) {
                continue;
            }
            lines.add(line);
        }
        return lines;
    }
}
