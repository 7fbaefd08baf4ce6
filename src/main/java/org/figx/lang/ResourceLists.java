package org.figx.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figx.Language;
import org.figx.text.Fold;

/**
 * Reads the word lists under {@code /org/figx/lang/<lang>/}: UTF-8 text, one
 * entry a line, {@code #} starts a comment, blank lines ignored. Pair lists are
 * written {@code phrase = value}.
 */
public final class ResourceLists {
    private final Language language;
    /** The lists read so far: a lexicon asks for some lists two or three times. */
    private final Map<String, List<String>> read = new java.util.HashMap<>();

    public ResourceLists(Language language) {
        this.language = language;
    }

    /** The language whose lists these are. */
    public Language language() {
        return language;
    }

    /** The non-comment lines of a list, trimmed (unmodifiable). */
    public List<String> lines(String name) {
        List<String> lines = read.get(name);
        if (lines == null) {
            lines = java.util.Collections.unmodifiableList(readLines(name));
            read.put(name, lines);
        }
        return lines;
    }

    private List<String> readLines(String name) {
        String path = "/org/figx/lang/" + language.code() + "/" + name;
        List<String> lines;
        try {
            lines = org.figx.text.ResourceText.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
        if (lines == null) {
            throw new IllegalStateException("missing word list " + path);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }

    /** A list of {@code phrase = value} lines, in file order. */
    public Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(name + ": expected 'phrase = value', got '" + line + "'");
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    /*
     * Loops, not forEach with a lambda: each lambda is a class the JVM makes at
     * start-up, and the lexicon's loading is start-up.
     */

    /** A list of phrases read into a phrase table that answers "is one of them here?". */
    public PhraseTable<Boolean> phrases(String name) {
        PhraseTable<Boolean> table = new PhraseTable<>();
        for (String phrase : lines(name)) {
            table.add(phrase, Boolean.TRUE);
        }
        return table;
    }

    /** A pair list read into a phrase table, each value converted by {@code parse}. */
    public <V> PhraseTable<V> phraseTable(String name, java.util.function.Function<String, V> parse) {
        PhraseTable<V> table = new PhraseTable<>();
        for (Map.Entry<String, String> pair : pairs(name).entrySet()) {
            table.add(pair.getKey(), parse.apply(pair.getValue()));
        }
        return table;
    }

    /** A pair list read into a phrase table, the values as written. */
    public PhraseTable<String> textTable(String name) {
        PhraseTable<String> table = new PhraseTable<>();
        for (Map.Entry<String, String> pair : pairs(name).entrySet()) {
            table.add(pair.getKey(), pair.getValue());
        }
        return table;
    }

    /** A pair list read into a phrase table, the values whole numbers. */
    public PhraseTable<Integer> integerTable(String name) {
        PhraseTable<Integer> table = new PhraseTable<>();
        for (Map.Entry<String, String> pair : pairs(name).entrySet()) {
            table.add(pair.getKey(), Integer.parseInt(pair.getValue()));
        }
        return table;
    }

    /** The lines of a list, folded ({@link Fold}), as a set. */
    public java.util.Set<String> foldedLines(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : lines(name)) {
            out.add(Fold.fold(line));
        }
        return out;
    }
}
