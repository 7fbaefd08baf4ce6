package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC's exit statuses and messages, case by case, through {@link Main#run} (the entry
 * point {@code main} calls, so both routes: a plain line of paths without picocli, and
 * every other line through it): 0 when every input was read, finding nothing included;
 * 1 when some input could not be read, named on stderr, the others still written; 2 for
 * a usage error; never a stack trace.
 *
 * <p>Cases held elsewhere, not repeated here: a missing file, a binary file named, a
 * closed or full standard output ({@link CliTest}, {@link StdoutFailureCliTest}); an
 * undecodable file among others ({@link BatchTest}); an interrupted {@code -o} and
 * {@code figx dir/ | head -1} ({@link InterruptedOutputIT}, {@link HeadOfPipeIT}).
 */
class ExitStatusCliTest {
    private static final String ARTICLE = "Le chiffre d'affaires a atteint 28 milliards USD en 2023.\n";
    private static final String HINT = "Try 'figx --help' for more information.";

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run figx(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = Main.run(new ByteArrayInputStream(new byte[0]), o, e, false, args);
            o.flush();
            e.flush();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void aFileWithoutFiguresIsSuccessWithTheHeaderOnly() throws IOException {
        Path quiet = Files.writeString(dir.resolve("quiet.txt"), "Rien à signaler.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run run = figx(quiet.toString(), empty.toString());

        assertEquals(new Run(0, CliTest.HEADER + "\r\n", ""), run);
    }

    /** A symbolic link to itself cannot be opened, even by root: a real read failure. */
    @Test
    void aSymbolicLinkLoopIsNamedAndTheOthersAreWritten() throws IOException {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);

        Run run = figx(loop.toString(), good.toString());

        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("figx: cannot read " + loop + ": "), run.err());
        assertEquals(1, run.err().split(java.util.regex.Pattern.quote(loop.toString()), -1).length - 1,
                "the path said once: " + run.err());
        assertTrue(run.out().contains(good + ",1,33,32,48,money,28 milliards USD,28000000000,"), run.out());
        assertNoStackTrace(run);
    }

    /** A path that goes through a file as if it were a folder (ENOTDIR), met while walking or named. */
    @Test
    void aPathThroughAFileIsNamedAndTheOthersAreWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "texte");
        Path through = file.resolve("article.txt");
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);

        Run run = figx("--threads", "2", through.toString(), good.toString());

        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("figx: cannot read " + through + ": Not a directory\n", run.err());
        assertTrue(run.err().toLowerCase().contains("not a directory"), run.err());
        assertTrue(run.out().contains(good + ",1,33,32,48,money,"), run.out());
        assertNoStackTrace(run);
    }

    /** A file the kernel refuses to read (EIO): Linux's own memory file, opened but not readable at 0. */
    @Test
    void aFileThatFailsWhileReadIsNamed() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "no /proc/self/mem here: no file that fails while read");

        Run run = figx(mem.toString());

        assertEquals(1, run.status());
        assertEquals("figx: cannot read /proc/self/mem: Input/output error\n", run.err());
        assertEquals(CliTest.HEADER + "\r\n", run.out());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("--bogus"), "figx: Unknown option: '--bogus'"),
                Arguments.of(List.of("--reference-date", "27/11/2024"), "figx: Invalid value for option "
                        + "'--reference-date': '27/11/2024' is not an ISO date (2024-11-27) or date-time "
                        + "(2024-11-27T14:30)"),
                Arguments.of(List.of("--types", "money,dollars"), "figx: Invalid value for option '--types' "
                        + "(LIST): unknown kind 'dollars' (valid kinds: number, ordinal, percent, money, "
                        + "quantity, date, time, period, duration)"),
                // a list with no kind in it (an empty variable: --types "$KINDS,") is no "every kind"
                Arguments.of(List.of("--types", ","), "figx: --types names no kind (valid kinds: number, "
                        + "ordinal, percent, money, quantity, date, time, period, duration)"),
                Arguments.of(List.of("--output", ""), "figx: --output needs a file name ('-' for standard output)"),
                Arguments.of(List.of("--threads", "0"), "figx: --threads must be from 1 to 256, not 0"),
                Arguments.of(List.of("--threads", "two"), "figx: Invalid value for option '--threads': "
                        + "'two' is not an int"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorIsOneLineNamingTheValueAndAHint(List<String> args, String message) throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        List<String> line = new ArrayList<>(args);
        line.add(input.toString());

        Run run = figx(line.toArray(String[]::new));

        assertEquals(new Run(2, "", message + "\n" + HINT + "\n"), run);
    }

    /** A line of paths alone runs without picocli; its usage errors are the same two lines, not a crash. */
    @Test
    void anOutputThatIsAFolderIsAUsageErrorOnThePlainRouteToo() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);

        Run plain = figx(input.toString(), "-o", dir.toString());
        Run withOption = figx("--threads", "1", input.toString(), "-o", dir.toString());

        assertEquals(new Run(2, "", "figx: --output " + dir + " is a directory; give a file name\n" + HINT + "\n"),
                plain);
        assertEquals(plain, withOption);
    }

    @Test
    void anOutputThatIsAlsoTheInputIsAUsageErrorOnThePlainRouteToo() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);

        Run run = figx(input.toString(), "-o", input.toString());

        assertEquals(2, run.status(), run.err());
        assertEquals("figx: --output " + input + " is also an input; write the rows elsewhere\n" + HINT + "\n",
                run.err());
        assertEquals(ARTICLE, Files.readString(input));
    }

    /**
     * {@code -o} into a folder that does not exist: a usage error before anything is read
     * (a typo in the folder should not be made into a new folder), and nothing is created.
     */
    @Test
    void anOutputInAMissingFolderIsAUsageErrorAndNothingIsCreated() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path out = dir.resolve("results/facts.csv");

        Run plain = figx(input.toString(), "-o", out.toString());
        Run withOption = figx("--format", "tsv", input.toString(), "-o", out.toString());

        assertEquals(new Run(2, "", "figx: --output " + out + ": no folder " + out.getParent()
                + "; make it first (mkdir -p " + out.getParent() + ")\n" + HINT + "\n"), plain);
        assertEquals(plain, withOption);
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void anOutputUnderAFileIsAUsageError() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path out = input.resolve("facts.csv");

        Run run = figx(input.toString(), "-o", out.toString());

        assertEquals(new Run(2, "", "figx: --output " + out + ": " + input + " is a file, not a folder\n"
                + HINT + "\n"), run);
        assertEquals(ARTICLE, Files.readString(input));
    }

    @Test
    void anOutputInTheCurrentFolderNeedsNoFolderPart() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        // a bare file name has no parent: the current folder, which exists
        Path out = Path.of("figx-exit-status-" + ProcessHandle.current().pid() + ".csv");
        try {
            Run run = figx(input.toString(), "-o", out.toString());
            assertAll(() -> assertEquals(0, run.status(), run.err()),
                    () -> assertTrue(Files.readString(out).contains(",money,28 milliards USD,")));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
