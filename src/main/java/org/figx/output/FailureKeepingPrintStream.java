package org.figx.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that keeps the write error a PrintStream swallows, so that the run
 * can tell a reader that went away ({@code figx big/ | head}: a broken pipe, a quiet
 * stop) from output that was lost ({@code figx a.txt > /dev/full}: an error, exit 1).
 */
public final class FailureKeepingPrintStream extends PrintStream {
    private final Recorder recorder;

    private FailureKeepingPrintStream(Recorder recorder, Charset charset) {
        super(recorder, false, charset);
        this.recorder = recorder;
    }

    /** Over {@code out}, printing text in {@code charset}. */
    public static FailureKeepingPrintStream over(OutputStream out, Charset charset) {
        return new FailureKeepingPrintStream(new Recorder(out), charset);
    }

    /** The first write error, or null. */
    public IOException failure() {
        return recorder.failure;
    }

    /** Whether {@code e} says the reader closed its end of the pipe (EPIPE). */
    public static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.contains("Broken pipe");
    }

    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
