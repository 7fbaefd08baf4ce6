package org.figx.sources.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** The tables of testdata/html/: tab-separated lines, {@code #} comments, {@code \t \n \\uXXXX} escapes. */
final class HtmlTables {
    static final Path DIR = Path.of("testdata", "html");

    private HtmlTables() {
    }

    /** Each line of {@code name} as the arguments of one test: "file:line" first, then its unescaped cells. */
    static List<Arguments> read(String name, int cells) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != cells) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": " + cells + " cells expected, not "
                        + parts.length);
            }
            Object[] args = new Object[cells + 1];
            args[0] = name + ":" + (i + 1);
            for (int c = 0; c < cells; c++) {
                args[c + 1] = unescape(parts[c]);
            }
            out.add(Arguments.of(args));
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
