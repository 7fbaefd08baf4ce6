package org.figx.output;

import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Rows to standard output. A PrintStream never throws: a closed pipe only sets
 * its error flag, which {@link #readerGone()} reports so the run can stop quietly.
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

    @Override
    public void commit() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
