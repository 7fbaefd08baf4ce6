package org.figx.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns a writer writes: the SPEC's, or those and then the rule that
 * produced each row and the language the document was read in ({@code --explain}).
 * JSON Lines names each field, so it always adds the language. The extra columns
 * come last so that a reader that indexes the SPEC's columns by position reads the
 * same either way.
 */
public enum Columns {
    /** The SPEC's columns, as every output has them without {@code --explain}. */
    STANDARD(false, false),
    /** The SPEC's columns, then {@code lang}: JSON Lines without {@code --explain}. */
    WITH_LANG(false, true),
    /** The SPEC's columns, then {@code rule} and {@code lang}. */
    EXPLAINED(true, true);

    /** The name of the column {@code --explain} adds for the rule. */
    public static final String RULE = "rule";
    /** The name of the column {@code --explain} and JSON Lines add for the language. */
    public static final String LANG = "lang";

    private final List<String> names;
    private final boolean withRule;
    private final boolean withLang;

    Columns(boolean withRule, boolean withLang) {
        List<String> names = new ArrayList<>(Row.COLUMNS);
        if (withRule) {
            names.add(RULE);
        }
        if (withLang) {
            names.add(LANG);
        }
        this.names = Collections.unmodifiableList(names);
        this.withRule = withRule;
        this.withLang = withLang;
    }

    /** These columns with the language added (JSON Lines names every row's language). */
    public Columns withLang() {
        return withRule ? EXPLAINED : WITH_LANG;
    }

    /** The header, in output order. */
    public List<String> names() {
        return names;
    }

    /** A row's fields in {@link #names()} order, null where absent. */
    public List<String> cells(Row row) {
        return row.cells(withRule, withLang);
    }
}
