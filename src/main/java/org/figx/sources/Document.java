package org.figx.sources;

import java.util.Objects;
import org.figx.sources.html.HtmlPage;

/**
 * One input, decoded: what the extractor reads and the rows report.
 *
 * @param source the name the rows carry: the path as given, the file's path for a
 *               file found under a directory argument, or {@code -} for stdin
 * @param text   the decoded text, byte-order mark removed; of a web page, its article's text
 * @param page   what a web page says of itself (title, address, publication date), or
 *               null for text
 */
public record Document(String source, String text, HtmlPage page) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** A text document. */
    public Document(String source, String text) {
        this(source, text, null);
    }
}
