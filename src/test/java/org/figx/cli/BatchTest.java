package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole directories, encodings, threads, spreadsheets, and failures that must not stop a run. */
class BatchTest {
    /** An article written for these tests: accents, curly quotes, figures of several kinds. */
    static final String ARTICLE = """
            Lyon, le 14 mars 2025 — La région a voté un budget de 2,5 milliards d’euros,
            en hausse de 3,2 % sur un an. « C’est un effort inédit », a déclaré l’élu.

            Près de 1 200 agents seront recrutés d’ici 2027, et l’été prochain verra
            l’ouverture de 12 lycées rénovés pour 48,75 millions d’euros.
            """;

    @TempDir
    Path dir;

    @Test
    void theSameArticleInEveryEncodingGivesTheSameRows() throws IOException {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
        write("utf8.txt", utf8);
        write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
        write("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE)));
        write("windows-1252.txt", ARTICLE.getBytes(Charset.forName("windows-1252")));
        write("latin1.txt", ARTICLE.replace('’', '\'').replace('—', '-').getBytes(StandardCharsets.ISO_8859_1));

        String expected = rowsWithoutSource(Cli.run("", dir.resolve("utf8.txt").toString()));
        assertTrue(expected.contains("2500000000"), expected);
        for (String name : List.of("utf8-bom.txt", "utf16le.txt", "utf16be.txt", "windows-1252.txt")) {
            Cli.Result result = Cli.run("", dir.resolve(name).toString());
            assertEquals(0, result.exitCode(), result.stderr());
            assertEquals(expected, rowsWithoutSource(result), name);
        }
        Cli.Result latin1 = Cli.run("", dir.resolve("latin1.txt").toString());
        assertEquals(0, latin1.exitCode(), latin1.stderr());
        assertTrue(latin1.stdout().contains("Près de 1 200 agents"), latin1.stdout());
    }

    @Test
    void outputIsByteIdenticalForAnyNumberOfThreads() throws IOException {
        List<String> texts = articles();
        for (int i = 0; i < 300; i++) {
            write(String.format("corpus/%02d/article-%03d.txt", i % 7, i), texts.get(i % texts.size())
                    .getBytes(StandardCharsets.UTF_8));
        }
        write("corpus/03/image.bin", new byte[] {1, 0, 2});
        String corpus = dir.resolve("corpus").toString();

        Cli.Result one = Cli.run("", "--threads", "1", corpus);
        Cli.Result four = Cli.run("", "--threads", "4", corpus);
        assertEquals(0, one.exitCode(), one.stderr());
        assertArrayEquals(one.stdoutBytes(), four.stdoutBytes());
        assertEquals(one.stderr(), four.stderr());
        assertTrue(one.rows().size() > 1000, "rows: " + one.rows().size());

        List<String> sources = one.rows().stream().map(r -> r.get("source")).distinct().toList();
        assertEquals(300, sources.size());
        assertEquals(sources.stream().sorted().toList(), sources, "sorted path order");
    }

    @Test
    void includeAndExcludeFilterTheWalk() throws IOException {
        write("d/a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("d/b.md", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("d/drafts/c.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Cli.Result result = Cli.run("", "--include", "*.txt", "--exclude", "drafts/**",
                dir.resolve("d").toString());
        List<String> sources = result.rows().stream().map(r -> r.get("source")).distinct().toList();
        assertEquals(List.of(dir.resolve("d/a.txt").toString()), sources);
    }

    @Test
    void xlsxHasNumericCellsWhereTheSpecSays() throws IOException {
        write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path xlsx = dir.resolve("facts.xlsx");
        Cli.Result result = Cli.run("", dir.resolve("a.txt").toString(), "-o", xlsx.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr());
        List<CSVRecord> csv = Cli.run("", dir.resolve("a.txt").toString()).rows();

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(CliTest.HEADER, header(sheet));
            assertEquals(csv.size(), sheet.getLastRowNum());
            for (int r = 1; r <= csv.size(); r++) {
                CSVRecord expected = csv.get(r - 1);
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                for (String column : List.of("line", "column", "start", "end")) {
                    Cell cell = row.getCell(org.figx.output.Row.COLUMNS.indexOf(column));
                    assertEquals(CellType.NUMERIC, cell.getCellType(), column);
                    assertEquals(Long.parseLong(expected.get(column)), (long) cell.getNumericCellValue());
                }
                Cell value = row.getCell(org.figx.output.Row.COLUMNS.indexOf("value"));
                boolean numericKind = org.figx.Kind.fromLabel(expected.get("kind")).isNumeric();
                if (numericKind) {
                    assertEquals(CellType.NUMERIC, value.getCellType(), expected.toString());
                    assertEquals(Double.parseDouble(expected.get("value")), value.getNumericCellValue());
                } else {
                    assertEquals(CellType.STRING, value.getCellType(), expected.toString());
                    assertEquals(expected.get("value"), value.getStringCellValue());
                }
                Cell text = row.getCell(org.figx.output.Row.COLUMNS.indexOf("text"));
                assertEquals(expected.get("text"), text.getStringCellValue());
                assertEquals(expected.get("value_max").isEmpty(),
                        row.getCell(org.figx.output.Row.COLUMNS.indexOf("value_max")) == null);
            }
            assertTrue(csv.stream().anyMatch(r -> r.get("value").equals("2500000000")));
        }
    }

    @Test
    void excelFrCsvReadsBackWithSemicolonsAndDecimalCommas() throws IOException {
        write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("a.csv");
        assertEquals(0, Cli.run("", "--dialect", "excel-fr", dir.resolve("a.txt").toString(),
                "-o", out.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        List<CSVRecord> french = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        List<CSVRecord> plain = Cli.run("", dir.resolve("a.txt").toString()).rows();

        assertEquals(plain.size(), french.size());
        boolean sawDecimal = false;
        for (int i = 0; i < plain.size(); i++) {
            CSVRecord p = plain.get(i);
            CSVRecord f = french.get(i);
            boolean numeric = org.figx.Kind.fromLabel(p.get("kind")).isNumeric();
            for (String column : org.figx.output.Row.COLUMNS) {
                String expected = p.get(column);
                if (numeric && (column.equals("value") || column.equals("value_max"))) {
                    sawDecimal |= expected.contains(".");
                    expected = expected.replace('.', ',');
                }
                assertEquals(expected, f.get(column), column);
            }
        }
        assertTrue(sawDecimal, "the article has decimal figures");
        assertTrue(french.stream().anyMatch(r -> r.get("value").equals("3,2")));
    }

    @Test
    void anUndecodableFileIsNamedOnceAndTheOthersAreStillWritten() throws IOException {
        Path good = write("d/a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path lying = write("d/b.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'});
        write("d/c.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        Cli.Result result = Cli.run("", "--threads", "3", dir.resolve("d").toString());

        assertEquals(1, result.exitCode());
        assertEquals("figx: cannot read " + lying + ": not valid text in any encoding "
                + "(its byte-order mark's or one detected)\n", result.stderr());
        List<String> sources = result.rows().stream().map(r -> r.get("source")).distinct().toList();
        assertEquals(List.of(good.toString(), dir.resolve("d/c.txt").toString()), sources);
    }

    @Test
    void anUnreadableFileDoesNotStopTheOthers() throws IOException {
        Path good = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path locked = write("b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertTrue(locked.toFile().setReadable(false));
        boolean root = Files.isReadable(locked); // root reads anyway: a symbolic link loop fails for root too
        Path unreadable = root ? Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt")) : locked;

        Cli.Result result = Cli.run("", "--threads", "2", unreadable.toString(), good.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.stderr().lines().count(), result.stderr());
        assertTrue(result.stderr().startsWith("figx: cannot read " + unreadable + ": "), result.stderr());
        assertFalse(result.rows().isEmpty());
    }

    @Test
    void brokenPipeWithManyThreadsEndsQuietly() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(String.format("d/%02d.txt", i), ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        int[] written = {0};
        OutputStream headThenClosed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (++written[0] > 500) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.commandLine(InputStream.nullInputStream(), new PrintStream(headThenClosed),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)
                .execute("--threads", "4", dir.resolve("d").toString());
        assertEquals(0, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progressCanBeForcedAndIsOffByDefaultOffATerminal() throws IOException {
        write("d/a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("d/b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        String d = dir.resolve("d").toString();
        assertEquals("", Cli.run("", d).stderr());
        Cli.Result forced = Cli.run("", "--progress", d);
        assertTrue(forced.stderr().contains("2/2"), forced.stderr());
        assertEquals(Cli.run("", d).stdout(), forced.stdout());
        assertEquals("", Cli.run("", "--no-progress", d).stderr());
    }

    @Test
    void stdinIsReadTooAndEmptyFilesAreFine() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Cli.Result result = Cli.run(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)),
                "-", empty.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.rows().stream().allMatch(r -> r.get("source").equals("-")));
        assertNotEquals(0, result.rows().size());
    }

    private static String header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return String.join(",", names);
    }

    /** The CSV without its source column, to compare runs on differently named files. */
    private static String rowsWithoutSource(Cli.Result result) {
        return result.stdout().lines().map(line -> line.substring(line.indexOf(',') + 1))
                .collect(Collectors.joining("\n"));
    }

    /** The project's own articles: the golden test articles and the bench prose. */
    static List<String> articles() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("testdata/articles/fr", "testdata/bench/fr")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        texts.add(ARTICLE);
        return texts;
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
