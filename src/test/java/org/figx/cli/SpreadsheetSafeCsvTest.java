package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --dialect excel} and {@code excel-fr} write no cell a spreadsheet reads as a
 * formula (OWASP's CSV injection), through the command line; {@code rfc4180} keeps the
 * text's bytes. When LibreOffice is installed, a real spreadsheet opens the files.
 */
class SpreadsheetSafeCsvTest {
    /** Lines an article (a saved web page, a forum post) may hold: each line its own sentence. */
    static final String HOSTILE = """
            =1+2 et le budget atteint 28 milliards USD.

            - Le chômage a reculé de 2 %.

            @SUM(1;2) hausse de -5 %.

            =3*4
            """;

    @TempDir
    Path dir;

    @Test
    void excelDialectsMarkFormulasAsTextAndRfc4180KeepsTheBytes() throws IOException {
        for (String dialect : List.of("excel", "excel-fr")) {
            Cli.Result result = Cli.run(HOSTILE, "--dialect", dialect);
            assertEquals(0, result.exitCode(), result.stderr());
            List<CSVRecord> rows = parse(result.stdout(), dialect);
            assertEquals("'=1+2 et le budget atteint 28 milliards USD.", row(rows, "28 milliards USD").get("sentence"),
                    dialect);
            assertEquals("'- Le chômage a reculé de 2 %.", row(rows, "2 %").get("sentence"), dialect);
            CSVRecord minusFive = row(rows, "'-5 %");
            assertEquals("'@SUM(1;2) hausse de -5 %.", minusFive.get("sentence"), dialect);
            assertEquals("-5", minusFive.get("value"), dialect + ": a value is never marked");
            assertEquals("-", minusFive.get("source"), dialect + ": standard input's name is no formula");
            assertEquals("'=3*4", row(rows, "4").get("sentence"), dialect);
        }
        // the guarded cell is quoted, byte for byte
        String excel = Cli.run(HOSTILE, "--dialect", "excel").stdout();
        assertTrue(excel.contains(",percent,\"'-5 %\",-5,,%,exact,,,,\"'@SUM(1;2) hausse de -5 %.\"\r\n"), excel);
        Cli.Result plain = Cli.run(HOSTILE);
        List<CSVRecord> rows = parse(plain.stdout(), "rfc4180");
        assertEquals("=1+2 et le budget atteint 28 milliards USD.", row(rows, "28 milliards USD").get("sentence"));
        assertEquals("-5 %", row(rows, "-5 %").get("text"));
    }

    @Test
    void theExplainColumnsAndFilesWrittenWithOAreGuardedToo() throws IOException {
        Path out = dir.resolve("facts.csv");
        Cli.Result result = Cli.run(HOSTILE, "--dialect", "excel-fr", "--explain", "-o", out.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        List<CSVRecord> rows = parse(Files.readString(out, StandardCharsets.UTF_8), "excel-fr");
        assertEquals("'@SUM(1;2) hausse de -5 %.", row(rows, "'-5 %").get("sentence"));
        assertEquals("percent", row(rows, "'-5 %").get("rule"));
    }

    /**
     * LibreOffice opens the files as a user would (formulas evaluated: the rfc4180 file,
     * opened the same way, must show them evaluated, or the check would prove nothing)
     * and saves them as xlsx, which POI reads back: in the excel dialects no cell is a
     * formula, and each hostile sentence is still its text.
     */
    @Test
    void libreOfficeEvaluatesNoFormulaInTheExcelDialects() throws Exception {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: the check that a real"
                + " spreadsheet evaluates no formula in --dialect excel/excel-fr output is skipped");
        Path input = dir.resolve("hostile.txt");
        Files.writeString(input, HOSTILE, StandardCharsets.UTF_8);

        Path control = write(input, "rfc4180");
        Path controlWorkbook = convert(soffice.get(), control, ',', "1033");
        // a LibreOffice that cannot convert at all on this machine is no LibreOffice for this check
        assumeTrue(Files.isRegularFile(controlWorkbook), "LibreOffice is on the PATH but converted nothing here: "
                + Files.readString(dir.resolve("soffice.log")));
        List<Cell> controlFormulas = formulaCells(controlWorkbook);
        assertNotEquals(List.of(), controlFormulas, "LibreOffice evaluated no formula even in the rfc4180 file:"
                + " its CSV import options must have changed, and this check proves nothing as it is");

        for (String dialect : List.of("excel", "excel-fr")) {
            char separator = dialect.equals("excel-fr") ? ';' : ',';
            Path workbook = opened(soffice.get(), write(input, dialect), separator,
                    dialect.equals("excel-fr") ? "1036" : "1033");
            assertEquals(List.of(), formulaCells(workbook), dialect + ": cells LibreOffice read as formulas");
            List<String> sentences = columnText(workbook, "sentence");
            for (String hostile : List.of("=1+2 et le budget atteint 28 milliards USD.", "=3*4",
                    "@SUM(1;2) hausse de -5 %.")) {
                // LibreOffice may keep the apostrophe as a character or take it as its text marker
                assertTrue(sentences.contains(hostile) || sentences.contains("'" + hostile),
                        dialect + ": " + hostile + " not found as text in " + sentences);
            }
        }
    }

    private Path write(Path input, String dialect) {
        Path out = dir.resolve(dialect + ".csv");
        Cli.Result result = Cli.run("", "--dialect", dialect, input.toString(), "-o", out.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        return out;
    }

    /** The CSV converted by LibreOffice headless to xlsx, formulas evaluated on import. */
    private Path opened(Path soffice, Path csv, char separator, String language) throws Exception {
        Path xlsx = convert(soffice, csv, separator, language);
        assertTrue(Files.isRegularFile(xlsx), "soffice wrote no " + xlsx + ": "
                + Files.readString(dir.resolve("soffice.log")));
        return xlsx;
    }

    /** Where LibreOffice headless writes the CSV converted to xlsx (nothing there when it failed). */
    private Path convert(Path soffice, Path csv, char separator, String language) throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("lo-" + csv.getFileName()));
        // tokens: separator, text delimiter ", UTF-8, from line 1, no column formats, language,
        // quoted fields not forced to text, special numbers detected, 3 export-only tokens,
        // export sheets (unused here), evaluate formulas
        String filter = "Text - txt - csv (StarCalc):" + (int) separator + ",34,76,1,," + language
                + ",false,true,false,false,false,0,true";
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--infilter=" + filter, "--convert-to", "xlsx", "--outdir", outDir.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        return outDir.resolve(csv.getFileName().toString().replace(".csv", ".xlsx"));
    }

    private static List<Cell> formulaCells(Path xlsx) throws IOException {
        List<Cell> formulas = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(cell);
                        }
                    }
                }
            }
        }
        return formulas;
    }

    private static List<String> columnText(Path xlsx, String name) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int column = -1;
            for (Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().replace("\uFEFF", "").equals(name)) {
                    column = cell.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                Cell cell = row.getCell(column);
                if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING) {
                    cells.add(cell.getStringCellValue());
                }
            }
        }
        return cells;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<CSVRecord> parse(String csv, String dialect) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.RFC4180.builder().setDelimiter(dialect.equals("excel-fr") ? ';' : ',')
                .setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String text) {
        return rows.stream().filter(r -> r.get("text").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with text " + text + " in " + rows));
    }
}
