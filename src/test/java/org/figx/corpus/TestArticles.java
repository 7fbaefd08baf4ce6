package org.figx.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The articles written for the tests, as a parameterised test's source. */
public final class TestArticles {
    private TestArticles() {
    }

    /** The French test articles' texts ({@code testdata/articles/fr/*.txt}), by name. */
    public static Stream<Path> french() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata/articles/fr"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }
}
