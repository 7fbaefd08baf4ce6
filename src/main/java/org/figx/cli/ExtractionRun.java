package org.figx.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.Mention;
import org.figx.extract.Extractor;
import org.figx.time.Reference;
import org.figx.output.OutputTarget;
import org.figx.output.Row;
import org.figx.output.RowWriter;
import org.figx.output.Rows;
import org.figx.sources.ChunkedTextReader;
import org.figx.sources.Document;
import org.figx.sources.DocumentReader;
import org.figx.sources.Input;
import org.figx.sources.InputFormat;
import org.figx.sources.InputWalker;
import org.figx.sources.IoReasons;

/**
 * Reads the inputs in the order named (directory contents sorted) and extracts them
 * on {@code threads} worker threads, at most a small window of documents ahead of
 * the writer: each document's rows are written as soon as every earlier one's are,
 * so output is byte-identical for any thread count and memory holds a few documents,
 * not the corpus.
 *
 * <p>An input longer than one chunk (a huge file, or stdin) is read by this thread
 * in chunks cut at paragraph breaks ({@link ChunkedTextReader}); the chunks are
 * extracted in parallel like documents, their rows placed in the whole input. Later
 * chunks resolve dates against the first chunk's dateline, as the whole would.
 */
final class ExtractionRun {
    /** Characters per chunk of a long input, and the file size above which a file is chunked. */
    static final int CHUNK_CHARS = 1024 * 1024;
    /**
     * Input bytes (or chunk characters) in flight at most, besides the count of
     * documents: a document's text, figures and rows take about ten times its size
     * while it waits its turn, so 16 MiB keeps the heap of a run with many threads
     * over long files near 200 MB. A larger document still runs, alone.
     */
    static final long MAX_BYTES_IN_FLIGHT = 16L * 1024 * 1024;

    private final DocumentLanguages languages;
    private final ExtractOptions options;
    private final DocumentExtraction wholeDocuments;
    private final InputWalker walker;
    private final InputFormat format;
    private final DocumentReader reader;
    /** Standard input, buffered so that its first bytes can be looked at before it is read. */
    private final BufferedInputStream stdin;
    private final StderrDiagnostics diagnostics;
    private final int threads;
    private final int chunkChars;
    private final Progress.Factory progress;

    ExtractionRun(DocumentLanguages languages, ExtractOptions options, InputWalker walker, InputFormat format,
                  InputStream stdin, StderrDiagnostics diagnostics, int threads, int chunkChars,
                  Progress.Factory progress) {
        this.languages = languages;
        this.options = options;
        this.wholeDocuments = new DocumentExtraction(languages, options);
        this.walker = walker;
        this.format = format;
        this.stdin = new BufferedInputStream(stdin, 64 * 1024);
        this.reader = new DocumentReader(this.stdin, diagnostics, format);
        this.diagnostics = diagnostics;
        this.threads = threads;
        this.chunkChars = chunkChars;
        this.progress = progress;
    }

    /** The work done on one document or chunk, waiting for its turn to be written. */
    private record Done(RowWriter.Prepared rows, JobDiagnostics problems, long bytes, boolean inputFinished,
                        Optional<LocalDateTime> dateline) {
        static Done problemsOnly(JobDiagnostics problems, long bytes) {
            return new Done(NO_ROWS, problems, bytes, true, Optional.empty());
        }
    }

    private static final RowWriter.Prepared NO_ROWS = new RowWriter.Prepared(List.of(), new byte[0]);

    /** The writer, which also formats each document's rows on the worker that found them. */
    private RowWriter writer;

    /** Writes the header, then the rows of every input, until done or the reader is gone. */
    void run(List<String> arguments, RowWriter writer, OutputTarget target) throws IOException {
        this.writer = writer;
        writer.writeHeader();
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            inputs.addAll(walker.expand(argument));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try (Progress shown = progress.start(inputs)) {
            Window window = new Window(pool, Math.max(2, 2 * threads), writer, target, shown);
            for (Input input : inputs) {
                if (window.stopped) {
                    break;
                }
                if (isLong(input)) {
                    readInChunks(input, window);
                } else {
                    window.submit(new DocumentJob(input), Progress.Bar.size(input));
                }
            }
            window.drainAll();
        } finally {
            pool.shutdownNow();
        }
    }

    /*
     * The worker threads and the jobs are classes, not lambdas: a one-phrase run makes
     * them at start-up, where each lambda is one more class spun and linked.
     */

    /** Daemon threads named figx-worker. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "figx-worker");
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Reading and extracting one document. */
    private final class DocumentJob implements Callable<Done> {
        private final Input input;

        DocumentJob(Input input) {
            this.input = input;
        }

