package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A line of paths alone runs without picocli ({@link PlainArguments}) and prints what picocli's route prints. */
class CommandLineRoutesTest {
    private static final String ARTICLE = "Le chiffre d'affaires a atteint 28 milliards USD en 2023, soit plus de 12 %.\n";

    @TempDir
    Path dir;

    private record Printed(int status, byte[] out, String err) {
    }

    private static Printed viaMain(String stdin, String... args) {
        return printed(stdin, true, args);
    }

    private static Printed viaPicocli(String stdin, String... args) {
        return printed(stdin, false, args);
    }

    private static Printed printed(String stdin, boolean main, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
            int status = main ? Main.run(in, o, e, false, args) : Main.commandLine(in, o, e, false).execute(args);
            o.flush();
            e.flush();
            return new Printed(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void assertSame(Printed expected, Printed actual) {
        assertEquals(expected.status(), actual.status());
        assertArrayEquals(expected.out(), actual.out());
        assertEquals(expected.err(), actual.err());
    }

    @Test
    void standardInputAloneIsReadTheSameWay() {
        Printed plain = viaMain(ARTICLE);
        assertSame(viaPicocli(ARTICLE), plain);
        assertEquals(0, plain.status());
        assertEquals(4, new String(plain.out(), StandardCharsets.UTF_8).split("\r\n").length);
    }

    @Test
    void filesAndFoldersAreReadTheSameWay() throws IOException {
        Files.createDirectories(dir.resolve("articles/sub"));
        Files.writeString(dir.resolve("articles/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("articles/sub/b.txt"), "Il a perdu 3 % le 4 mars 2024.\n");
        Files.write(dir.resolve("articles/image.bin"), new byte[] {'P', 'K', 0, 0, 1, 2});
        String folder = dir.resolve("articles").toString();
        String file = dir.resolve("articles/a.txt").toString();
        assertSame(viaPicocli("", folder, file), viaMain("", folder, file));
    }

    @Test
    void anOutputFileIsWrittenTheSameWay() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a.txt"), ARTICLE);
        String folder = dir.resolve("articles").toString();
        for (String name : new String[] {"facts.csv", "facts.jsonl", "facts.tsv"}) {
            Path byPicocli = dir.resolve("picocli-" + name);
            Path plain = dir.resolve("plain-" + name);
            Printed picocli = viaPicocli("", folder, "-o", byPicocli.toString());
            assertSame(picocli, viaMain("", "--output", plain.toString(), folder));
            assertEquals(0, picocli.status());
            assertArrayEquals(Files.readAllBytes(byPicocli), Files.readAllBytes(plain), name);
        }
    }

    @Test
    void anOutputFileReadsAsPicocliReadsIt() {
        PlainArguments plain = PlainArguments.of(new String[] {"a.txt", "-o", "out/facts.csv", "b/"});
        assertEquals(List.of("a.txt", "b/"), plain.paths());
        assertEquals(Path.of("out/facts.csv"), plain.output());
        assertEquals(Path.of("x.xlsx"), PlainArguments.of(new String[] {"--output", "x.xlsx"}).output());
    }

    @Test
    void aSecondOutputAnOptionAfterItOrNoneAreLeftToPicocli() {
        assertEquals(null, PlainArguments.of(new String[] {"-o", "a.csv", "-o", "b.csv"}));
        assertEquals(null, PlainArguments.of(new String[] {"a.txt", "-o"}));
        assertEquals(null, PlainArguments.of(new String[] {"-o", "--threads", "2"}));
        assertEquals(null, PlainArguments.of(new String[] {"-o", "-"}));
        assertEquals(null, PlainArguments.of(new String[] {"--output=a.csv"}));
        assertEquals(null, PlainArguments.of(new String[] {"-oa.csv"}));
        assertEquals(null, PlainArguments.of(new String[] {"-o", "a\u0000.csv"})); // no such path: picocli says so
    }

    @Test
    void aMissingFileFailsTheSameWay() {
        String missing = dir.resolve("missing.txt").toString();
        Printed plain = viaMain("", missing);
        assertSame(viaPicocli("", missing), plain);
        assertEquals(1, plain.status());
    }

    @Test
    void pathsAloneArePlain() {
        assertEquals(true, PlainArguments.of(new String[0]) != null);
        assertEquals(true, PlainArguments.of(new String[] {"articles/", "a.txt", "x-y.txt"}) != null);
    }

    @Test
    void optionsDashesAtFilesAndBlanksAreLeftToPicocli() {
        assertEquals(null, PlainArguments.of(new String[] {"a.txt", "--explain"}));
        assertEquals(null, PlainArguments.of(new String[] {"-"}));
        assertEquals(null, PlainArguments.of(new String[] {"--", "a.txt"}));
        assertEquals(null, PlainArguments.of(new String[] {"@args.txt"}));
        assertEquals(null, PlainArguments.of(new String[] {"a.txt", " "}));
        assertEquals(null, PlainArguments.of(new String[] {""}));
    }

    @Test
    void anInternalErrorEndsWithPicocliStatus() {
        CommandLine commandLine = Main.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false);
        assertEquals(commandLine.getCommandSpec().exitCodeOnExecutionException(), InternalErrorHandler.STATUS);
    }
}
