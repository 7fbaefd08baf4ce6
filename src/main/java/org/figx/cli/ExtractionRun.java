package org.figx.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Mention;
import org.figx.output.OutputTarget;
import org.figx.output.RowWriter;
import org.figx.output.Rows;
import org.figx.sources.Document;
import org.figx.sources.DocumentReader;
import org.figx.sources.Input;
import org.figx.sources.InputWalker;

/**
 * Reads the inputs one at a time, in the order named (directory contents sorted),
 * and writes each document's rows before reading the next: memory is bounded by
 * the largest document, and rows come out in input order.
 */
final class ExtractionRun {
    private final Figx figx;
    private final ExtractOptions options;
    private final InputWalker walker;
    private final DocumentReader reader;
    private final StderrDiagnostics diagnostics;

    ExtractionRun(Figx figx, ExtractOptions options, InputWalker walker, DocumentReader reader,
                  StderrDiagnostics diagnostics) {
        this.figx = figx;
        this.options = options;
        this.walker = walker;
        this.reader = reader;
        this.diagnostics = diagnostics;
    }

    /** Writes the header, then the rows of every input, until done or the reader is gone. */
    void run(List<String> arguments, RowWriter writer, OutputTarget target) throws IOException {
        writer.writeHeader();
        for (String argument : arguments) {
            for (Input input : walker.expand(argument)) {
                Optional<Document> document = reader.read(input);
                if (document.isPresent()) {
                    writer.write(Rows.of(input.source(), document.get().text(), extract(document.get())));
                }
                if (target.readerGone()) {
                    return;
                }
            }
        }
    }

    private List<Mention> extract(Document document) {
        try {
            return figx.extract(document.text(), options);
        } catch (RuntimeException e) {
            diagnostics.extractionFailed(document.source(), e);
            return List.of();
        }
    }
}
