package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On any string made of sentence-ish pieces (letters of each case, digits, every
 * kind of terminator, closing and opening marks, quotes, spaces of several kinds,
 * separators, combining and format chars, listed abbreviations and their parts),
 * figx's splitter gives the breaks ICU's filtered sentence iterator gives.
 */
class SentenceSplitterProperties {
    private static final SentenceSplitter SPLITTER = IcuSentenceOracle.figxSplitter();

    /** Pieces, each for a Sentence_Break value or an abbreviation's shape. */
    private static final List<String> PIECES = List.of(
            "a", "é", "x", "Le", "B", "É", "J", "C", "D", "G", "M", "P", "S", "U", "av", "ap", "etc", "v", "h",
            "3", "12", "٣", "中", "\uD835\uDC00", "\uD83D\uDE00", "\uD801\uDC28",
            ".", ".", ".", "?", "!", "…", "\u2024", "。", "\uFE52", "‼",
            ",", ";", ":", "-", "\uFE58", "،",
            "(", ")", "[", "]", "«", "»", "\"", "'", "’", "“", "”",
            " ", " ", " ", "\u00A0", "\u202F", "\t", "\u2029", "\u0085", "\u2028",
            "\u0301", "\u00AD", "\u200D", "\u200B", "\uFEFF",
            "M.", "MM.", "etc.", "av.", "J.-C.", "av. J.-C.", "U.S.A.", "U.S.", "P.-D. G.", "p. ex.", "C.", "S.A.");

    @Provide
    Arbitrary<String> sentenceish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 4000)
    void anyStringIsSplitAsIcuSplitsIt(@ForAll("sentenceish") String line) {
        assertEquals(Arrays.toString(IcuSentenceOracle.breaks(line)),
                Arrays.toString(SPLITTER.breaks(line, 0, line.length())), () -> "line [" + escaped(line) + "]");
    }

    /** A line inside a document: the same breaks, moved by the line's start; nothing read across its ends. */
    @Property(tries = 1000)
    void aLineWithinATextIsSplitAsOnItsOwn(@ForAll("sentenceish") String before, @ForAll("sentenceish") String line,
                                           @ForAll("sentenceish") String after) {
        String text = before + "\n" + line + "\n" + after;
        int from = before.length() + 1;
        int[] alone = IcuSentenceOracle.breaks(line);
        for (int i = 0; i < alone.length; i++) {
            alone[i] += from;
        }
        assertEquals(Arrays.toString(alone), Arrays.toString(SPLITTER.breaks(text, from, from + line.length())),
                () -> "line [" + escaped(line) + "]");
    }

    private static String escaped(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
