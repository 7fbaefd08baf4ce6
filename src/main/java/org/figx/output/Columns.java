package org.figx.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns a writer writes: the SPEC's, or those and then the rule that
 * produced each row ({@code --explain}). The rule comes last so that a reader
 * that indexes the SPEC's columns by position reads the same either way.
 */
public enum Columns {
    /** The SPEC's columns, as every output has them without {@code --explain}. */
    STANDARD(Row.COLUMNS),
    /** The SPEC's columns, then {@code rule}. */
    EXPLAINED(withRule());

    /** The name of the column {@code --explain} adds. */
    public static final String RULE = "rule";

    private final List<String> names;

    Columns(List<String> names) {
        this.names = names;
    }

    private static List<String> withRule() {
        List<String> names = new ArrayList<>(Row.COLUMNS);
        names.add(RULE);
        return Collections.unmodifiableList(names);
    }

    /** The header, in output order. */
    public List<String> names() {
        return names;
    }

    /** A row's fields in {@link #names()} order, null where absent. */
    public List<String> cells(Row row) {
        return row.cells(this == EXPLAINED);
    }
}
