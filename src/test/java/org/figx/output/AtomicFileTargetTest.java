package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTargetTest {
    @TempDir
    Path dir;

    @Test
    void fileAppearsOnlyOnCommit() throws IOException {
        Path file = dir.resolve("facts.csv");
        try (AtomicFileTarget target = new AtomicFileTarget(file)) {
            target.stream().write("rows".getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(), visibleFiles());
            target.commit();
        }
        assertEquals("rows", Files.readString(file));
        assertEquals(List.of(file), allFiles());
    }

    @Test
    void closingWithoutCommitKeepsTheOldFileAndLeavesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("facts.csv"), "old");
        try (AtomicFileTarget target = new AtomicFileTarget(file)) {
            target.stream().write("half a ro".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), allFiles());
    }

    private List<Path> visibleFiles() throws IOException {
        return allFiles().stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aKilledRunsTemporaryFileIsRemovedByTheNextRunAndALiveOnesIsNot() throws IOException {
        Path file = dir.resolve("facts.csv");
        Path killed = Files.writeString(dir.resolve(".facts.csv.1f2e3d.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".facts.csv.abc.tmp"), "writing");
        Path other = Files.writeString(dir.resolve(".facts.csv.notes.tmp"), "not ours: not hex");
        Path otherFile = Files.writeString(dir.resolve(".other.csv.1f.tmp"), "another output's");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(live,
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = channel.lock()) {
            try (AtomicFileTarget target = new AtomicFileTarget(file)) {
                target.stream().write("x\n".getBytes(StandardCharsets.UTF_8));
                target.commit();
            }
        }
        assertEquals(List.of(".facts.csv.abc.tmp", ".facts.csv.notes.tmp", ".other.csv.1f.tmp", "facts.csv"),
                allFiles().stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(false, Files.exists(killed));
        assertEquals("not ours: not hex", Files.readString(other));
        assertEquals("another output's", Files.readString(otherFile));
    }
}
