package org.figx.cli;

import org.figx.Figx;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Entry point of figx.jar: runs the command on the process's streams and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean debug = System.getenv("FIGX_DEBUG") != null;
        // the lexicons take most of start-up: load the usual language's while picocli sets up
        // and parses (wasted only on another language); --help and --version need none
        if (PreloadChoice.extracts(args)) {
            Figx.preload(PreloadChoice.language(args));
        }
        int status;
        try {
            status = run(System.in, standardOutput(), System.err, debug, args);
        } catch (OutOfMemoryError e) {
            // out of a worker's job (which names its input) or of reading and writing themselves
            System.err.println("figx: out of memory (" + StderrDiagnostics.heap() + "); " + StderrDiagnostics.MORE_HEAP);
            status = 1;
        }
        System.exit(status);
    }

    /** Standard output as System.out writes it, keeping the write error System.out would swallow. */
    private static PrintStream standardOutput() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        java.nio.charset.Charset charset = encoding != null && java.nio.charset.Charset.isSupported(encoding)
                ? java.nio.charset.Charset.forName(encoding) : java.nio.charset.Charset.defaultCharset();
        return org.figx.output.FailureKeepingPrintStream.over(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), charset);
    }

    /**
     * Runs a command line and returns its exit status: a line of paths alone (and an output file) without
     * picocli ({@link PlainArguments}), any other through {@link #commandLine}.
     */
    static int run(InputStream in, PrintStream out, PrintStream err, boolean debug, String[] args) {
        PlainArguments plain = PlainArguments.of(args);
        if (plain == null) {
            return commandLine(in, out, err, debug).execute(args);
        }
        FigxCommand command = FigxCommand.onPaths(in, out, err, debug, plain.paths(), plain.output());
        try {
            return command.call();
        } catch (ParameterException e) {
            // a usage error found past parsing ("-o" a folder): as picocli's route reports it
            return new UsageErrorHandler().handleParseException(e, args);
        } catch (RuntimeException e) {
            // as picocli's execute does with the same exception (InternalErrorHandler); errors go up
            InternalErrorHandler.report(e, new PrintWriter(err, true), debug);
            return InternalErrorHandler.STATUS;
        }
    }

    /** The configured command over the given streams: what main runs, and what tests run. */
    public static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, boolean debug) {
        CommandLine commandLine = new CommandLine(new FigxCommand(in, out, err, debug));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler(debug));
        return commandLine;
    }
}
