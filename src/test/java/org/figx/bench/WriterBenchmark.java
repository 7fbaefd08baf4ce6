package org.figx.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.figx.Figx;
import org.figx.Language;
import org.figx.output.Columns;
import org.figx.output.Dialect;
import org.figx.output.OutputFormat;
import org.figx.output.Row;
import org.figx.output.RowWriter;
import org.figx.output.Rows;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of a row writer alone: the rows figx finds in the project's French
 * articles ({@code testdata/articles/fr} and {@code testdata/bench/fr}, or the
 * directories of {@code figx.bench.writer.dirs}, separated by {@code :}) are made once,
 * repeated up to {@link #rows} rows (100,000 by default, some 20 MB of CSV), and each
 * operation writes them all, document by document as the CLI does
 * ({@link RowWriter#write(List)}: format, encode to UTF-8, copy to the stream), to an
 * output stream that only counts the bytes.
 *
 * <p>{@code xlsx} is figx's workbook writer (fastexcel); {@code xlsx-poi} the Apache POI
 * writer it replaced ({@link PoiXlsxRowWriter}, POI being a test dependency now), so that
 * one run compares the two. POI's temporary files are part of its cost, on the disk.
 *
 * <p>Excluded: extraction, reading input, the output's disk. The {@code bytes} and
 * {@code rows} counters are the output produced and the rows written per second (JMH
 * reports them as rates), so MB/s = bytes / 2^20; {@code bench/writer.sh} runs it and
 * does that arithmetic.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS) // its operation is long: fewer warm-ups
public class WriterBenchmark extends FigxBenchmark {
    /**
     * {@code csv-rfc4180}, {@code csv-excel}, {@code csv-excel-fr}, {@code tsv}, {@code jsonl},
     * {@code xlsx} (fastexcel) or {@code xlsx-poi} (the Apache POI writer it replaced).
     */
    @Param({"csv-rfc4180", "csv-excel", "csv-excel-fr"})
    public String output;

    /** Rows written by one operation, at least: the documents' rows, repeated. */
    @Param("100000")
    public int rows;

    /** The output name of the Apache POI writer figx used before fastexcel. */
    static final String POI = "xlsx-poi";

    private List<List<Row>> documents;
    private int written;
    private OutputFormat format;
    private Dialect dialect;

    /** Output bytes per second, as JMH sums an OPERATIONS counter into a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Output {
        public long bytes;
        public long rows;

        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
            rows = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        String dirs = System.getProperty("figx.bench.writer.dirs", "testdata/articles/fr:testdata/bench/fr");
        Figx figx = Figx.forLanguage(Language.FR);
        List<List<Row>> found = new ArrayList<>();
        int distinct = 0;
        for (String dir : dirs.split(":")) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(Path.of(dir))) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<Row> documentRows = Rows.of(file.toString(), text, figx.extract(text));
                found.add(documentRows);
                distinct += documentRows.size();
            }
        }
        if (distinct == 0) {
            throw new IllegalStateException("no rows found in " + dirs);
        }
        documents = new ArrayList<>();
        int total = 0;
        while (total < rows) {
            for (List<Row> document : found) {
                documents.add(document);
                total += document.size();
            }
        }
        written = total;
        if (output.startsWith("csv-")) {
            format = OutputFormat.CSV;
            dialect = Dialect.valueOf(output.substring(4).toUpperCase().replace('-', '_'));
        } else if (!output.equals(POI)) {
            format = OutputFormat.valueOf(output.toUpperCase());
            dialect = Dialect.RFC4180;
        }
        System.out.printf("%n# figx rows: %d distinct from %d documents in %s, repeated to %d rows per operation%n",
                distinct, found.size(), dirs, total);
    }

    private RowWriter open(OutputStream sink) throws IOException {
        return output.equals(POI) ? new PoiXlsxRowWriter(sink, Columns.STANDARD) : format.open(sink, dialect);
    }

    /** Every row written once, with a header, to a stream that counts. */
    @Benchmark
    public long writeAll(Output counted) throws IOException {
        CountingStream sink = new CountingStream();
        try (RowWriter writer = open(sink)) {
            writer.writeHeader();
            for (List<Row> document : documents) {
                writer.write(document);
            }
        }
        counted.bytes += sink.count;
        counted.rows += written;
        return sink.count;
    }

    /** An output stream that keeps nothing, counting what it is given. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
