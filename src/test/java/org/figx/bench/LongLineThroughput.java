package org.figx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.figx.Figx;
import org.figx.Language;

/**
 * Whether extraction costs the same per MB whatever the length of a line: the project's
 * French news prose (testdata/bench/fr, or the folder given) repeated to 1 KB ... 50 MB,
 * extracted in-process as written (short lines) and with every line break made a space
 * (one single line), warm, MB/s of each and their ratio. Cost that grows with the length
 * of a line or a sentence (work per figure that scans its whole line) shows as a ratio
 * falling with the size. Run by bench/long-lines.sh; not a test.
 */
public final class LongLineThroughput {
    private static final int[] SIZES = {1 << 10, 16 << 10, 256 << 10, 4 << 20, 50 << 20};
    private static final double SECONDS_PER_MEASURE = 2.0;

    private LongLineThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Paths.get(args.length > 0 ? args[0] : "testdata/bench/fr");
        String prose = prose(folder);
        Figx figx = Figx.forLanguage(Language.FR);
        String warmUp = repeated(prose, 8 << 20);
        for (int i = 0; i < 3; i++) {
            figx.extract(warmUp);
            figx.extract(oneLine(warmUp));
        }
        System.out.printf(Locale.ROOT, "%-10s %14s %14s %8s%n", "size", "lines MB/s", "one line MB/s", "ratio");
        for (int size : SIZES) {
            String lines = repeated(prose, size);
            String line = oneLine(lines);
            double asWritten = megabytesPerSecond(figx, lines);
            double single = megabytesPerSecond(figx, line);
            System.out.printf(Locale.ROOT, "%-10s %14.2f %14.2f %8.2f%n", label(size), asWritten, single,
                    single / asWritten);
        }
    }

    /** MB (2^20 bytes of UTF-8) extracted per second, repeating the extraction for at least 2 s. */
    private static double megabytesPerSecond(Figx figx, String text) {
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / (double) (1 << 20);
        long start = System.nanoTime();
        int runs = 0;
        double seconds;
        do {
            if (figx.extract(text).isEmpty()) {
                throw new IllegalStateException("no figure found: not news prose");
            }
            runs++;
            seconds = (System.nanoTime() - start) / 1e9;
        } while (seconds < SECONDS_PER_MEASURE);
        return megabytes * runs / seconds;
    }

    private static String prose(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            for (Path file : sorted) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    /** {@code prose} repeated and cut to {@code size} characters, at a word's end. */
    private static String repeated(String prose, int size) {
        StringBuilder text = new StringBuilder(size + prose.length());
        while (text.length() < size) {
            text.append(prose);
        }
        int end = size;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String label(int size) {
        return size >= 1 << 20 ? (size >> 20) + " MB" : (size >> 10) + " KB";
    }
}
