package org.figx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figx.Figx;
import org.figx.Language;
import org.figx.Mention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state throughput of the extraction engine alone: {@link Figx#extract(String)}
 * on the project's French news prose, {@code testdata/bench/fr/*.txt}, already in memory.
 * No file reading, decoding, sentence output or row writing; JVM start-up and JIT
 * warm-up are left out by the warm-up iterations.
 *
 * <p>One operation extracts every document of the set once. The score is in
 * operations per second, summed over the threads ({@code -t N}) that share the one
 * engine, so MB/s = score × the set's size in MB. Run by {@code bench/engine.sh},
 * which does that arithmetic; by hand:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:DEPS org.openjdk.jmh.Main ExtractBenchmark -t 1
 * </pre>
 *
 * <p>The documents are read from {@code testdata/bench/fr} under the working directory,
 * or from the directory named by the system property {@code figx.bench.dir}.
 */
@State(Scope.Benchmark)
public class ExtractBenchmark extends FigxBenchmark {

    /** Where the documents are read from unless {@code figx.bench.dir} is set. */
    public static final String DEFAULT_DIR = "testdata/bench/fr";

    private Figx figx;
    private List<String> documents;

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("figx.bench.dir", DEFAULT_DIR));
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no *.txt documents in " + dir.toAbsolutePath());
        }
        documents = new ArrayList<>(files.size());
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            documents.add(new String(content, StandardCharsets.UTF_8));
        }
        figx = Figx.forLanguage(Language.FR);
        int mentions = 0;
        for (String document : documents) {
            mentions += figx.extract(document).size();
        }
        // the forked JVM's output reaches the console: the size one operation reads
        System.out.printf("%n# figx input: %d documents, %d bytes (UTF-8), %d mentions, from %s%n",
                documents.size(), bytes, mentions, dir.toAbsolutePath().normalize());
    }

    /** Every document extracted once; the mention count goes to the blackhole. */
    @Benchmark
    public void extractAll(Blackhole blackhole) {
        int mentions = 0;
        for (String document : documents) {
            List<Mention> found = figx.extract(document);
            mentions += found.size();
            blackhole.consume(found);
        }
        blackhole.consume(mentions);
    }
}
