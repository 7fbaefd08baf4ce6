package org.figx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An exception nobody expected: one line on stderr, and the stack trace only when
 * the environment variable FIGX_DEBUG is set.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    private final boolean debug;

    InternalErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        report(e, commandLine.getErr(), debug);
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** The exit status picocli gives an exception of the command: its default, kept by figx. */
    static final int STATUS = 1;

    /** Says what went wrong on {@code err}: also for a command run without picocli. */
    static void report(Exception e, PrintWriter err, boolean debug) {
        err.println("figx: internal error: " + describe(e));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** The exception's type and message: "NullPointerException: x is null". */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
