package org.figx.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.figx.sources.Input;

/** Progress of a run on stderr: inputs done out of all, MB/s, time left. */
interface Progress extends AutoCloseable {

    /** One input is written; it had {@code bytes} bytes (0 when unknown, as for stdin). */
    void inputDone(long bytes);

    @Override
    void close();

    Progress NONE = new Progress() {
        @Override
        public void inputDone(long bytes) {
        }

        @Override
        public void close() {
        }
    };

    /** Whether to show progress, decided once the inputs are known. */
    @FunctionalInterface
    interface Factory {
        Progress start(List<Input> inputs);
    }

    /**
     * @param forced     {@code --progress} (true), {@code --no-progress} (false), or null:
     *                   shown when stderr is a terminal and more than one input is read
     * @param isTerminal whether stderr is a terminal
     */
    static Factory factory(Boolean forced, boolean isTerminal, PrintStream stderr) {
        return inputs -> {
            boolean wanted = forced != null ? forced : isTerminal && inputs.size() > 1;
            return wanted ? new Bar(inputs, stderr) : NONE;
        };
    }

    /** A progress bar over the inputs, with the megabytes read per second beside it. */
    final class Bar implements Progress {
        private static final double MB = 1024.0 * 1024.0;
        private static final int WIDTH = 100;

        private final ProgressBar bar;
        private final long startNanos = System.nanoTime();
        private long bytes;

        Bar(List<Input> inputs, PrintStream stderr) {
            this.bar = new ProgressBarBuilder()
                    .setTaskName("figx")
                    .setInitialMax(inputs.size())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" files", 1)
                    .setUpdateIntervalMillis(200)
                    .setMaxRenderedLength(WIDTH)
                    .setConsumer(new ConsoleProgressBarConsumer(stderr, WIDTH))
                    .build();
        }

        /** The size of a file, -1 when unknown (stdin, or a file that will fail to read). */
        static long size(Input input) {
            if (input.isStdin()) {
                return -1;
            }
            try {
                return Files.size(input.path());
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public void inputDone(long size) {
            bytes += Math.max(0, size);
            bar.step();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            bar.setExtraMessage(seconds <= 0 ? "" : String.format(Locale.ROOT, " %.1f MB/s", bytes / MB / seconds));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Whether this process's stderr (file descriptor 2) is a terminal. */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** Whether this process's stdin (file descriptor 0) is a terminal: someone is to type. */
    static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
