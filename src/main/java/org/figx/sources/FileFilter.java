package org.figx.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files found while walking a directory are read: those matching an include
 * pattern (any file when there is none) and no exclude pattern.
 */
public record FileFilter(List<Glob> includes, List<Glob> excludes) {
    public static final FileFilter ALL = new FileFilter(List.of(), List.of());

    public FileFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** @param relative the file's path relative to the directory argument */
    public boolean accepts(Path relative) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(relative));
        return included && excludes.stream().noneMatch(g -> g.matches(relative));
    }
}
