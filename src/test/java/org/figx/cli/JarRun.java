package org.figx.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built jar ({@code target/figx.jar}) as a process for the {@code *IT} tests, on the
 * java running the tests, without the JVM options of the environment (a
 * JAVA_TOOL_OPTIONS would print a line on stderr).
 */
final class JarRun {
    private JarRun() {
    }

    /** A process builder for {@code java -jar target/figx.jar ARGS}; skips the test when the jar is not built. */
    static ProcessBuilder figx(String... args) {
        assumeTrue(Files.isRegularFile(JarProcessTest.JAR), "target/figx.jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of(JarProcessTest.JAVA.toString(), "-jar",
                JarProcessTest.JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        return builder;
    }

    /** A folder of {@code count} copies of a test article: work enough to last while a test acts on the run. */
    static Path articles(Path folder, int count) throws IOException {
        byte[] article = Files.readAllBytes(Path.of("testdata/articles/fr/budget-region.txt"));
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.write(folder.resolve(String.format("article-%05d.txt", i)), article);
        }
        return folder;
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
