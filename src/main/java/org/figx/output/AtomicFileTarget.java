package org.figx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows to a file, written so that the file's name never holds half an output: they
 * go to a hidden temporary file beside it (same directory, so the final move is a
 * rename on the same file system), which replaces the file only on commit. Until
 * then a shutdown hook removes the temporary file if the run is interrupted (Ctrl-C).
 */
public final class AtomicFileTarget implements OutputTarget {
    private final Path file;
    private final Path temp;
    private final OutputStream stream;
    private final Thread cleanupOnExit;
    private boolean done;

    public AtomicFileTarget(Path file) throws IOException {
        this.file = file;
        this.temp = createTemp(file);
        this.cleanupOnExit = new Thread(this::deleteTemp, "figx-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        try {
            this.stream = new BufferedOutputStream(Files.newOutputStream(temp));
        } catch (IOException e) {
            deleteTemp();
            finish();
            throw e;
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
        stream.close();
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
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
