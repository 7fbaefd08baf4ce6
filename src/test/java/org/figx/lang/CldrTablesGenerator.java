package org.figx.lang;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.figx.Language;
import org.figx.text.GeneratedTable;

/**
 * Makes a language's CLDR tables ({@link CldrTables}) from ICU: builds the lexicon
 * on ICU's answers, notes every question it asks and the answer, and writes one
 * table a question and locale. What the tables hold is thus exactly what the
 * lexicon asks, no row typed by hand. {@link CldrTablesTest} checks the files in
 * src/main/resources against a fresh run, and rewrites them when asked.
 */
final class CldrTablesGenerator implements CldrSource {
    private final IcuCldr icu = new IcuCldr();
    /** Per file name, its lines by sort key. */
    private final Map<String, TreeMap<String, String>> files = new TreeMap<>();

    private CldrTablesGenerator() {
    }

    /** The tables of {@code language}: file name (in {@link CldrTables#folder}) → content. */
    static Map<String, String> generate(Language language) {
        CldrTablesGenerator recorder = new CldrTablesGenerator();
        Lexicon.load(language, recorder);
        Map<String, String> out = new TreeMap<>();
        recorder.files.forEach((name, lines) -> out.put(name, header(name) + String.join("\n", lines.values()) + "\n"));
        return out;
    }

    private static String header(String name) {
        return TableHeader.of(name, "ICU4J " + VersionInfo.ICU_VERSION + " (CLDR " + LocaleData.getCLDRVersion() + ")",
                CldrTablesGenerator.class, "the answers the lexicon got from ICU when it last asked",
                COLUMNS.get(question(name)));
    }

    private static final Map<String, String> COLUMNS = Map.of(
            "currencies-in-use", "ISO 4217 code; legal tender somewhere on the day of generation",
            "currency-names", "display name, ISO 4217 code; in ICU's order",
            "currency-symbols", "ISO 4217 code, symbol, narrow symbol",
            "unit-forms", "unit identifier, count, width, the count of the unit as CLDR writes it",
            "spellout-rule-sets", "rule set name, 'default' on the one used when none is named",
            "spellout", "rule set name, number, its spelling",
            "month-names", "context, width, the names from January on",
            "weekday-names", "context, width, an empty field (ICU's index 0), the names from Sunday on");

    /** The question a file answers: the longest that names it ("spellout-rule-sets-fr.txt", not "spellout"). */
    private static String question(String file) {
        String base = file.substring(0, file.length() - ".txt".length());
        String found = null;
        for (String question : COLUMNS.keySet()) {
            if ((base.equals(question) || base.startsWith(question + "-"))
                    && (found == null || question.length() > found.length())) {
                found = question;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no question for " + file);
        }
        return found;
    }

    private void record(String file, String sortKey, String... fields) {
        files.computeIfAbsent(file, f -> new TreeMap<>()).put(sortKey, GeneratedTable.line(fields));
    }

    @Override
    public List<String> currenciesInUse() {
        List<String> codes = icu.currenciesInUse();
        for (String code : codes) {
            record("currencies-in-use.txt", code, code);
        }
        return codes;
    }

    @Override
    public Map<String, String> currencyNames(Locale locale) {
        Map<String, String> names = icu.currencyNames(locale);
        int order = 0;
        for (Map.Entry<String, String> name : names.entrySet()) {
            record(CldrTables.file("currency-names", locale), String.format("%06d", order++), name.getKey(), name.getValue());
        }
        return names;
    }

    @Override
    public String currencySymbol(Locale locale, String code) {
        recordSymbols(locale, code);
        return icu.currencySymbol(locale, code);
    }

    @Override
    public String currencyNarrowSymbol(Locale locale, String code) {
        recordSymbols(locale, code);
        return icu.currencyNarrowSymbol(locale, code);
    }

    private void recordSymbols(Locale locale, String code) {
        record(CldrTables.file("currency-symbols", locale), code, code, icu.currencySymbol(locale, code),
                icu.currencyNarrowSymbol(locale, code));
    }

    @Override
    public String formatMeasure(Locale locale, String unitId, int count, boolean wide) {
        String formatted = icu.formatMeasure(locale, unitId, count, wide);
        String width = CldrTables.width(wide);
        record(CldrTables.file("unit-forms", locale), unitId + "\t" + count + "\t" + width,
                unitId, Integer.toString(count), width, formatted);
        return formatted;
    }

    @Override
    public Spellout spellout(Locale locale) {
        Spellout spell = icu.spellout(locale);
        String ruleSets = CldrTables.file("spellout-rule-sets", locale);
        int order = 0;
        for (String name : spell.ruleSetNames()) {
            String sortKey = String.format("%06d", order++);
            if (name.equals(spell.defaultRuleSetName())) {
                record(ruleSets, sortKey, name, CldrTables.DEFAULT);
            } else {
                record(ruleSets, sortKey, name);
            }
        }
        String spellings = CldrTables.file("spellout", locale);
        return new Spellout() {
            @Override
            public List<String> ruleSetNames() {
                return spell.ruleSetNames();
            }

            @Override
            public String defaultRuleSetName() {
                return spell.defaultRuleSetName();
            }

            @Override
            public String format(long number, String ruleSet) {
                String spelled = spell.format(number, ruleSet);
                record(spellings, ruleSet + "\t" + String.format("%020d", number), ruleSet, Long.toString(number), spelled);
                return spelled;
            }
        };
    }

    @Override
    public String[] months(Locale locale, boolean standalone, boolean abbreviated) {
        String[] names = icu.months(locale, standalone, abbreviated);
        recordNames(CldrTables.file("month-names", locale), CldrTables.context(standalone),
                CldrTables.dateWidth(abbreviated), names);
        return names;
    }

    @Override
    public String[] weekdays(Locale locale, boolean abbreviated) {
        String[] names = icu.weekdays(locale, abbreviated);
        recordNames(CldrTables.file("weekday-names", locale), CldrTables.context(false),
                CldrTables.dateWidth(abbreviated), names);
        return names;
    }

    private void recordNames(String file, String context, String width, String[] names) {
        List<String> fields = new ArrayList<>(List.of(context, width));
        fields.addAll(java.util.Arrays.asList(names));
        record(file, context + "\t" + width, fields.toArray(new String[0]));
    }
}
