package org.figx.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How an input's bytes are read ({@code --input-format}): as text, as a saved web page,
 * or told per input: by the file's extension ({@code .html}, {@code .htm}), else by its
 * first bytes ({@code <!DOCTYPE html} or {@code <html}, after a byte-order mark and
 * white space).
 */
public enum InputFormat {
    TEXT, HTML, AUTO;

    /** Bytes enough to see a page's start behind a byte-order mark, white space and a comment or two. */
    public static final int SNIFF_BYTES = 1024;

    /** The name on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code input}, whose first bytes are {@code head} (or all of them), is read as a web page. */
    public boolean isHtml(Input input, byte[] head, int length) {
        return switch (this) {
            case TEXT -> false;
            case HTML -> true;
            case AUTO -> hasHtmlExtension(input.path()) || startsLikeHtml(head, length);
        };
    }

    /** Whether {@code input} is a page by its name alone (a {@code .html} or {@code .htm} file). */
    public boolean isHtmlByName(Input input) {
        return this == HTML || this == AUTO && hasHtmlExtension(input.path());
    }

    private static boolean hasHtmlExtension(Path path) {
        if (path == null || path.getFileName() == null) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Whether the first {@code length} bytes of {@code head} open an HTML document. */
    static boolean startsLikeHtml(byte[] head, int length) {
        int n = Math.min(length, Math.min(head.length, SNIFF_BYTES));
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int i = 0;
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3; // UTF-8's byte-order mark, read as Latin-1
        }
        while (true) {
            while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
                i++;
            }
            if (!start.startsWith("<!--", i)) {
                break;
            }
            int end = start.indexOf("-->", i + 4);
            if (end < 0) {
                return false;
            }
            i = end + 3;
        }
        return tagAt(start, i, "<!doctype html") || tagAt(start, i, "<html");
    }

    /** Whether {@code s} has {@code tag} (any case) as a whole name at {@code at}: then '>', white space or its end. */
    private static boolean tagAt(String s, int at, String tag) {
        if (!s.regionMatches(true, at, tag, 0, tag.length())) {
            return false;
        }
        int after = at + tag.length();
        return after == s.length() || s.charAt(after) == '>' || Character.isWhitespace(s.charAt(after));
    }
}
