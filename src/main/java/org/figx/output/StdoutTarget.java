package org.figx.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Rows to standard output. A PrintStream never throws: a closed pipe only sets
 * its error flag, which {@link #readerGone()} reports so the run can stop quietly;
 * any other write error (kept by {@link FailureKeepingPrintStream}) fails the commit.
 */
public final class StdoutTarget implements OutputTarget {
    private final PrintStream out;
    private final OutputStream unclosable;

    public StdoutTarget(PrintStream stdout) {
        this.out = stdout;
        this.unclosable = new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                stdout.write(bytes, offset, length);
            }

            /** Writers close what they write to; standard output stays open for the process. */
            @Override
            public void close() {
                stdout.flush();
            }
        };
    }

    @Override
    public OutputStream stream() {
        return unclosable;
    }

    @Override
    public boolean readerGone() {
        return out.checkError();
    }

    /**
     * Flushes; a write error other than a reader gone away (a full disk behind a
     * redirection) is thrown, so the run ends with an error instead of losing rows quietly.
     */
    @Override
    public void commit() throws IOException {
        out.flush();
        if (out.checkError() && out instanceof FailureKeepingPrintStream kept && kept.failure() != null
                && !FailureKeepingPrintStream.isBrokenPipe(kept.failure())) {
            throw kept.failure();
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
