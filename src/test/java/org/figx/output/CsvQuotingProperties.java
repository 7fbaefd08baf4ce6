package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.figx.Kind;

/**
 * The hand-written CSV writer gives the bytes Apache Commons CSV gave, with which figx
 * wrote CSV before: for any field strings (quotes, both delimiters, CR and LF, spaces
 * and control characters at either end, empty and absent fields, any Unicode, lone
 * surrogates included) in every dialect, header and byte-order mark included. In the
 * excel dialects a text cell that would start a formula is, since issue 14, written
 * as Commons CSV writes {@code '} and the cell with every field quoted; what the guard
 * does is held by FormulaGuardTest and {@link #noCellReadBackStartsAFormula}.
 */
class CsvQuotingProperties {

    @Property(tries = 1500)
    void anyRowIsWrittenAsCommonsCsvWroteIt(@ForAll("fields") List<String> fields,
                                            @ForAll("kinds") Kind kind, @ForAll Dialect dialect,
                                            @ForAll boolean explained) throws IOException {
        Columns columns = explained ? Columns.EXPLAINED : Columns.STANDARD;
        Row row = new Row(fields.get(0), 3, 14, 159, 265, kind, fields.get(1), fields.get(2), fields.get(3),
                fields.get(4), fields.get(5), fields.get(6), fields.get(7), fields.get(8), fields.get(9),
                fields.get(10), fields.get(11));
        assertArrayEquals(commonsCsv(List.of(row, row), dialect, columns), figx(List.of(row, row), dialect, columns),
                () -> "row " + row + " in " + dialect);
    }

    @Property(tries = 1000)
    void anyFieldFirstOrNotIsQuotedAsCommonsCsvQuotedIt(@ForAll("field") String field, @ForAll Dialect dialect)
            throws IOException {
        for (List<String> record : List.of(List.of(field), List.of(field, field, "x"), List.of("x", field))) {
            StringBuilder mine = new StringBuilder();
            CsvRowWriter.writeRecord(record, dialect.delimiter(), mine);
            StringBuilder theirs = new StringBuilder();
            format(dialect).printRecord(theirs, record.toArray());
            if (!theirs.toString().equals(mine.toString())) {
                throw new AssertionError("record " + record + ": Commons CSV wrote [" + theirs + "], figx ["
                        + mine + "]");
            }
        }
    }

    /** Characters outside printable ASCII as \\uXXXX, so that a failure's message shows them. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < ' ' || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static byte[] figx(List<Row> rows, Dialect dialect, Columns columns) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RowWriter writer = new CsvRowWriter(bytes, dialect, columns)) {
            writer.writeHeader();
            writer.write(rows);
        }
        return bytes.toByteArray();
    }

    /** What figx's CsvRowWriter did through Commons CSV until it quoted by hand. */
    private static byte[] commonsCsv(List<Row> rows, Dialect dialect, Columns columns) throws IOException {
        CSVFormat format = format(dialect);
        StringBuilder text = new StringBuilder();
        if (dialect.byteOrderMark()) {
            text.append('\uFEFF');
        }
        format.printRecord(text, columns.names().toArray());
        CSVFormat quoteAll = format.builder().setQuoteMode(QuoteMode.ALL).get();
        boolean[] guarded = FormulaGuard.guardedColumns(columns.names());
        for (Row row : rows) {
            Row written = dialect.decimalComma() ? row.withDecimalComma() : row;
            List<String> cells = new ArrayList<>(columns.cells(written));
            cells.replaceAll(cell -> cell == null ? "" : cell);
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (dialect.guardsFormulas() && guarded[i] && FormulaGuard.startsFormula(cell, dialect.decimalMark())) {
                    quoteAll.print("'" + cell, text, i == 0);
                } else {
                    format.print(cell, text, i == 0);
                }
            }
            format.println(text);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Read back with a CSV parser, no text cell of an excel dialect starts a formula, by
     * OWASP's list of first characters, unless it is a sign alone or a plain number in the
     * dialect (written here as a regular expression, apart from FormulaGuard's own code);
     * and each cell is what figx found, or that with one {@code '} before it where the
     * cell would have started a formula.
     */
    @Property(tries = 1000)
    void noCellReadBackStartsAFormula(@ForAll("fields") List<String> fields, @ForAll("kinds") Kind kind,
                                      @ForAll boolean excelFr) throws IOException {
        Dialect dialect = excelFr ? Dialect.EXCEL_FR : Dialect.EXCEL;
        Row row = new Row(fields.get(0), 3, 14, 159, 265, kind, fields.get(1), fields.get(2), fields.get(3),
                fields.get(4), fields.get(5), fields.get(6), fields.get(7), fields.get(8), fields.get(9),
                fields.get(10), fields.get(11));
        String text = new String(figx(List.of(row), dialect, Columns.EXPLAINED), StandardCharsets.UTF_8);
        List<CSVRecord> records = format(dialect).parse(new StringReader(text.substring(1))).getRecords();
        List<String> names = Columns.EXPLAINED.names();
        Row expected = dialect.decimalComma() ? row.withDecimalComma() : row;
        List<String> found = Columns.EXPLAINED.cells(expected);
        Pattern plainNumber = Pattern.compile(excelFr ? "[+-]?[0-9]+(,[0-9]+)?" : "[+-]?[0-9]+(\\.[0-9]+)?");
        for (int i = 0; i < names.size(); i++) {
            // as UTF-8 gives it back: a lone surrogate is written as '?'
            String original = found.get(i) == null ? ""
                    : new String(found.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            String read = records.get(1).get(i);
            boolean numbers = Set.of("line", "column", "start", "end", "value", "value_max").contains(names.get(i));
            boolean formula = !original.isEmpty() && "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(original.charAt(0)) >= 0
                    && !original.equals("-") && !original.equals("+") && !plainNumber.matcher(original).matches();
            String want = numbers || !formula ? original : "'" + original;
            if (!want.equals(read)) {
                throw new AssertionError(names.get(i) + " in " + dialect + ": expected [" + escaped(want)
                        + "] read [" + escaped(read) + "] from " + escaped(text));
            }
        }
    }

    private static CSVFormat format(Dialect dialect) {
        return CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\r\n").get();
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class);
    }

    @Provide
    Arbitrary<List<String>> fields() {
        return field().injectNull(0.2).list().ofSize(12);
    }

    /** Strings built of what makes CSV quoting differ: separators, quotes, line ends, edges. */
    @Provide
    Arbitrary<String> field() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(",", ";", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\t", "#", "!", "$", "\u0000",
                        "\u001F", "\u00A0", "\u202F", "2.5", "1,5", "-3", "€", "é", "’", "😀", "\uD83D", "\uDE00",
                        "\uFEFF", "abc", "hausse de 3 %", "'", "=", "+", "@", "-", "\uFF0D"),
                Arbitraries.strings().ofMaxLength(5),
                Arbitraries.strings().withCharRange('\u0000', '\u0080').ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }
}
