package org.figx.sources.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The encoding a web page declares in its first bytes ({@code <meta charset="windows-1252">}). */
public final class DeclaredCharset {
    /** Where a page must declare its encoding, by HTML's rules: its first 1024 bytes. */
    private static final int HEAD = 1024;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    /** The charset {@code bytes} declare, or null when none or one Java does not know. */
    public static Charset of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // HTML reads a page that says Latin-1 as windows-1252 (its superset), as browsers do
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
