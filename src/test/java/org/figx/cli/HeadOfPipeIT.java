package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figx dir/ | head -1}: the reader closes the pipe after one line, and figx, as the
 * built jar, ends soon after (a write to a closed pipe stops the run) instead of working
 * through the whole folder, quietly: no stack trace, no message.
 */
class HeadOfPipeIT {
    @TempDir
    Path dir;

    @Test
    void aReaderThatStopsAfterOneLineEndsTheRunQuickly() throws Exception {
        // 8,000 articles, 32 MB: the whole run takes some 16 s on 2 cores, twice the bound below;
        // stopped by its reader it ends in under a second
        Path articles = JarRun.articles(dir.resolve("articles"), 8000);
        Process process = JarRun.figx(articles.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        process.getOutputStream().close();

        String first;
        try (BufferedReader head = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            first = head.readLine();
        } // closing it closes the pipe, as head does
        long closed = System.nanoTime();

        boolean ended = process.waitFor(8, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - closed);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertTrue(ended, "figx still running 8 s after its reader went away");
        assertTrue(first.startsWith("source,line,column,start,end,kind,"), first);
        assertEquals("", Files.readString(dir.resolve("stderr.txt")));
        assertEquals(0, process.exitValue(), "a reader going away is no failure (" + seconds + " s)");
    }
}
