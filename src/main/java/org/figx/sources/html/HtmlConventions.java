package org.figx.sources.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.figx.text.ResourceText;

/** The lines of a resource of {@code org/figx/html/}: each a key and its value, comments and blanks left out. */
final class HtmlConventions {
    /** One line: {@code tag script} is key "tag", value "script". */
    record Entry(String key, String value) {
    }

    private HtmlConventions() {
    }

    static List<Entry> read(String name) {
        List<String> lines;
        try {
            lines = ResourceText.read("/org/figx/html/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines == null) {
            throw new IllegalStateException("missing resource org/figx/html/" + name);
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int space = s.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException("org/figx/html/" + name + ": no value in '" + s + "'");
            }
            entries.add(new Entry(s.substring(0, space), s.substring(space + 1).strip()));
        }
        return entries;
    }
}
