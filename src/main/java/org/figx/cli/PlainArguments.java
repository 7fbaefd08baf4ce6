package org.figx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line of paths alone (or nothing: standard input), with at most one output
 * file: the usual "figx &lt; article.txt", "figx articles/" and "figx articles/ -o
 * facts.csv". Such a line means the same to picocli as to {@link FigxCommand#onPaths}:
 * every other option at its default and the other arguments as PATHs, so {@link Main}
 * runs it without picocli, whose set-up (its model of the command read by reflection
 * from the annotations, some 170 classes) costs a one-phrase run about a fifth of a
 * second of CPU. Anything else, and any argument picocli might read otherwise, goes
 * through picocli (CommandLineRoutesTest compares both routes).
 *
 * @param paths  the PATHs, in order
 * @param output the file after {@code -o} or {@code --output}, or null
 */
record PlainArguments(List<String> paths, Path output) {
    /**
     * The plain reading of {@code args}, or null when picocli must read them: an
     * argument empty or blank (a usage error), starting with {@code -} (an option,
     * {@code --} or {@code -} for standard input) or {@code @} (picocli reads arguments
     * from such a file), other than one {@code -o FILE} or {@code --output FILE} whose
     * FILE is a plain argument itself; or picocli asked to trace, or a default thread
     * count that is not valid.
     */
    static PlainArguments of(String[] args) {
        List<String> paths = new ArrayList<>(args.length);
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-o") || arg.equals("--output")) && output == null && i + 1 < args.length
                    && isPlain(args[i + 1])) {
                try {
                    output = Path.of(args[++i]);
                } catch (java.nio.file.InvalidPathException e) {
                    return null; // picocli says what is wrong with it
                }
            } else if (isPlain(arg)) {
                paths.add(arg);
            } else {
                return null;
            }
        }
        if (System.getProperty("picocli.trace") != null || FigxCommand.defaultThreads() > FigxCommand.MAX_THREADS) {
            return null;
        }
        return new PlainArguments(paths, output);
    }

    private static boolean isPlain(String arg) {
        return !arg.isBlank() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }
}
