package org.figx.cli;

/**
 * Whether a command line names only paths (or nothing: standard input), the usual
 * "figx &lt; article.txt" or "figx articles/". Such a line means the same to picocli
 * as to {@link FigxCommand#onPaths}: every option at its default and the arguments
 * as PATHs, so {@link Main} runs it without picocli, whose set-up (its model of the
 * command read by reflection from the annotations, some 170 classes) costs a
 * one-phrase run about a fifth of a second of CPU. Anything else, and any argument
 * picocli might read otherwise, goes through picocli (CommandLineRoutesTest compares
 * both routes).
 */
final class PlainArguments {
    private PlainArguments() {
    }

    /**
     * True when no argument is empty or blank (a usage error), none starts with
     * {@code -} (an option, {@code --} or {@code -} for standard input) or {@code @}
     * (picocli reads arguments from such a file), picocli is not asked to trace, and the
     * default thread count is valid.
     */
    static boolean only(String[] args) {
        for (String arg : args) {
            if (arg.isBlank() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return false;
            }
        }
        return System.getProperty("picocli.trace") == null
                && FigxCommand.defaultThreads() <= FigxCommand.MAX_THREADS;
    }
}
