package org.figx.lang;

/** The comment a generated table ({@link org.figx.text.GeneratedTable}) opens with: where it comes from, how to remake it. */
final class TableHeader {
    private TableHeader() {
    }

    static String of(String name, String source, Class<?> generator, String what, String columns) {
        return "# " + name + ": generated from " + source + " by " + generator.getName() + " (src/test/java),\n"
                + "# " + what + ". Do not edit; regenerate with\n"
                + "#   " + CldrTables.REGENERATE + "\n"
                + "# (CldrTablesTest, part of mvn verify, fails when this file and ICU disagree).\n"
                + "# Tab-separated fields (" + columns + "); \\uXXXX escapes tabs, backslashes\n"
                + "# and spaces other than the plain one; \\N is no value.\n";
    }
}
