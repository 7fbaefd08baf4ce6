package org.figx.spark;

import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.figx.output.Row;

/**
 * The job's rows: the command line's columns (SPEC "Rows"), in its order, nothing more.
 * Positions are integers; every other column a string, values included, so that a figure
 * keeps its exact decimal form (28000000000, 0.1) as no double would.
 */
final class RowSchema {
    static final StructType SCHEMA = schema();

    private RowSchema() {
    }

    private static StructType schema() {
        StructField[] fields = new StructField[Row.COLUMNS.size()];
        for (int i = 0; i < fields.length; i++) {
            String name = Row.COLUMNS.get(i);
            fields[i] = DataTypes.createStructField(name, switch (name) {
                case "line" -> DataTypes.IntegerType;
                case "column", "start", "end" -> DataTypes.LongType;
                default -> DataTypes.StringType;
            }, !List.of("source", "line", "column", "start", "end", "kind", "text").contains(name));
        }
        return DataTypes.createStructType(fields);
    }

    /** A figx row as a Spark row of {@link #SCHEMA}. */
    static org.apache.spark.sql.Row of(Row row) {
        List<String> cells = row.cells();
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cells.get(i);
        }
        values[1] = row.line();
        values[2] = row.column();
        values[3] = row.start();
        values[4] = row.end();
        return RowFactory.create(values);
    }
}