        @Override
        public Done call() {
            return readAndExtract(input);
        }
    }

    /** Extracting one chunk of a long input. */
    private final class ChunkJob implements Callable<Done> {
        private final String source;
        private final ChunkedTextReader.Chunk chunk;
        private final ExtractOptions chunkOptions;

        /** @param chunkOptions with the language the chunk is read in */
        ChunkJob(String source, ChunkedTextReader.Chunk chunk, ExtractOptions chunkOptions) {
            this.source = source;
            this.chunk = chunk;
            this.chunkOptions = chunkOptions;
        }

        @Override
        public Done call() {
            return extractChunk(source, chunk, chunkOptions);
        }
    }

    /**
     * Stdin (its length is unknown) and files longer than a chunk are read in chunks; a web
     * page never is: it is read whole, to find its article.
     */
    private boolean isLong(Input input) {
        if (format.isHtmlByName(input)) {
            return false;
        }
        if (input.isStdin()) {
            return !format.isHtml(input, peekStdin(), InputFormat.SNIFF_BYTES);
        }
        try {
            return Files.isRegularFile(input.path()) && Files.size(input.path()) > chunkChars;
        } catch (IOException e) {
            return false; // reported when read
        }
    }

    /**
     * The first bytes of standard input, left to be read again; none when it cannot be read
     * (the reading that follows reports it, as a read failure).
     */
    private byte[] peekStdin() {
        if (format == InputFormat.TEXT) {
            return new byte[0];
        }
        try {
            stdin.mark(InputFormat.SNIFF_BYTES);
            byte[] head = stdin.readNBytes(InputFormat.SNIFF_BYTES);
            stdin.reset();
            return head;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private Done readAndExtract(Input input) {
        JobDiagnostics problems = new JobDiagnostics();
        try {
            return readAndExtract(input, problems);
        } catch (OutOfMemoryError e) {
            // what the job held is garbage now: say which input it was, and go on with the others
            problems.outOfMemory(input.source());
            return Done.problemsOnly(problems, Progress.Bar.size(input));
        }
    }

    private Done readAndExtract(Input input, JobDiagnostics problems) {
        Optional<Document> document = reader.read(input, problems);
        long bytes = Progress.Bar.size(input);
        if (document.isEmpty()) {
            return Done.problemsOnly(problems, bytes);
        }
        ExtractOptions read = wholeDocuments.optionsFor(document.get());
        List<Mention> mentions = extract(input.source(), document.get().text(), read, problems).mentions();
        return new Done(writer.prepare(DocumentExtraction.rows(document.get(), mentions, read)),
                problems, bytes, true, Optional.empty());
    }

    private void readInChunks(Input input, Window window) throws IOException {
        JobDiagnostics problems = new JobDiagnostics();
        String source = input.source();
        InputStream in = null;
        ChunkedTextReader chunks = null;
        try {
            try {
                in = input.isStdin() ? stdin : Files.newInputStream(input.path());
                chunks = ChunkedTextReader.open(in, chunkChars);
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
            Future<Done> first = null;
            ExtractOptions chunkOptions = options;
            // the first chunk that tells its language tells the rest's: a long input is one document
            Language decided = null;
            while (!window.stopped) {
                Optional<ChunkedTextReader.Chunk> next = nextChunk(chunks, source, problems);
                if (next.isEmpty()) {
                    break;
                }
                ChunkedTextReader.Chunk chunk = next.get();
                if (chunk.index() == 1 && options.referenceDate().isEmpty()) {
                    chunkOptions = options.withReferenceDate(window.await(first).dateline().orElse(null));
                }
                ExtractOptions used = chunkOptions;
                if (decided == null) {
                    decided = languages.decide(chunk.text()).orElse(null);
                }
                Language language = decided != null ? decided : languages.first();
                Future<Done> submitted = window.submit(new ChunkJob(source, chunk, used.withLanguage(language)),
                        chunk.text().length());
                if (chunk.index() == 0) {
                    first = submitted;
                }
            }
        } catch (ReadFailure e) {
            if (e.io instanceof ChunkedTextReader.BinaryInputException) {
                problems.skipped(source, "binary file", input.named());
            } else if (e.io instanceof CharacterCodingException) {
                problems.cannotRead(source, DocumentReader.UNDECODABLE);
            } else {
                problems.cannotRead(source, IoReasons.of(e.io));
            }
        } finally {
            if (in != null && !input.isStdin()) {
                in.close();
            }
        }
        if (chunks != null && chunks.changes() != null) {
            problems.readWithChanges(source, chunks.changes());
        }
        window.add(Done.problemsOnly(problems, Progress.Bar.size(input)));
    }

    /** A read error, told apart from errors writing the output, which stop the run. */
    private static final class ReadFailure extends Exception {
        final IOException io;

        ReadFailure(IOException io) {
            super(io);
            this.io = io;
        }
    }

    private static Optional<ChunkedTextReader.Chunk> nextChunk(ChunkedTextReader chunks, String source,
                                                            JobDiagnostics problems) throws ReadFailure {
        try {
            return chunks.next();
        } catch (CharacterCodingException e) {
            problems.cannotRead(source, "stops being valid text in the encoding of its beginning; "
                    + "the rows before that point are written");
            return Optional.empty();
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    private Done extractChunk(String source, ChunkedTextReader.Chunk chunk, ExtractOptions chunkOptions) {
        JobDiagnostics problems = new JobDiagnostics();
        try {
            return extractChunk(source, chunk, chunkOptions, problems);
        } catch (OutOfMemoryError e) {
            problems.outOfMemory(source);
            return new Done(NO_ROWS, problems, 0, false, Optional.empty());
        }
    }

    private Done extractChunk(String source, ChunkedTextReader.Chunk chunk, ExtractOptions chunkOptions,
                              JobDiagnostics problems) {
        Extractor.Extraction found = extract(source, chunk.text(), chunkOptions, problems);
        List<Mention> mentions = found.mentions();
        Optional<LocalDateTime> dateline = chunk.index() == 0 && chunkOptions.referenceDate().isEmpty()
                && found.reference().isKnown() ? Optional.of(found.reference().moment()) : Optional.empty();
        List<Row> rows = Rows.of(source, chunk.text(), mentions,
                new Rows.Origin(chunk.codePointOffset(), chunk.line(), chunk.columnOffset()),
                chunkOptions.language().code());
        return new Done(writer.prepare(rows), problems, 0, false, dateline);
    }

    /** Extracts with the language {@code with} names. */
    private Extractor.Extraction extract(String source, String text, ExtractOptions with,
                                         JobDiagnostics problems) {
        try {
            return Figx.forLanguage(with.language()).extractDocument(text, with);
        } catch (RuntimeException e) {
            problems.extractionFailed(source, e);
            return new Extractor.Extraction(List.of(), Reference.none());
        }
    }

    /** The documents in flight, oldest first, and the writing of each when its turn comes. */
    private final class Window {
        private final ExecutorService pool;
        private final int capacity;
        private final RowWriter writer;
        private final OutputTarget target;
        private final Progress shown;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private long bytesInFlight;
        private boolean stopped;

        /** A job in flight and the size of its input. */
        private record Pending(Future<Done> result, long bytes) {
        }

        Window(ExecutorService pool, int capacity, RowWriter writer, OutputTarget target, Progress shown) {
            this.pool = pool;
            this.capacity = capacity;
            this.writer = writer;
            this.target = target;
            this.shown = shown;
        }

        /**
         * Starts a job on {@code bytes} of input once there is room (in the count of
         * documents and in the bytes in flight), writing what is finished first.
         */
        Future<Done> submit(Callable<Done> job, long bytes) throws IOException {
            writeFinished();
            while (!pending.isEmpty() && !stopped
                    && (pending.size() >= capacity || bytesInFlight + bytes > MAX_BYTES_IN_FLIGHT)) {
                writeOldest();
            }
            if (stopped) {
                return CompletableFuture.completedFuture(Done.problemsOnly(new JobDiagnostics(), 0));
            }
            Future<Done> future = pool.submit(job);
            pending.add(new Pending(future, bytes));
            bytesInFlight += bytes;
            return future;
        }

        /** Queues work already done (problems found by this thread) in its turn. */
        void add(Done done) throws IOException {
            pending.add(new Pending(CompletableFuture.completedFuture(done), 0));
            writeFinished();
        }

        void drainAll() throws IOException {
            while (!pending.isEmpty() && !stopped) {
                writeOldest();
            }
        }

        private void writeFinished() throws IOException {
            while (!pending.isEmpty() && pending.peek().result().isDone() && !stopped) {
                writeOldest();
            }
        }

        private void writeOldest() throws IOException {
            Pending oldest = pending.poll();
            bytesInFlight -= oldest.bytes();
            Done done = await(oldest.result());
            done.problems().replay(diagnostics);
            if (!done.rows().rows().isEmpty()) {
                writer.write(done.rows());
            }
            if (done.inputFinished()) {
                shown.inputDone(done.bytes());
            }
            if (target.readerGone()) {
                stopped = true;
                pending.forEach(p -> p.result().cancel(true));
                pending.clear();
            }
        }

        /** The result of a job; an unexpected exception in it is rethrown here, as if run here. */
        Done await(Future<Done> future) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException(cause);
            }
        }
    }
}
