package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows as the extractor fills them, end to end through the command: these need
 * the engine to find {@code 28 milliards USD} as money.
 */
class CliRowsTest {
    static final String BUDGET = "Le budget atteint 28 milliards USD.";

    @TempDir
    Path dir;

    @Test
    void stdinMoneyRow() {
        Cli.Result result = Cli.run(BUDGET + "\n");

        assertEquals(0, result.exitCode(), result.stderr());
        CSVRecord money = onlyMoney(result.rows());
        assertEquals("-", money.get("source"));
        assertEquals("1", money.get("line"));
        assertEquals("19", money.get("column"));
        assertEquals("18", money.get("start"));
        assertEquals("34", money.get("end"));
        assertEquals("money", money.get("kind"));
        assertEquals("28 milliards USD", money.get("text"));
        assertEquals("28000000000", money.get("value"));
        assertEquals("", money.get("value_max"));
        assertEquals("USD", money.get("unit"));
        assertEquals("exact", money.get("qualifier"));
        assertEquals(BUDGET, money.get("sentence"));
    }

    @Test
    void positionsCountCodePointsAndLines() {
        // the emoji is two UTF-16 chars but one code point
        Cli.Result result = Cli.run("Titre 😀\nLe budget atteint 28 milliards USD.", "-");

        CSVRecord money = onlyMoney(result.rows());
        assertEquals("2", money.get("line"));
        assertEquals("19", money.get("column"));
        assertEquals("26", money.get("start"));
        assertEquals("42", money.get("end"));
    }

    @Test
    void typesKeepOnlyTheKindsAsked() {
        Cli.Result result = Cli.run("Le budget atteint 28 milliards USD, soit 3 % du total.",
                "--types", "percent");
        assertEquals(List.of("percent"), result.rows().stream().map(r -> r.get("kind")).toList());
        assertEquals("3 %", result.rows().get(0).get("text"));
    }

    @Test
    void directoryRowsComeInSortedPathOrderWithBothEncodings() throws IOException {
        Path a = write("articles/a.txt", BUDGET, StandardCharsets.UTF_8);
        Path b = write("articles/sub/b.txt", "Les dépenses ont atteint 28 milliards USD.",
                Charset.forName("windows-1252"));
        Files.write(dir.resolve("articles/image.bin"), new byte[] {'P', 'K', 0, 0, 1, 2});
        write("articles/.hidden.txt", BUDGET, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("", dir.resolve("articles").toString());

        assertEquals(0, result.exitCode(), result.stderr());
        List<CSVRecord> money = result.rows().stream().filter(r -> r.get("kind").equals("money")).toList();
        assertEquals(List.of(a.toString(), b.toString()), money.stream().map(r -> r.get("source")).toList());
        assertEquals("Les dépenses ont atteint 28 milliards USD.", money.get(1).get("sentence"));
        assertEquals("25", money.get(1).get("start"));
    }

    @Test
    void goodFilesAreStillWrittenWhenOneIsMissing() throws IOException {
        Path good = write("good.txt", BUDGET, StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("", dir.resolve("missing.txt").toString(), good.toString());

        assertEquals(1, result.exitCode());
        assertEquals(good.toString(), onlyMoney(result.rows()).get("source"));
    }

    @Test
    void excelFrWritesDecimalCommas() {
        Cli.Result result = Cli.run("La part atteint 28,5 % du budget.", "--dialect", "excel-fr",
                "--types", "percent");
        assertTrue(result.stdout().contains(";28,5;"), result.stdout());
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        write("articles/a.txt", BUDGET, StandardCharsets.UTF_8);
        write("articles/b.txt", "Au moins 3 % en 2024.", StandardCharsets.UTF_8);
        String articles = dir.resolve("articles").toString();
        Cli.Result first = Cli.run("", articles);
        assertTrue(first.rows().size() >= 2, first.stdout());
        assertArrayEquals(first.stdoutBytes(), Cli.run("", articles).stdoutBytes());
    }

    private static CSVRecord onlyMoney(List<CSVRecord> rows) {
        List<CSVRecord> money = rows.stream().filter(r -> r.get("kind").equals("money")).toList();
        assertEquals(1, money.size(), () -> "money rows: " + money);
        return money.get(0);
    }

    private Path write(String relative, String text, Charset charset) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(charset));
    }
}
