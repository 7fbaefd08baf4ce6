package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code --format}, and the writer for each. */
public enum OutputFormat {
    CSV, TSV, JSONL, XLSX;

    /** Bytes buffered before writing: rows are small, output can be large. */
    static final int BUFFER_BYTES = 1 << 16;

    /** The name on the command line and the file extension ({@code jsonl}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name's extension asks for, if it names one. */
    public static Optional<OutputFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (lower.endsWith("." + format.label())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A writer of this format over {@code stream} with the SPEC's columns; {@code dialect} only shapes CSV. */
    public RowWriter open(OutputStream stream, Dialect dialect) throws IOException {
        return open(stream, dialect, Columns.STANDARD);
    }

    /** A writer of this format over {@code stream} that writes {@code columns}; {@code dialect} only shapes CSV. */
    public RowWriter open(OutputStream stream, Dialect dialect, Columns columns) throws IOException {
        return switch (this) {
            case CSV -> new CsvRowWriter(stream, dialect, columns);
            case TSV -> new TsvRowWriter(stream, columns);
            case JSONL -> new JsonlRowWriter(stream, columns);
            case XLSX -> new XlsxRowWriter(stream, columns);
        };
    }
}
