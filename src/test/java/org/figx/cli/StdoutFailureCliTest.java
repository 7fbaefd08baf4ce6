package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.figx.output.FailureKeepingPrintStream;
import org.junit.jupiter.api.Test;

/**
 * A write error on standard output: a full disk behind a redirection loses the rows and
 * is an error (exit 1, one line); a reader that went away ({@code | head}) is a quiet stop.
 */
class StdoutFailureCliTest {
    private static final String ARTICLE = "Le budget atteint 4,2 milliards d'euros en 2025.\n";

    /** An output whose every write fails with {@code message}, as the system reports it. */
    private static OutputStream failingWith(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }

    private static int run(OutputStream stdout, ByteArrayOutputStream err) {
        PrintStream out = FailureKeepingPrintStream.over(stdout, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return Main.commandLine(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), out, errStream,
                false).execute();
    }

    @Test
    void aFullDiskIsAnErrorNamedOnStderr() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(failingWith("No space left on device"), err);

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, stderr);
        assertTrue(stderr.startsWith("figx: cannot write standard output: No space left on device"), stderr);
    }

    @Test
    void aClosedPipeIsAQuietStop() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(failingWith("Broken pipe"), err);

        assertEquals(0, exit);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
