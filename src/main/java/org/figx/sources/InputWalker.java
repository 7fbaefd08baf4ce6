package org.figx.sources;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Turns one command-line argument into the inputs it stands for: {@code -} is
 * stdin, a file is itself, a directory is every regular, non-hidden file below it
 * that the filter accepts, sorted by path string so that output order never
 * depends on the file system.
 */
public final class InputWalker {
    private final FileFilter filter;
    private final Diagnostics diagnostics;
    private final Optional<Path> outputFile;

    /**
     * @param outputFile the file figx is writing, if any: never read back as input
     *                   when it lies under a walked directory
     */
    public InputWalker(FileFilter filter, Diagnostics diagnostics, Optional<Path> outputFile) {
        this.filter = filter;
        this.diagnostics = diagnostics;
        // an if, not Optional.map with a lambda: every run makes a walker at start-up
        this.outputFile = outputFile.isPresent() ? Optional.of(outputFile.get().toAbsolutePath().normalize())
                : Optional.empty();
    }

    public List<Input> expand(String argument) {
        if (argument.equals(Input.STDIN_NAME)) {
            return List.of(Input.stdin());
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            diagnostics.cannotRead(argument, "invalid path");
            return List.of();
        }
        if (Files.isDirectory(path)) {
            return walk(path);
        }
        // a missing or unreadable file is reported when it is read
        return List.of(new Input(argument, path, true));
    }

    private List<Input> walk(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            // following links lets a linked folder of articles be read; the walk
            // detects link loops and reports them as FileSystemLoopException
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Collector(root, files));
        } catch (IOException e) {
            diagnostics.cannotRead(root.toString(), IoReasons.of(e));
        }
        files.sort(Comparator.comparing(Path::toString));
        List<Input> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            inputs.add(new Input(file.toString(), file, false));
        }
        return inputs;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private boolean isOutputFile(Path file) {
        return outputFile.isPresent() && outputFile.get().equals(file.toAbsolutePath().normalize());
    }

    /** Collects the files of one directory argument, reporting what it cannot enter. */
    private final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> files;

        Collector(Path root, List<Path> files) {
            this.root = root;
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // the directory argument itself may be "." or ".articles": the user named it
            return !dir.equals(root) && isHidden(dir)
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // not regular: sockets, devices, FIFOs (reading one could block forever),
            // and dangling links
            if (attrs.isRegularFile() && !isHidden(file) && !isOutputFile(file)
                    && filter.accepts(root.relativize(file))) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (e instanceof FileSystemLoopException) {
                diagnostics.skipped(file.toString(), "symbolic link loop", false);
            } else {
                diagnostics.cannotRead(file.toString(), IoReasons.of(e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                diagnostics.cannotRead(dir.toString(), IoReasons.of(e));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
