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

    /**
     * The language whose lexicons to load first: the one {@code --lang} names before a
     * {@code --}, French for {@code auto} or none (most documents' language, and the
     * one an undecided document is read in).
     */
    static org.figx.Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (args[i].equals("--")) {
                break;
            }
            if (value != null) {
                try {
                    return new OptionConverters.LanguageConverter().convert(value).firstLanguage(); // as picocli reads it
                } catch (RuntimeException e) {
                    break; // a wrong --lang: the command says so; French meanwhile
                }
            }
        }
        return DocumentLanguages.FALLBACK;
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
