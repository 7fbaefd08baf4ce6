package org.figx.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * "Output order never depends on --threads" (SPEC), for any folder: a generated folder
 * of several documents (French, English, mixed, empty, undecodable, binary, in
 * sub-folders) gives the same bytes on stdout and the same stderr and exit status with
 * {@code --threads} 1, 2 and 4, through the command line as users run it.
 */
class ThreadsProperties {

    record Document(String path, byte[] bytes) {
        @Override
        public String toString() {
            return path + " (" + bytes.length + " bytes)";
        }
    }

    @Property(tries = 25)
    void anyFolderGivesTheSameBytesWithAnyNumberOfThreads(@ForAll("folders") List<Document> documents)
            throws IOException {
        Path folder = Files.createTempDirectory("figx-threads");
        try {
            for (Document document : documents) {
                Path file = folder.resolve(document.path());
                Files.createDirectories(file.getParent());
                Files.write(file, document.bytes());
            }
            Cli.Result one = Cli.run("", "--threads", "1", folder.toString());
            for (String threads : List.of("2", "4")) {
                Cli.Result many = Cli.run("", "--threads", threads, folder.toString());
                if (many.exitCode() != one.exitCode() || !many.stderr().equals(one.stderr())
                        || !Arrays.equals(many.stdoutBytes(), one.stdoutBytes())) {
                    throw new AssertionError("--threads " + threads + " differs from --threads 1 on " + documents
                            + "\n--threads 1: exit " + one.exitCode() + ", " + one.stderr() + one.stdout()
                            + "\n--threads " + threads + ": exit " + many.exitCode() + ", " + many.stderr()
                            + many.stdout());
                }
            }
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<List<Document>> folders() {
        Arbitrary<String> french = Arbitraries.of(
                "Le chiffre d'affaires a atteint 28 milliards USD en 2023, soit plus de 12 %.",
                "Paris, le 3 février 2025 — Le baril a terminé la semaine à 74,30 dollars, en baisse de 4,6 %.",
                "La Région vise 450 millions de déplacements d'ici 2030 ; l'an dernier, 380 millions.",
                "Du 27 au 28 novembre 2024, près de 1 200 foyers ont reçu 35 € chacun.",
                "Rien à signaler.");
        Arbitrary<String> english = Arbitraries.of(
                "RIVERSIDE, Oct. 22 - The council approved a $2.3 billion budget for fiscal 2025.",
                "Revenue rose 8% to £4.2 billion in 2024, and the group expects about £400 million of capex.",
                "Rates will go up by 6 percent on January 1, about $4 a month.");
        Arbitrary<String> text = Arbitraries.oneOf(french, english).list().ofMinSize(0).ofMaxSize(12)
                .map(sentences -> String.join(" ", sentences));
        Arbitrary<byte[]> bytes = Arbitraries.frequencyOf(
                Tuple.of(8, text.map(t -> t.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, text.map(t -> t.getBytes(StandardCharsets.ISO_8859_1))),
                Tuple.of(1, Arbitraries.just(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a',
                        (byte) 0xE9, 'b'})),
                Tuple.of(1, Arbitraries.just(new byte[] {1, 0, 2})));
        Arbitrary<String> path = Arbitraries.of("a", "b", "sub/c", "sub/d", "sub/deeper/e", "z", "Ä", "0")
                .flatMap(name -> Arbitraries.integers().between(0, 99).map(n -> name + "-" + n + ".txt"));
        return Arbitraries.entries(path, bytes).map(e -> new Document(e.getKey(), e.getValue()))
                .list().ofMinSize(2).ofMaxSize(9).uniqueElements(Document::path);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
