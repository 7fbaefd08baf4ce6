package org.figx.cli;

import java.io.PrintStream;
import org.figx.sources.Diagnostics;

/**
 * Reports input problems on stderr, one line each, and remembers whether any of
 * them must turn the exit status to 1.
 */
final class StderrDiagnostics implements Diagnostics {
    private final PrintStream err;
    private final boolean debug;
    private boolean failed;

    StderrDiagnostics(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public void cannotRead(String source, String reason) {
        err.println("figx: cannot read " + source + ": " + reason);
        failed = true;
    }

    @Override
    public void skipped(String source, String why, boolean failure) {
        err.println("figx: skipping " + why + " " + source);
        failed |= failure;
    }

    @Override
    public void readWithChanges(String source, String changes) {
        err.println("figx: warning: " + source + ": " + changes);
    }

    /** The extractor failed on one document: a bug, reported so the other documents still get done. */
    void extractionFailed(String source, RuntimeException e) {
        err.println("figx: internal error on " + source + ": " + InternalErrorHandler.describe(e));
        if (debug) {
            e.printStackTrace(err);
        }
        failed = true;
    }

    /** The heap ran out on one input (or one chunk of it): its rows are left out, the others go on. */
    void outOfMemory(String source) {
        err.println("figx: out of memory on " + source + " (" + heap() + "): its rows are left out; " + MORE_HEAP);
        failed = true;
    }

    /** What to tell a user whose run ran out of heap. */
    static final String MORE_HEAP = "JAVA_OPTS=-Xmx1g gives figx more";

    /** "heap of 157 MB": the heap the run had. */
    static String heap() {
        return "heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /** Whether some input could not be used. */
    boolean failed() {
        return failed;
    }
}
