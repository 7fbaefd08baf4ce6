package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What -o does to what it names: never the input, never a device replaced by a file. */
class OutputTargetCliTest {
    private static final String ARTICLE = "Le budget atteint 4,2 milliards d'euros en 2025.\n";

    @TempDir
    Path dir;

    @Test
    void anOutputThatIsAlsoAnInputIsAUsageErrorAndTheInputIsKept() throws IOException {
        Path input = Files.writeString(dir.resolve("article.txt"), ARTICLE);

        Cli.Result result = Cli.run("", input.toString(), "-o", input.toString());

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("figx: --output " + input + " is also an input"), result.stderr());
        assertEquals(ARTICLE, Files.readString(input));
    }

    /** A named pipe stands for a device here: it is safe to make, and a regression could replace it harmlessly. */
    @Test
    void aNamedPipeIsWrittenToAsItIsNotReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("rows.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Path input = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Cli.Result result = Cli.run("", input.toString(), "-o", fifo.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertFalse(Files.isRegularFile(fifo), "the pipe was replaced by a regular file");
        assertArrayEquals(Cli.run("", input.toString()).stdoutBytes(), read.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("", new String(result.stdoutBytes(), StandardCharsets.UTF_8));
    }
}
