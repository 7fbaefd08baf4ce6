package org.figx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.output.AtomicFileTarget;
import org.figx.output.DeviceTarget;
import org.figx.output.Columns;
import org.figx.output.Dialect;
import org.figx.output.OutputFormat;
import org.figx.output.OutputTarget;
import org.figx.output.RowWriter;
import org.figx.output.StdoutTarget;
import org.figx.sources.FileFilter;
import org.figx.sources.Glob;
import org.figx.sources.InputFormat;
import org.figx.sources.InputWalker;
import org.figx.sources.IoReasons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code figx} command: its options, their checks, and the wiring of inputs,
 * extractor and output. Streams are injected so tests run it in-process.
 */
@Command(name = "figx",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Extracts figures from article text: numbers, money amounts, percentages, quantities,",
            "dates, times, periods and durations, one row each, normalised, with the time each",
            "figure refers to, what it measures and whether it is a result or a target."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read (finding nothing is success)",
            "1:some input could not be read or decoded (the others are still written)",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  cat article.txt | figx",
            "  figx articles/ -o facts.csv",
            "  figx --threads 4 --include '*.txt' corpus/ -o facts.xlsx",
            "  figx --types money,percent --dialect excel-fr a.txt",
            "  echo 'Fin 2025 : 3 millions USD.' | figx --explain"})
