package org.figx.spark;

import java.util.List;
import java.util.Optional;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Mention;
import org.figx.cli.DocumentExtraction;
import org.figx.output.Row;
import org.figx.sources.Diagnostics;
import org.figx.sources.Document;
import org.figx.sources.DocumentReader;
import org.figx.sources.Input;

/**
 * figx in one executor JVM: built the first time a task there asks for it, with the
 * job's settings, then shared by the executor's tasks (the extractor is thread-safe).
 * The lexicons are loaded here, never serialised into tasks.
 */
final class ExecutorFigx {
    private static ExecutorFigx shared;

    private final JobSettings settings;
    private final DocumentReader reader;
    private final DocumentExtraction extraction;

    private ExecutorFigx(JobSettings settings) {
        this.settings = settings;
        this.reader = new DocumentReader(null, null, settings.inputFormat());
        this.extraction = settings.extraction();
    }

    /** The executor's figx for {@code settings} (one job's settings at a time). */
    static synchronized ExecutorFigx of(JobSettings settings) {
        if (shared == null || !shared.settings.equals(settings)) {
            shared = new ExecutorFigx(settings);
        }
        return shared;
    }

    /** What one file gives: its rows, or why it was left out. */
    record Outcome(String source, List<Row> rows, String error, boolean binary) implements java.io.Serializable {
    }

    /** Reads and extracts the whole file {@code source} whose bytes are {@code bytes}. */
    Outcome read(String source, byte[] bytes) {
        Problems problems = new Problems();
        Input input = new Input(source, java.nio.file.Path.of(fileName(source)), true);
        Optional<Document> document = reader.read(input, bytes, problems);
        if (document.isEmpty()) {
            return new Outcome(source, List.of(), problems.reason, problems.binary);
        }
        ExtractOptions read = extraction.optionsFor(document.get());
        try {
            List<Mention> mentions = Figx.forLanguage(read.language())
                    .extractDocument(document.get().text(), read).mentions();
            return new Outcome(source, DocumentExtraction.rows(document.get(), mentions, read), null, false);
        } catch (RuntimeException e) {
            return new Outcome(source, List.of(), "extraction failed: " + e, false);
        }
    }

    private static String fileName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }

    /** The reason a file is left out, as the command line would print it. */
    private static final class Problems implements Diagnostics {
        String reason;
        boolean binary;

        @Override
        public void cannotRead(String source, String why) {
            reason = why;
        }

        @Override
        public void skipped(String source, String why, boolean failure) {
            reason = why;
            binary = true;
        }

        @Override
        public void readWithChanges(String source, String changes) {
            // read, with some bytes replaced: its rows are written, as by the command line
        }
    }
}
