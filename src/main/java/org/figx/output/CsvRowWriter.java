package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** CSV in UTF-8 with a header row, in one of the {@link Dialect}s. */
public final class CsvRowWriter extends LineRowWriter {
    private final Dialect dialect;
    private final Columns columns;
    /**
     * One format per thread: {@link CSVFormat#printRecord} is synchronized on the
     * format, and workers preparing rows at once would otherwise wait for each other.
     */
    private final ThreadLocal<CSVFormat> format;

    public CsvRowWriter(OutputStream stream, Dialect dialect, Columns columns) {
        super(stream, 256);
        this.dialect = dialect;
        this.columns = columns;
        CSVFormat.Builder builder = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setRecordSeparator("\r\n");
        this.format = ThreadLocal.withInitial(builder::get);
    }

    @Override
    void writeHeader(Appendable to) throws IOException {
        if (dialect.byteOrderMark()) {
            to.append('\uFEFF');
        }
        format.get().printRecord(to, columns.names().toArray());
    }

    @Override
    void writeRow(Row row, Appendable to) throws IOException {
        Row written = dialect.decimalComma() ? row.withDecimalComma() : row;
        List<String> cells = columns.cells(written);
        cells.replaceAll(cell -> cell == null ? "" : cell);
        format.get().printRecord(to, cells.toArray());
    }
}
