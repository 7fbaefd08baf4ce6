package org.figx.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource's lines, read in one go: its bytes at once, decoded once, cut where
 * {@link java.io.BufferedReader#readLine} cuts them (at {@code \n}, {@code \r} or
 * {@code \r\n}, no empty last line after a final break). Start-up reads some 150
 * small resources: a reader and a decoder for each, and the per-character work of
 * {@code readLine} in the interpreter, took about a third of their reading.
 * Undecodable bytes become U+FFFD, as through an {@link java.io.InputStreamReader}.
 */
public final class ResourceText {
    private ResourceText() {
    }

    /** The lines of the UTF-8 resource at {@code path} ({@link Resources#open}), or null when there is none. */
    public static List<String> read(String path) throws IOException {
        byte[] bytes;
        try (InputStream in = Resources.open(path)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        }
        return split(new String(bytes, StandardCharsets.UTF_8));
    }

    /** {@code text} cut into lines as {@link java.io.BufferedReader#readLine} cuts it. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int length = text.length();
        if (text.indexOf('\r') < 0) {
            // the usual file, lines ended by \n alone: cut with indexOf, not a loop over every char
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                out.add(text.substring(start, end));
                start = end + 1;
            }
            if (start < length) {
                out.add(text.substring(start));
            }
            return out;
        }
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < length) {
            out.add(text.substring(start));
        }
        return out;
    }
}
