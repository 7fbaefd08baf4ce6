package org.figx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * Tab-separated values in UTF-8 with a header row: no quoting, so tabs and line
 * breaks inside a field become spaces.
 */
public final class TsvRowWriter extends LineRowWriter {
    public TsvRowWriter(OutputStream stream) {
        super(stream, 256);
    }

    @Override
    public void writeHeader() throws IOException {
        writeCells(Row.COLUMNS, out());
    }

    @Override
    void writeRow(Row row, Writer out) throws IOException {
        writeCells(row.cells(), out);
    }

    private static void writeCells(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            String cell = cells.get(i);
            if (cell != null) {
                out.write(cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
            }
        }
        out.write('\n');
    }

}
