package org.figx.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.figx.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode ({@code local[2]}) on a folder of the test articles, pages, a
 * Windows-1252 file and a binary file: its rows, as a set, are the command line's rows for
 * the same folder, in CSV and in Parquet; the binary file is counted and listed.
 */
class FigxJobTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;
    private static Path articles;
    private static Set<List<String>> cliRows;

    @BeforeAll
    static void setUp() throws IOException {
        articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("en"));
        copyAll(Path.of("testdata", "articles", "fr"), ".txt", articles);
        copyAll(Path.of("testdata", "articles", "en"), ".txt", articles.resolve("en"));
        copyAll(Path.of("testdata", "html"), ".html", articles);
        Files.write(articles.resolve("ancien.txt"), ("Le chiffre d'affaires a atteint 28 milliards d'euros en 2023,"
                + " soit 12,5 % de plus qu'en 2022.\n").getBytes(Charset.forName("windows-1252")));
        Files.write(articles.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 'J', 'F', 'I', 'F', 0});
        cliRows = cliRows(articles);
        spark = SparkSession.builder().master("local[2]").appName("figx-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void csvRowsAreTheCommandLinesAndTheBinaryFileIsListed() throws IOException {
        Path out = dir.resolve("out-csv");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = FigxJob.run(spark, new PrintStream(said, true, StandardCharsets.UTF_8), System.err,
                "--input", articles.toString(), "--output", out.toString(), "--format", "csv");
        assertEquals(0, status);
        assertEquals(cliRows, csvRows(partFiles(out, ".csv")));
        List<CSVRecord> errors = parse(new StringReader(String.join("", readAll(partFiles(out.resolve("_errors"), ".csv")))));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(articles.resolve("photo.jpg").toString(), errors.get(0).get("source"));
        assertEquals("binary file", errors.get(0).get("reason"));
        String summary = said.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains(" files read, " + cliRows.size() + " rows written to " + out
                + "; left out: 1 binary, 0 not text"), summary);
    }

    @Test
    void parquetKeepsTheColumnsAndTheExactValues() {
        Path out = dir.resolve("out-parquet");
        int status = FigxJob.run(spark, new PrintStream(new ByteArrayOutputStream()), System.err,
                "--input", articles.toString(), "--output", out.toString());
        assertEquals(0, status);
        Dataset<Row> read = spark.read().parquet(out.toString());
        // names and types as written (Spark reads every Parquet column back as nullable)
        assertEquals("source STRING,line INT,column BIGINT,start BIGINT,end BIGINT,kind STRING,text STRING,"
                + "value STRING,value_max STRING,unit STRING,qualifier STRING,when STRING,subject STRING,"
                + "modality STRING,sentence STRING", read.schema().toDDL());
        assertEquals(RowSchema.SCHEMA.fieldNames().length, read.schema().fieldNames().length);
        Set<List<String>> rows = new HashSet<>();
        for (Row row : read.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.isNullAt(i) ? "" : String.valueOf(row.get(i)));
            }
            rows.add(cells);
        }
        assertEquals(cliRows, rows);
        Row money = read.filter("kind = 'money' and text = '28 milliards d''euros'").first();
        assertEquals("28000000000", money.getAs("value"), "a value is its exact decimal string");
        assertEquals("EUR", money.getAs("unit"));
        assertEquals("2023", money.getAs("when"));
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FigxJob.run(spark, System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--input", articles.toString(), "--output", dir.resolve("x").toString(), "--format", "xlsx");
        assertEquals(2, status);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals("figx-spark: Invalid value for option '--format': unknown format 'xlsx' (valid formats: "
                + "parquet, csv)\nTry 'figx-spark --help' for more information.\n", said);
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anInputWithoutFilesIsOneLineAndExitOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path empty = dir.resolve("empty");
        int status = FigxJob.run(spark, System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--input", empty.toString(), "--output", dir.resolve("y").toString());
        assertEquals(1, status);
        assertEquals("figx-spark: no file to read in " + empty + "\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("y")));
    }

    /** The command line's rows for {@code folder}, each as its cells. */
    private static Set<List<String>> cliRows(Path folder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false).execute(folder.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8)); // a binary file found in a folder is no failure
        Set<List<String>> rows = new HashSet<>();
        for (CSVRecord r : parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            rows.add(r.toList());
        }
        assertTrue(rows.size() > 300, "the articles have rows: " + rows.size());
        return rows;
    }

    private static Set<List<String>> csvRows(List<Path> parts) {
        Set<List<String>> rows = new HashSet<>();
        for (String part : readAll(parts)) {
            for (CSVRecord r : parse(new StringReader(part))) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static List<CSVRecord> parse(Reader csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> partFiles(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    private static List<String> readAll(List<Path> files) {
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static void copyAll(Path from, String extension, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(extension)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
