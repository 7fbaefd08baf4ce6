package org.figx.lang;

import java.util.List;
import org.figx.Language;
import org.figx.text.GeneratedTable;

/**
 * What parts of the lexicon derive from the CLDR tables ({@link CldrTables}), kept
 * under {@code /org/figx/lang/<lang>/derived/} as generated tables
 * ({@link GeneratedTable}) of the derivation's steps, so that start-up replays a
 * few hundred rows instead of reading the thousands of spellings they come from:
 * {@code number-words.txt} ({@link NumberWords}), {@code ordinals.txt}
 * ({@link Ordinals}), {@code currencies.txt} ({@link Currencies}, from CLDR's
 * currency names and symbols and the currency word lists), {@code units.txt}
 * ({@link Units}, from CLDR's unit forms and the unit word lists). DerivedTablesTest, part of {@code mvn verify}, derives them
 * again from the CLDR tables and fails when a file differs.
 */
final class DerivedTables {
    /** How to remake the files after a change of the CLDR tables or of the derivation. */
    static final String REGENERATE = "mvn -q -o test -Dtest=DerivedTablesTest -Dfigx.updateDerived=true";
    static final String NUMBER_WORDS = "number-words.txt";
    static final String ORDINALS = "ordinals.txt";
    static final String CURRENCIES = "currencies.txt";
    static final String UNITS = "units.txt";

    private DerivedTables() {
    }

    /** Where a language's derived tables are, on the class path. */
    static String folder(Language language) {
        return "/org/figx/lang/" + language.code() + "/derived/";
    }

    /** The rows of one of a language's derived tables. */
    static List<String[]> read(Language language, String name) {
        return GeneratedTable.read(folder(language) + name);
    }

    /** A derived table's text: a header saying where it comes from, then one line a row (the build-time side). */
    static String text(String name, String what, String columns, List<String[]> rows) {
        StringBuilder out = new StringBuilder()
                .append("# ").append(name).append(": generated from the CLDR tables (../cldr/) by DerivedTablesTest\n")
                .append("# (src/test/java), ").append(what).append(". Do not edit; regenerate with\n")
                .append("#   ").append(REGENERATE).append('\n')
                .append("# (DerivedTablesTest, part of mvn verify, fails when this file and the derivation disagree).\n")
                .append("# Tab-separated fields (").append(columns).append("); \\uXXXX escapes tabs, backslashes\n")
                .append("# and spaces other than the plain one.\n");
        for (String[] row : rows) {
            out.append(GeneratedTable.line(row)).append('\n');
        }
        return out.toString();
    }
}
