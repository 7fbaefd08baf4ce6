package org.figx.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where the streaming workbook keeps the rows it has flushed: a folder of this run's own
 * under the system's temporary folder, deleted with everything in it when the JVM ends,
 * however it ends short of being killed outright (Ctrl-C, SIGTERM, an error). POI's own
 * strategy leaves its files, megabytes of them, in a shared "poifiles" folder when a run
 * is interrupted before the workbook is disposed.
 */
final class XlsxTempFiles implements TempFileCreationStrategy {
    private static XlsxTempFiles installed;

    private final Path folder;

    private XlsxTempFiles(Path folder) {
        this.folder = folder;
    }

    /** Makes POI put its temporary files in this run's folder (once per JVM). */
    static synchronized void install() throws IOException {
        if (installed != null) {
            return;
        }
        installed = new XlsxTempFiles(Files.createTempDirectory("figx-xlsx-"));
        Runtime.getRuntime().addShutdownHook(new Thread(installed::deleteAll, "figx-xlsx-cleanup"));
        TempFile.setTempFileCreationStrategy(installed);
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempDirectory(folder, prefix).toFile();
    }

    /** Deletes the folder and what is in it, deepest first; what cannot be deleted stays. */
    private void deleteAll() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // at exit nothing can be reported; the system cleans its temporary folder
        }
    }
}
