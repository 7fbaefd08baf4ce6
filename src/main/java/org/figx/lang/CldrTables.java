package org.figx.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figx.Language;
import org.figx.text.GeneratedTable;

/**
 * CLDR's answers to the lexicon's questions, read from the tables generated at
 * build time under {@code /org/figx/lang/<lang>/cldr/} (one file a question and
 * locale, named after them). A question the tables cannot answer is an error that
 * says how to regenerate them: the lexicon asked ICU something new.
 */
final class CldrTables implements CldrSource {
    /** How to remake the tables from ICU (CldrTablesTest checks they are up to date). */
    static final String REGENERATE = "mvn -q -o test -Dtest=CldrTablesTest -Dfigx.updateCldr=true";

    private final String folder;
    /** Per file, its rows keyed by the fields before the answer (a lexicon asks several questions of one file). */
    private final Map<String, Map<String, String[]>> keyed = new HashMap<>();

    CldrTables(Language language) {
        this.folder = folder(language);
    }

    /** Where a language's tables are, on the class path. */
    static String folder(Language language) {
        return "/org/figx/lang/" + language.code() + "/cldr/";
    }

    /** The file that answers one question for one locale: "currency-names-fr.txt". */
    static String file(String question, Locale locale) {
        return question + "-" + locale.toLanguageTag() + ".txt";
    }

    private List<String[]> rows(String file) {
        return GeneratedTable.read(folder + file);
    }

    /** The row of {@code file} whose first {@code keyFields} fields are {@code key}, joined by tabs. */
    private String[] row(String file, int keyFields, String key) {
        Map<String, String[]> rows = keyed.get(file);
        if (rows == null) {
            rows = new HashMap<>();
            for (String[] row : rows(file)) {
                rows.put(key(row, keyFields), row);
            }
            keyed.put(file, rows);
        }
        String[] row = rows.get(key);
        if (row == null) {
            throw new IllegalStateException(folder + file + " has no row for '" + key
                    + "': regenerate the CLDR tables with " + REGENERATE);
        }
        return row;
    }

    private static String key(String[] row, int keyFields) {
        if (keyFields == 1) {
            return row[0];
        }
        StringBuilder key = new StringBuilder(row[0]);
        for (int f = 1; f < keyFields; f++) {
            key.append('\t').append(row[f]);
        }
        return key.toString();
    }

    @Override
    public List<String> currenciesInUse() {
        List<String> codes = new ArrayList<>();
        for (String[] row : rows("currencies-in-use.txt")) {
            codes.add(row[0]);
        }
        return codes;
    }

    @Override
    public Map<String, String> currencyNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : rows(file("currency-names", locale))) {
            names.put(row[0], row[1]);
        }
        return names;
    }

    @Override
    public String currencySymbol(Locale locale, String code) {
        return row(file("currency-symbols", locale), 1, code)[1];
    }

    @Override
    public String currencyNarrowSymbol(Locale locale, String code) {
        return row(file("currency-symbols", locale), 1, code)[2];
    }

    @Override
    public String formatMeasure(Locale locale, String unitId, int count, boolean wide) {
        return row(file("unit-forms", locale), 3, unitId + "\t" + count + "\t" + width(wide))[3];
    }

    /** How the tables name a width of unit names. */
    static String width(boolean wide) {
        return wide ? "wide" : "short";
    }

    @Override
    public Spellout spellout(Locale locale) {
        List<String> names = new ArrayList<>();
        String defaultName = null;
        for (String[] row : rows(file("spellout-rule-sets", locale))) {
            names.add(row[0]);
            if (row.length > 1 && row[1].equals(DEFAULT)) {
                defaultName = row[0];
            }
        }
        return new TableSpellout(List.copyOf(names), defaultName, file("spellout", locale));
    }

    /** Marks the default rule set in a spellout-rule-sets file. */
    static final String DEFAULT = "default";

    /** Spelled numbers, rows "rule set, number, spelling". */
    private final class TableSpellout implements Spellout {
        private final List<String> names;
        private final String defaultName;
        private final String file;

        TableSpellout(List<String> names, String defaultName, String file) {
            this.names = names;
            this.defaultName = defaultName;
            this.file = file;
        }

        @Override
        public List<String> ruleSetNames() {
            return names;
        }

        @Override
        public String defaultRuleSetName() {
            return defaultName;
        }

        @Override
        public String format(long number, String ruleSet) {
            return row(file, 2, ruleSet + "\t" + number)[2];
        }
    }

    @Override
    public String[] months(Locale locale, boolean standalone, boolean abbreviated) {
        return names(row(file("month-names", locale), 2, context(standalone) + "\t" + dateWidth(abbreviated)));
    }

    @Override
    public String[] weekdays(Locale locale, boolean abbreviated) {
        return names(row(file("weekday-names", locale), 2, context(false) + "\t" + dateWidth(abbreviated)));
    }

    /** How the tables name a width of month and weekday names. */
    static String dateWidth(boolean abbreviated) {
        return abbreviated ? "abbreviated" : "wide";
    }

    /** How the tables name the context of month and weekday names. */
    static String context(boolean standalone) {
        return standalone ? "standalone" : "format";
    }

    private static String[] names(String[] row) {
        return java.util.Arrays.copyOfRange(row, 2, row.length);
    }
}
