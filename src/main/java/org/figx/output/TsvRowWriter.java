package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Tab-separated values in UTF-8 with a header row: no quoting, so tabs and line
 * breaks inside a field become spaces.
 */
public final class TsvRowWriter extends LineRowWriter {
    private final Columns columns;

    public TsvRowWriter(OutputStream stream, Columns columns) {
        super(stream, 256);
        this.columns = columns;
    }

    @Override
    void writeHeader(Appendable out) throws IOException {
        writeCells(columns.names(), out);
    }

    @Override
    void writeRow(Row row, Appendable out) throws IOException {
        writeCells(columns.cells(row), out);
    }

    private static void writeCells(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String cell = cells.get(i);
            if (cell != null) {
                out.append(cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
            }
        }
        out.append('\n');
    }

}
