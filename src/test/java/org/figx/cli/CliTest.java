package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command's contract apart from what the extractor finds: inputs, outputs, exit codes, errors. */
class CliTest {
    static final String HEADER = "source,line,column,start,end,kind,text,value,value_max,unit,"
            + "qualifier,when,subject,modality,sentence";

    @TempDir
    Path dir;

    @Test
    void emptyStdinGivesTheHeaderOnly() {
        Cli.Result result = Cli.run("");
        assertEquals(0, result.exitCode());
        assertEquals(HEADER + "\r\n", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void dashReadsStdinToo() {
        Cli.Result result = Cli.run("", "-");
        assertEquals(0, result.exitCode());
        assertEquals(HEADER + "\r\n", result.stdout());
    }

    @Test
    void directoryIsWalkedSkippingBinaryAndHiddenFiles() throws IOException {
        write("articles/a.txt", "Le budget atteint 28 milliards USD.", StandardCharsets.UTF_8);
        write("articles/sub/b.txt", "Les dépenses ont atteint 28 milliards USD.", Charset.forName("windows-1252"));
        Files.write(dir.resolve("articles/image.bin"), new byte[] {'P', 'K', 0, 0, 1, 2});
        write("articles/.hidden.txt", "caché", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("", dir.resolve("articles").toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("figx: skipping binary file " + dir.resolve("articles/image.bin") + "\n",
                result.stderr());
        assertTrue(result.stdout().startsWith(HEADER + "\r\n"));
    }

    /**
     * One stray byte in a UTF-8 file (and a NUL deep inside it) changes one character each, and
     * a warning names the file; the rest reads as written, and the run succeeds. Standard input
     * (read by the chunked reader) says the same; ChunkedTextReaderTest holds the long streams.
     */
    @Test
    void strayBytesAndNulsAreReplacedWithAWarningNamingTheFile() throws IOException {
        byte[] text = ("Les dépenses ont atteint 28 milliards d'euros en été.\n".repeat(400)
                + "Fin: 12 %.\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length);
        bytes[bytes.length - 5] = (byte) 0xE9;   // a Windows-1252 'é' in a UTF-8 file
        bytes[bytes.length - 12] = 0;            // a NUL far beyond the binary probe
        Path file = dir.resolve("stray.txt");
        Files.write(file, bytes);
        String warning = "figx: warning: " + file + ": 1 byte sequence not valid UTF-8 read as U+FFFD,"
                + " 1 NUL byte read as a space\n";

        Cli.Result result = Cli.run("", file.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(warning, result.stderr());
        assertTrue(result.stdout().contains("dépenses ont atteint 28 milliards d'euros en été"));
        assertFalse(result.stdout().contains("\0"));

        Cli.Result streamed = Cli.run(new java.io.ByteArrayInputStream(bytes));
        assertEquals(0, streamed.exitCode(), streamed.stderr());
        assertEquals(warning.replace(file.toString(), "-"), streamed.stderr());
    }

    @Test
    void binaryFileNamedExplicitlyIsAFailure() throws IOException {
        Files.write(dir.resolve("image.bin"), new byte[] {1, 0, 2});
        Cli.Result result = Cli.run("", dir.resolve("image.bin").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("skipping binary file"), result.stderr());
    }

    @Test
    void missingFileIsNamedAndTheRunFailsAfterTheOthers() throws IOException {
        Path good = write("good.txt", "Le budget atteint 28 milliards USD.", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");

        Cli.Result result = Cli.run("", missing.toString(), good.toString());

        assertEquals(1, result.exitCode());
        assertEquals("figx: cannot read " + missing + ": no such file or directory\n", result.stderr());
        assertTrue(result.stdout().startsWith(HEADER + "\r\n"));
    }

    static Stream<List<String>> usageErrors() {
        return Stream.of(
                List.of("--bogus"),
                List.of("--types", "money,dollars"),
                List.of("--lang", "de"),
                List.of("--reference-date", "27/11/2024"),
                List.of("--reference-date", "2024-02-30"),
                List.of("--format", "xml"),
                List.of("--threads", "0"),
                List.of("--threads", "many"),
                List.of("--dialect", "excel-de"),
                List.of("--dialect", "excel", "--format", "jsonl"),
                List.of("--include", "[a-"),
                List.of(""), // an empty path is no path: never a walk of the current folder
                List.of("-", "  "),
                List.of("-o"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorIsOneLineAndAHintWithoutStackTrace(List<String> args) {
        Cli.Result result = Cli.run("", args.toArray(String[]::new));

        String[] lines = result.stderr().split("\n");
        assertAll(
                () -> assertEquals(2, result.exitCode()),
                () -> assertEquals(2, lines.length, result.stderr()),
                () -> assertTrue(lines[0].startsWith("figx: "), lines[0]),
                () -> assertEquals("Try 'figx --help' for more information.", lines[1]),
                () -> assertFalse(result.stderr().contains("Exception"), result.stderr()),
                () -> assertFalse(result.stderr().contains("at org."), result.stderr()),
                () -> assertEquals("", result.stdout()));
    }

    @Test
    void unknownKindMessageListsTheValidKinds() {
        Cli.Result result = Cli.run("", "--types", "money,dollars");
        assertTrue(result.stderr().contains("unknown kind 'dollars'"), result.stderr());
        assertTrue(result.stderr().contains("number, ordinal, percent, money, quantity, date, time, "
                + "period, duration"), result.stderr());
    }

    @Test
    void englishReadsDigitsTheEnglishWay() {
        Cli.Result result = Cli.run("It cost 1,234,567.89 dollars.\n", "--lang", "en", "--format", "tsv");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("\tmoney\t1,234,567.89 dollars\t1234567.89\t\tUSD\t"), result.stdout());
    }

    @Test
    void validOptionsAreAccepted() {
        Cli.Result result = Cli.run("", "--types", "money,percent", "--lang", "fr",
                "--reference-date", "2024-11-27T14:30", "--dialect", "rfc4180", "--format", "csv");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(0, Cli.run("", "--reference-date", "2024-11-27").exitCode());
        assertEquals(0, Cli.run("", "--reference-date", "2024-11-27T14:30:00").exitCode());
    }

    @Test
    void outputFileIsWrittenAndNoTemporaryFileRemains() throws IOException {
        Path out = dir.resolve("out.csv");
        Cli.Result result = Cli.run("", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stdout());
        assertEquals(HEADER + "\r\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void outputFileReplacesAnOldOne() throws IOException {
        Path out = write("out.csv", "old content", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("", "--output", out.toString()).exitCode());
        assertEquals(HEADER + "\r\n", Files.readString(out));
    }

    @Test
    void formatFollowsTheOutputExtensionUnlessGiven() throws IOException {
        Path tsv = dir.resolve("out.tsv");
        assertEquals(0, Cli.run("", "-o", tsv.toString()).exitCode());
        assertEquals(HEADER.replace(',', '\t') + "\n", Files.readString(tsv));

        Path jsonl = dir.resolve("out.jsonl");
        assertEquals(0, Cli.run("", "-o", jsonl.toString()).exitCode());
        assertEquals("", Files.readString(jsonl));

        Path forced = dir.resolve("out.tsv.txt");
        assertEquals(0, Cli.run("", "-o", forced.toString(), "--format", "tsv").exitCode());
        assertEquals(HEADER.replace(',', '\t') + "\n", Files.readString(forced));

        Path other = dir.resolve("facts.txt");
        assertEquals(0, Cli.run("", "-o", other.toString()).exitCode());
        assertEquals(HEADER + "\r\n", Files.readString(other));
    }

    @Test
    void outputDashIsStdoutAndADirectoryIsAUsageError() {
        Cli.Result dash = Cli.run("", "-o", "-");
        assertEquals(0, dash.exitCode());
        assertEquals(HEADER + "\r\n", dash.stdout());

        Cli.Result directory = Cli.run("", "-o", dir.toString());
        assertEquals(2, directory.exitCode());
        assertTrue(directory.stderr().startsWith("figx: --output " + dir + " is a directory"), directory.stderr());
    }

    /** A folder where even root cannot make a file (a missing folder: ExitStatusCliTest). */
    @Test
    void unwritableOutputFailsWithoutLeavingAFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")),
                "no /proc here: no folder where root cannot write");
        Path out = Path.of("/proc/figx-out.csv");
        Cli.Result result = Cli.run("", "-o", out.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().startsWith("figx: cannot write " + out + ": "), result.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void outputFileUnderTheWalkedDirectoryIsNotReadBack() throws IOException {
        write("articles/a.txt", "texte", StandardCharsets.UTF_8);
        Path out = write("articles/facts.csv", "x\u0000", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("", dir.resolve("articles").toString(), "-o", out.toString());
        assertEquals(0, result.exitCode());
        assertEquals("", result.stderr());
    }

    @Test
    void excelDialectHasAByteOrderMarkAndCrlf() {
        Cli.Result result = Cli.run("", "--dialect", "excel");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertArrayEquals(bom, Arrays.copyOf(result.stdoutBytes(), 3));
        assertEquals("\uFEFF" + HEADER + "\r\n", result.stdout());
    }

    @Test
    void excelFrDialectUsesSemicolons() {
        Cli.Result result = Cli.run("", "--dialect", "excel-fr");
        assertEquals("\uFEFF" + HEADER.replace(',', ';') + "\r\n", result.stdout());
    }

    @Test
    void versionIsPrinted() {
        Cli.Result result = Cli.run("", "--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().matches("figx \\S+\\R"), result.stdout());
    }

    @Test
    void helpShowsTheExamples() {
        Cli.Result result = Cli.run("", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().contains("Examples:"), result.stdout());
        assertTrue(result.stdout().contains("cat article.txt | figx"));
        assertTrue(result.stdout().contains("figx articles/ -o facts.csv"));
        assertTrue(result.stdout().contains("figx --types money,percent --dialect excel-fr a.txt"));
    }

    @Test
    void closedStdoutStopsQuietly() throws IOException {
        write("articles/a.txt", "Le budget atteint 28 milliards USD.", StandardCharsets.UTF_8);
        write("articles/b.txt", "Le budget atteint 30 milliards USD.", StandardCharsets.UTF_8);
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Main.commandLine(InputStream.nullInputStream(), new PrintStream(closedPipe),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false)
                .execute(dir.resolve("articles").toString());
        assertEquals(0, code);
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unreadableStdinIsAReadFailure() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        Cli.Result result = Cli.run(failing);
        assertEquals(1, result.exitCode());
        assertEquals("figx: cannot read -: Input/output error\n", result.stderr());
        assertEquals(HEADER + "\r\n", result.stdout());
    }

    @Test
    void unexpectedExceptionIsOneLineWithoutStackTrace() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("boom");
            }
        };
        Cli.Result result = Cli.run(broken);
        assertEquals(1, result.exitCode());
        assertEquals("figx: internal error: IllegalStateException: boom\n", result.stderr());
    }

    private Path write(String relative, String text, Charset charset) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(charset));
    }
}