public final class FigxCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read (directories recursively, hidden files and "
                    + "binary files skipped). None, or '-': standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the rows there instead of to standard output; the file appears "
                    + "only when complete.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            converter = OptionConverters.FormatConverter.class,
            description = "csv, tsv, jsonl or xlsx. Default: from the extension of FILE, else csv.")
    private OutputFormat format;

    @Option(names = "--types", paramLabel = "LIST", split = ",",
            converter = OptionConverters.KindConverter.class,
            completionCandidates = OptionConverters.KindLabels.class,
            description = "Only these kinds, comma-separated: ${COMPLETION-CANDIDATES}.")
    private List<Kind> types = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            converter = OptionConverters.LanguageConverter.class,
            description = "Language of the text: fr, en or auto (default: auto, told per document "
                    + "from its commonest words; French when it says too little).")
    private LanguageChoice language;

    @Option(names = "--reference-date", paramLabel = "DATE",
            converter = OptionConverters.ReferenceDateConverter.class,
            description = "ISO date or date-time (2024-11-27, 2024-11-27T14:30) for resolving "
                    + "incomplete and relative dates. Default: each document's dateline.")
    private LocalDateTime referenceDate;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = OptionConverters.InputFormatConverter.class,
            description = "text, html or auto (default: auto, html for .html and .htm files and for "
                    + "input that starts like a web page). A web page is read for its article's text, "
                    + "dated by its publication date.")
    private InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--include", paramLabel = "GLOB", converter = OptionConverters.GlobConverter.class,
            description = "When walking a directory, read only files whose path (relative to it) "
                    + "or name matches. Repeatable.")
    private List<Glob> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", converter = OptionConverters.GlobConverter.class,
            description = "When walking a directory, skip files whose path (relative to it) "
                    + "or name matches. Repeatable.")
    private List<Glob> excludes = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "DIALECT",
            converter = OptionConverters.DialectConverter.class,
            description = "CSV flavour: rfc4180 (default), excel (UTF-8 BOM, CRLF), excel-fr "
                    + "(BOM, CRLF, ';' delimiter, decimal comma). Both excel dialects write a text "
                    + "cell that would start a formula (=, +, -, @...) with a leading '.")
    private Dialect dialect;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files processed in parallel (default: the number of cores, here "
                    + "${DEFAULT-VALUE}); the output never depends on it.")
    private int threads = defaultThreads();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (files, MB/s, time left). Default: "
                    + "when stderr is a terminal and more than one file is read.")
    private Boolean progress;

    @Option(names = "--explain",
            description = "Add a last column (JSONL: field) 'rule' naming the rule that found each "
                    + "row, e.g. date-day-month, period-du-au, money-symbol-after: for debugging a wrong "
                    + "row. The names may change between versions.")
    private boolean explain;

    @Spec
    private CommandSpec spec;

    /** More threads than this only costs memory: extraction is CPU-bound. */
    static final int MAX_THREADS = 256;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final boolean debug;

    /** @param debug print stack traces of internal errors (env FIGX_DEBUG) */
    public FigxCommand(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean debug) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.debug = debug;
    }

    /** The default of {@code --threads}: the number of cores. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The command picocli would make of a line of PATHs alone and at most one output file
     * (see {@link PlainArguments}): every other option at its default, {@code --lang} at
     * {@code auto}.
     *
     * @param output the file of {@code -o}, or null for standard output
     */
    static FigxCommand onPaths(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean debug,
                               List<String> paths, Path output) {
        FigxCommand command = new FigxCommand(stdin, stdout, stderr, debug);
        command.paths.addAll(paths);
        command.output = output;
        command.language = LanguageChoice.AUTO;
        return command;
    }

    @Override
    public Integer call() {
        Optional<Path> outputFile = outputFile();
        OutputFormat chosenFormat = chosenFormat(outputFile);
        Dialect chosenDialect = chosenDialect(chosenFormat);
        ExtractOptions options = extractOptions();
        StderrDiagnostics diagnostics = new StderrDiagnostics(stderr, debug);
        InputWalker walker = new InputWalker(new FileFilter(includes, excludes), diagnostics, outputFile);
        if (threads < 1 || threads > MAX_THREADS) {
            throw usageError("--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
        }
        if (anyBlank(paths)) {
            throw usageError("an empty PATH names no file; use '.' for the current folder");
        }
        Progress.Factory progressFactory = Progress.factory(progress,
                stderr == System.err && Progress.stderrIsTerminal(), stderr);
        ExtractionRun run = new ExtractionRun(language.documentLanguages(), options, walker, inputFormat,
                stdin, diagnostics, threads, ExtractionRun.CHUNK_CHARS, progressFactory);
        List<String> arguments = paths.isEmpty() ? List.of("-") : paths;
        if (paths.isEmpty() && stdin == System.in && Progress.stdinIsTerminal()) {
            // "figx" alone on a terminal would otherwise wait in silence
            stderr.println("figx: reading standard input (end with Ctrl-D; files or folders as arguments; figx --help)");
        }
        try (OutputTarget target = outputTarget(outputFile)) {
            try (RowWriter writer = chosenFormat.open(target.stream(), chosenDialect,
                    explain ? Columns.EXPLAINED : Columns.STANDARD)) {
                run.run(arguments, writer, target);
            }
            target.commit();
        } catch (IOException e) {
            stderr.println("figx: cannot write " + outputFile.map(Path::toString).orElse("standard output")
                    + ": " + IoReasons.of(e));
            return 1;
        }
        return diagnostics.failed() ? 1 : 0;
    }

    /*
     * Loops and ifs rather than streams and lambdas in what every run goes through:
     * each lambda is one more class made at start-up.
     */

    private static boolean anyBlank(List<String> paths) {
        for (String path : paths) {
            if (path.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The file to write, empty for standard output ({@code -o -} too, as for most tools). */
    private Optional<Path> outputFile() {
        if (output == null || output.toString().equals("-")) {
            return Optional.empty();
        }
        if (output.toString().isEmpty()) {
            // Path.of("") is the current folder: say what is wrong, not "is a directory"
            throw usageError("--output needs a file name ('-' for standard output)");
        }
        if (Files.isDirectory(output)) {
            throw usageError("--output " + output + " is a directory; give a file name");
        }
        // said before anything is read; a folder is not made: a typo in its name would be hidden
        Path folder = output.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw usageError("--output " + output + ": " + (Files.exists(folder)
                    ? folder + " is a file, not a folder"
                    : "no folder " + folder + "; make it first (mkdir -p " + folder + ")"));
        }
        for (String path : paths) {
            if (!path.equals("-") && sameFile(Path.of(path), output)) {
                throw usageError("--output " + output + " is also an input; write the rows elsewhere");
            }
        }
        return Optional.of(output);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // what cannot be compared is reported when it is read or written
        }
    }

    /** Standard output; a device as it is ("-o /dev/stdout"); else a file that appears only when complete. */
    private OutputTarget outputTarget(Optional<Path> outputFile) throws IOException {
        if (outputFile.isEmpty()) {
            return new StdoutTarget(stdout);
        }
        return DeviceTarget.isDevice(outputFile.get()) ? new DeviceTarget(outputFile.get())
                : new AtomicFileTarget(outputFile.get());
    }

    private OutputFormat chosenFormat(Optional<Path> outputFile) {
        if (format != null) {
            return format;
        }
        return outputFile.isPresent() ? OutputFormat.forFileName(outputFile.get().getFileName().toString())
                .orElse(OutputFormat.CSV) : OutputFormat.CSV;
    }

    private Dialect chosenDialect(OutputFormat chosenFormat) {
        if (dialect == null) {
            return Dialect.RFC4180;
        }
        if (chosenFormat != OutputFormat.CSV) {
            throw usageError("--dialect applies to csv output only, not " + chosenFormat.label());
        }
        return dialect;
    }

    private ExtractOptions extractOptions() {
        if (types.isEmpty() && spec != null && spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--types")) {
            // "--types ," (an empty variable in a script) splits to nothing; no kind is not every kind
            throw usageError("--types names no kind (valid kinds: "
                    + String.join(", ", new OptionConverters.KindLabels()) + ")");
        }
        Language chosenLanguage = language.firstLanguage();
        EnumSet<Kind> kinds = types.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(types);
        return new ExtractOptions(kinds, chosenLanguage, Optional.ofNullable(referenceDate));
    }

    /**
     * A usage error for picocli's handler. On the plain route ({@link #onPaths}) there is no
     * command line of picocli's yet: one is made for the error, whose cost only errors pay.
     */
    private ParameterException usageError(String message) {
        return new ParameterException(spec != null ? spec.commandLine()
                : Main.commandLine(stdin, stdout, stderr, debug), message);
    }
}
