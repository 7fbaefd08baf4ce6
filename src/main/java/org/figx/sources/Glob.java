package org.figx.sources;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A file-name pattern of {@code --include} / {@code --exclude}, in the syntax of
 * {@link java.nio.file.FileSystem#getPathMatcher} ({@code *.txt}, {@code drafts/**}).
 */
public record Glob(String pattern, PathMatcher matcher) {

    /** @throws IllegalArgumentException when the pattern is not a valid glob */
    public static Glob of(String pattern) {
        return new Glob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }

    /**
     * Whether the file matches, by its path relative to the walked directory or by its
     * bare name: {@code *.txt} then selects text files at any depth.
     */
    public boolean matches(Path relative) {
        Path name = relative.getFileName();
        return matcher.matches(relative) || (name != null && matcher.matches(name));
    }
}
