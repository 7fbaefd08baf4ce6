package org.figx.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Unicode's Sentence_Break property (UAX #29), read from
 * {@code sentence-break-property.txt}: the ranges ICU gives for the version of
 * Unicode the sentence rules were checked against (a test holds the file to ICU
 * for every code point). Read once, on first use, into a table for the Basic
 * Multilingual Plane and ranges for the rest.
 */
final class SentenceBreakProperty {
    static final byte OTHER = 0;
    static final byte CR = 1;
    static final byte LF = 2;
    static final byte SEP = 3;
    static final byte EXTEND = 4;
    static final byte FORMAT = 5;
    static final byte SP = 6;
    static final byte LOWER = 7;
    static final byte UPPER = 8;
    static final byte OLETTER = 9;
    static final byte NUMERIC = 10;
    static final byte ATERM = 11;
    static final byte STERM = 12;
    static final byte CLOSE = 13;
    static final byte SCONTINUE = 14;

    /** The property's value names as the data file (and UAX #29) spells them, by the constants above. */
    static final String[] NAMES = {"Other", "CR", "LF", "Sep", "Extend", "Format", "Sp", "Lower", "Upper",
        "OLetter", "Numeric", "ATerm", "STerm", "Close", "SContinue"};

    static final String RESOURCE = "sentence-break-property.txt";

    private SentenceBreakProperty() {
    }

    /** The Sentence_Break value of {@code codePoint}, one of the constants above. */
    static byte of(int codePoint) {
        return codePoint < 0x10000 ? Table.BMP[codePoint] : Table.supplementary(codePoint);
    }

    /** Loaded on the first lookup, not when figx starts. */
    private static final class Table {
        static final byte[] BMP = new byte[0x10000];
        /** Range starts at or above U+10000, ascending, and their values. */
        static int[] starts;
        static byte[] values;

        static {
            load();
        }

        static byte supplementary(int codePoint) {
            int i = Arrays.binarySearch(starts, codePoint);
            int at = i >= 0 ? i : -i - 2;
            return at >= 0 ? values[at] : BMP[0xFFFF];
        }

        /**
         * Reads the file as one String and each line with String's own searches: at start-up
         * this runs interpreted, where a loop over each byte costs milliseconds.
         */
        private static void load() {
            String file;
            // Resources, not the class loader, which looks the name up among the JDK's modules first
            try (InputStream in = Resources.open("/org/figx/text/" + RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing generated table " + RESOURCE);
                }
                file = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int[] rangeStarts = new int[4096];
            byte[] rangeValues = new byte[4096];
            int count = 0;
            for (int i = 0; i < file.length(); ) {
                int lineEnd = file.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = file.length();
                }
                if (lineEnd > i && file.charAt(i) != '#') {
                    int space = file.indexOf(' ', i);
                    if (count == rangeStarts.length) {
                        rangeStarts = Arrays.copyOf(rangeStarts, count * 2);
                        rangeValues = Arrays.copyOf(rangeValues, count * 2);
                    }
                    rangeStarts[count] = Integer.parseInt(file, i, space, 16);
                    rangeValues[count] = valueNamed(file, space + 1, lineEnd);
                    count++;
                }
                i = lineEnd + 1;
            }
            int firstSupplementary = count;
            for (int r = 0; r < count; r++) {
                int from = rangeStarts[r];
                if (from >= 0x10000) {
                    firstSupplementary = Math.min(firstSupplementary, r);
                    continue;
                }
                int to = r + 1 < count ? Math.min(rangeStarts[r + 1], 0x10000) : 0x10000;
                Arrays.fill(BMP, from, to, rangeValues[r]);
            }
            starts = Arrays.copyOfRange(rangeStarts, firstSupplementary, count);
            values = Arrays.copyOfRange(rangeValues, firstSupplementary, count);
        }

        private static byte valueNamed(String file, int from, int to) {
            for (byte v = 0; v < NAMES.length; v++) {
                if (NAMES[v].length() == to - from && file.startsWith(NAMES[v], from)) {
                    return v;
                }
            }
            throw new IllegalStateException("unknown Sentence_Break value in " + RESOURCE + ": "
                    + file.substring(from, to));
        }
    }
}
