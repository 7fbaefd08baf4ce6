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
 * The built jar run as a process, for what only a whole JVM shows: running out of heap,
 * being stopped by a signal.
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

    /**
     * A workbook run stopped (SIGTERM, as Ctrl-C) once rows have been streamed into the
     * hidden file the output goes to: nothing is left in the temporary folder, nor a
     * workbook or a part of one.
     */
    @Test
    void anInterruptedWorkbookLeavesNoTemporaryFiles() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "target/figx.jar is built by mvn package");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path input = dir.resolve("long.txt");
        String article = Files.readString(Paths.get("testdata/articles/fr/budget-region.txt"));
        Files.writeString(input, (article + "\n\n").repeat(Math.max(1, (3 << 20) / article.length())));
        ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-Djava.io.tmpdir=" + tmp, "-jar",
                JAR.toString(), input.toString(), "-o", out.resolve("facts.xlsx").toString());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("figx.log").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (filesUnder(out).stream().noneMatch(JarProcessTest::partOfAWorkbook)) {
            assertTrue(process.isAlive(), "figx ended before its workbook was under way: "
                    + Files.readString(dir.resolve("figx.log")));
            assertTrue(System.nanoTime() < deadline, "no part of a workbook in " + out);
            Thread.sleep(20);
        }
        process.destroy();
        process.waitFor();
        assertEquals(List.of(), filesUnder(tmp));
        assertEquals(List.of(), filesUnder(out));
    }

    /** The hidden file an -o output is written to, once rows have reached it (past its first buffer). */
    private static boolean partOfAWorkbook(Path file) {
        try {
            return file.getFileName().toString().endsWith(".tmp") && Files.size(file) > 64 * 1024;
        } catch (IOException e) {
            return false; // renamed or deleted meanwhile
        }
    }

    /** Every file and folder under {@code root}, root itself left out. */
    private static List<Path> filesUnder(Path root) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).filter(p -> !p.getFileName().toString().startsWith("hsperfdata"))
                    .sorted().toList();
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
