package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run writing {@code -o out.csv} stopped in the middle, as the built jar, by SIGTERM
 * (Ctrl-C, {@code kill}) and by SIGKILL ({@code kill -9}, the out-of-memory killer):
 * never a file under the output's name. The rows go to a hidden temporary file beside
 * it, {@code .out.csv.<hex>.tmp}, renamed at the end; SIGTERM runs the JVM's shutdown
 * hooks, which delete it; SIGKILL runs nothing, so that hidden file stays until the next
 * run writing the same file removes it (README, "Use").
 */
class InterruptedOutputIT {
    private static final String TEMP_NAME = "\\.out\\.csv\\.[0-9a-f]+\\.tmp";

    @TempDir
    Path dir;

    @Test
    void sigtermLeavesNeitherTheFileNorItsTemporaryFile() throws Exception {
        Path out = dir.resolve("out/out.csv");
        Process process = startAndWaitForRows(out);

        process.destroy(); // SIGTERM

        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "figx did not stop on SIGTERM");
        assertEquals(List.of(), JarRun.names(out.getParent()));
        assertNoStackTrace();
    }

    @Test
    void sigkillLeavesNoFileUnderTheNameAndTheNextRunRemovesItsTemporaryFile() throws Exception {
        Path out = dir.resolve("out/out.csv");
        Process process = startAndWaitForRows(out);

        process.destroyForcibly(); // SIGKILL: no shutdown hook runs

        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "figx did not stop on SIGKILL");
        List<String> left = JarRun.names(out.getParent());
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).matches(TEMP_NAME), left.toString());

        // a later run writes the file whole, and removes what the killed one left
        Path small = Files.writeString(dir.resolve("small.txt"), "Le budget atteint 28 milliards USD.\n");
        Process again = JarRun.figx(small.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("again.log").toFile()).start();
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(dir.resolve("again.log")));
        assertTrue(Files.readString(out).contains(",money,28 milliards USD,28000000000,"));
        assertEquals(List.of("out.csv"), JarRun.names(out.getParent()));
    }

    /** figx on a big input with {@code -o}, once its temporary file has rows in it. */
    private Process startAndWaitForRows(Path out) throws IOException, InterruptedException {
        Files.createDirectories(out.getParent());
        Path articles = JarRun.articles(dir.resolve("articles"), 3000);
        Process process = JarRun.figx("--threads", "1", articles.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("figx.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hasRows(out.getParent())) {
            assertTrue(process.isAlive(), "figx ended before it was stopped: " + Files.readString(dir.resolve("figx.log")));
            assertTrue(System.nanoTime() < deadline, "no rows written in " + out.getParent());
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "figx ended before it was stopped");
        assertTrue(Files.notExists(out), "the output's name appeared before the end of the run");
        return process;
    }

    /** A temporary file past the header and the first buffer of rows. */
    private static boolean hasRows(Path folder) throws IOException {
        for (String name : JarRun.names(folder)) {
            if (name.matches(TEMP_NAME) && Files.size(folder.resolve(name)) > 16_384) {
                return true;
            }
        }
        return false;
    }

    private void assertNoStackTrace() throws IOException {
        String log = Files.readString(dir.resolve("figx.log"));
        assertTrue(!log.contains("Exception") && !log.contains("\tat "), log);
    }
}
