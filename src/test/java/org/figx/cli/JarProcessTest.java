package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar run as a process, for what only a whole JVM shows: running out of heap.
 * Runs in the integration-test phase of `mvn verify` (see pom.xml), once target/figx.jar exists.
 */
class JarProcessTest {
    static final Path JAR = Paths.get("target", "figx.jar").toAbsolutePath();
    static final Path JAVA = Paths.get(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    /**
     * A heap too small for one input: one line names that input, no stack trace, the exit
     * status is 1, and the input after it still gets its rows.
     */
    @Test
    void outOfMemoryNamesTheInputAndTheOthersGoOn() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "target/figx.jar is built by mvn package");
        Path dense = Files.writeString(dir.resolve("dense.txt"), "1\n".repeat(200_000));
        Path small = Files.writeString(dir.resolve("small.txt"), "Le budget atteint 28 milliards USD.\n");
        List<String> command = List.of(JAVA.toString(), "-XX:+UseSerialGC", "-Xmx24m", "-jar", JAR.toString(),
                "--threads", "1", dense.toString(), small.toString());
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        String stderr = err.join();
        assertEquals(1, exit, stderr);
        assertTrue(stderr.matches("figx: out of memory on " + java.util.regex.Pattern.quote(dense.toString())
                + " \\(heap of \\d+ MB\\): its rows are left out; JAVA_OPTS=-Xmx1g gives figx more\n"), stderr);
        assertTrue(out.join().contains(small + ",1,19,18,34,money,28 milliards USD,28000000000,,USD"), out.join());
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
