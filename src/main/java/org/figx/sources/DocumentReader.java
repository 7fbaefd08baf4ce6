package org.figx.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.Optional;
import org.figx.sources.html.DeclaredCharset;
import org.figx.sources.html.HtmlPage;

/** Reads inputs into {@link Document}s, reporting the ones that cannot be used. */
public final class DocumentReader {
    /** Why an input that is not binary still cannot be used. */
    public static final String UNDECODABLE =
            "not valid text in any encoding (its byte-order mark's or one detected)";

    private final InputStream stdin;
    private final Diagnostics diagnostics;
    private final InputFormat format;

    public DocumentReader(InputStream stdin, Diagnostics diagnostics) {
        this(stdin, diagnostics, InputFormat.TEXT);
    }

    /** @param format how inputs are read: as text, as web pages, or told per input */
    public DocumentReader(InputStream stdin, Diagnostics diagnostics, InputFormat format) {
        this.stdin = stdin;
        this.diagnostics = diagnostics;
        this.format = format;
    }

    /** The decoded document, or empty when the input was reported and must be skipped. */
    public Optional<Document> read(Input input) {
        return read(input, diagnostics);
    }

    /** As {@link #read(Input)}, reporting to {@code diagnostics} (one per worker thread's job). */
    public Optional<Document> read(Input input, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = input.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(input.path());
        } catch (IOException e) {
            diagnostics.cannotRead(input.source(), IoReasons.of(e));
            return Optional.empty();
        }
        return read(input, bytes, diagnostics);
    }

    /**
     * The document {@code bytes} (all of {@code input}, read elsewhere: by the Spark job from
     * its file system) make, or empty when reported to {@code diagnostics} and to be skipped.
     */
    public Optional<Document> read(Input input, byte[] bytes, Diagnostics diagnostics) {
        if (TextDecoder.looksBinary(bytes)) {
            diagnostics.skipped(input.source(), "binary file", input.named());
            return Optional.empty();
        }
        boolean html = format.isHtml(input, bytes, bytes.length);
        try {
            TextDecoder.Decoded decoded = TextDecoder.read(bytes, html ? DeclaredCharset.of(bytes) : null);
            if (decoded.changes() != null) {
                diagnostics.readWithChanges(input.source(), decoded.changes());
            }
            if (html) {
                HtmlPage page = HtmlPage.read(decoded.text());
                return Optional.of(new Document(input.source(), page.text(), page));
            }
            return Optional.of(new Document(input.source(), decoded.text()));
        } catch (CharacterCodingException e) {
            diagnostics.cannotRead(input.source(), UNDECODABLE);
            return Optional.empty();
        }
    }
}
