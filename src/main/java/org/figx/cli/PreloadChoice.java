package org.figx.cli;

/**
 * Whether a command line will extract, so that {@link Main} starts loading the
 * lexicons before picocli has parsed it. {@code --help} and {@code --version} only
 * print: loading the lexicons for them would take a core away from picocli for
 * nothing. Anything else counts as extracting; a wrong guess costs time, never output,
 * since the command loads the lexicons itself when it needs them.
 */
final class PreloadChoice {
    private PreloadChoice() {
    }

    /** False when an option before a {@code --} asks only for the usage or the version. */
    static boolean extracts(String[] args) {
        for (String arg : args) {
            switch (arg) {
                case "--":
                    return true;
                case "-h":
                case "--help":
                case "-V":
                case "--version":
                    return false;
                default:
                    break;
            }
        }
        return true;
    }
}
