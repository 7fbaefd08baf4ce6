package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** CSV in UTF-8 with a header row, in one of the {@link Dialect}s. */
public final class CsvRowWriter extends LineRowWriter {
    private final Dialect dialect;
    private final CSVFormat format;

    public CsvRowWriter(OutputStream stream, Dialect dialect) {
        super(stream, 256);
        this.dialect = dialect;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setRecordSeparator("\r\n")
                .get();
    }

    @Override
    public void writeHeader() throws IOException {
        if (dialect.byteOrderMark()) {
            out().write('\uFEFF');
        }
        format.printRecord(out(), Row.COLUMNS.toArray());
    }

    @Override
    void writeRow(Row row, Writer to) throws IOException {
        Row written = dialect.decimalComma() ? row.withDecimalComma() : row;
        List<String> cells = written.cells();
        cells.replaceAll(cell -> cell == null ? "" : cell);
        format.printRecord(to, cells.toArray());
    }
}
