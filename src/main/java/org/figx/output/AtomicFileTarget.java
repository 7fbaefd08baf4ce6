package org.figx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows to a file, written so that the file's name never holds half an output: they
 * go to a hidden temporary file beside it (same directory, so the final move is a
 * rename on the same file system), which replaces the file only on commit. Until
 * then a shutdown hook removes the temporary file if the run is interrupted (Ctrl-C,
 * SIGTERM). A run killed outright (SIGKILL) runs no hook: its temporary file is left,
 * and the next run writing the same file removes it. It knows a leftover from the
 * temporary file of a run still writing by the lock each run holds on its own until the
 * rename: the system drops a killed process's locks.
 */
public final class AtomicFileTarget implements OutputTarget {
    private final Path file;
    private final Path temp;
    /** The temporary file, open and locked while this run writes it. */
    private final FileChannel channel;
    private final OutputStream stream;
    private final Thread cleanupOnExit;
    private boolean done;

    public AtomicFileTarget(Path file) throws IOException {
        this.file = file;
        removeLeftovers(file);
        this.temp = createTemp(file);
        this.cleanupOnExit = new Thread(this::deleteTemp, "figx-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            lock(channel);
            this.stream = new BufferedOutputStream(Channels.newOutputStream(channel));
        } catch (IOException e) {
            deleteTemp();
            finish();
            throw e;
        }
    }

    /** Whether {@code name} is one {@link #createTemp} gives: PREFIX, hexadecimal digits, ".tmp". */
    private static boolean isTempName(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp") || name.length() == prefix.length() + 4) {
            return false;
        }
        for (int i = prefix.length(); i < name.length() - 4; i++) {
            if (Character.digit(name.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Locks this run's temporary file; where the file system has no locks, it goes unlocked. */
    private static void lock(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // no locks here: a later run will not take this file for a leftover, as it cannot lock it either
        }
    }

    /**
     * Deletes the temporary files of earlier runs writing {@code file} that were killed:
     * those no process holds locked. One that cannot be locked (a run still writing, or a
     * file system without locks) is left alone.
     */
    private static void removeLeftovers(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path leftover : entries) {
                if (!isTempName(leftover.getFileName().toString(), prefix)) {
                    continue;
                }
                try (FileChannel other = FileChannel.open(leftover, StandardOpenOption.WRITE);
                     FileLock held = other.tryLock()) {
                    if (held != null) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // locked by a live run, or gone: not a leftover to remove
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the output itself will say what is wrong with it
        }
    }

    /**
     * A new empty file beside {@code file}. Not Files.createTempFile: that one is
     * private to the user (rw-------), and the output would keep those permissions;
     * a plain new file gets the usual ones from the umask. The name need not be
     * unguessable: the file is created only if none is there (no link followed), and
     * a name taken is drawn again; so not SecureRandom either, whose set-up (a seed
     * from the system, 46 classes of the security providers) every run with -o paid.
     */
    private static Path createTemp(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        while (true) {
            Path candidate = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another run picked the same name: draw again
            }
        }
    }

    @Override
    public OutputStream stream() {
        return stream;
    }


    @Override
    public void commit() throws IOException {
        // renamed while still open and locked, so that no run starting now takes it for a leftover
        stream.flush();
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            stream.close();
        }
        finish();
    }

    /** Discards the output unless it was committed. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        try {
            stream.close();
        } finally {
            deleteTemp();
            finish();
        }
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: the leftover is a hidden file, never the output's name
        }
    }

    private void finish() {
        done = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway and finds nothing to delete
        }
    }
}
