package org.figx.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a header row, in one of the {@link Dialect}s. */
public final class CsvRowWriter implements RowWriter {
    private final Dialect dialect;
    private final BufferedWriter out;
    private final CSVFormat format;
    private final CSVPrinter printer;

    public CsvRowWriter(OutputStream stream, Dialect dialect) throws IOException {
        this.dialect = dialect;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                OutputFormat.BUFFER_CHARS);
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setRecordSeparator("\r\n")
                .get();
        this.printer = new CSVPrinter(out, format);
    }

    @Override
    public void writeHeader() throws IOException {
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
        printer.printRecord(Row.COLUMNS);
    }

    @Override
    public void write(List<Row> rows) throws IOException {
        print(rows, printer);
    }

    private void print(List<Row> rows, CSVPrinter to) throws IOException {
        for (Row row : rows) {
            Row written = dialect.decimalComma() ? row.withDecimalComma() : row;
            List<String> cells = written.cells();
            cells.replaceAll(cell -> cell == null ? "" : cell);
            to.printRecord(cells);
        }
    }

    @Override
    public Prepared prepare(List<Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        try {
            print(rows, new CSVPrinter(text, format));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new Prepared(rows, text.toString());
    }

    @Override
    public void write(Prepared prepared) throws IOException {
        if (prepared.text() == null) {
            write(prepared.rows());
        } else {
            out.write(prepared.text());
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
