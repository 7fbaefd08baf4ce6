package org.figx.sources;

import java.util.Objects;

/**
 * One input, decoded: what the extractor reads and the rows report.
 *
 * @param source the name the rows carry: the path as given, the file's path for a
 *               file found under a directory argument, or {@code -} for stdin
 * @param text   the decoded text, byte-order mark removed
 */
public record Document(String source, String text) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
