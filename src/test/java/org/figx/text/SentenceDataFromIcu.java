package org.figx.text;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The data figx's sentence splitter takes from ICU, as ICU gives it: the
 * Sentence_Break property of every code point, and CLDR's abbreviations after
 * which a full stop ends no sentence. Run {@link #main} after an ICU upgrade to
 * rewrite the resource files; the tests hold the files to what this reads.
 */
final class SentenceDataFromIcu {
    private SentenceDataFromIcu() {
    }

    /** ICU's Sentence_Break value of {@code codePoint}, by its UAX #29 name. */
    static String icuValueName(int codePoint) {
        int value = UCharacter.getIntPropertyValue(codePoint, UProperty.SENTENCE_BREAK);
        return UCharacter.getPropertyValueName(UProperty.SENTENCE_BREAK, value, UProperty.NameChoice.LONG);
    }

    /** The property file's lines: a range start in hex, then its value, for each change of value. */
    static List<String> propertyFile() {
        List<String> lines = new ArrayList<>();
        lines.add("# Unicode's Sentence_Break property (UAX #29) as ICU " + VersionInfo.ICU_VERSION
                + " gives it, for Unicode " + UCharacter.getUnicodeVersion() + ".");
        lines.add("# Each line starts a range (hex code point) that runs to the next line's start;");
        lines.add("# written by SentenceDataFromIcu (test sources), held to ICU by SentenceBreakPropertyTest.");
        String previous = null;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String name = icuValueName(c);
            if (!name.equals(previous)) {
                lines.add(String.format("%04X %s", c, name));
                previous = name;
            }
        }
        return lines;
    }

    /** CLDR's sentence-break suppressions for {@code locale}, as ICU's filtered iterator reads them. */
    static TreeSet<String> cldrSuppressions(ULocale locale) {
        ICUResourceBundle bundle = (ICUResourceBundle) UResourceBundle.getBundleInstance(
                ICUData.ICU_BRKITR_BASE_NAME, locale);
        ICUResourceBundle breaks = bundle.findWithFallback("exceptions/SentenceBreak");
        TreeSet<String> found = new TreeSet<>();
        for (int i = 0; breaks != null && i < breaks.getSize(); i++) {
            found.add(breaks.getString(i));
        }
        return found;
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        Files.write(resources.resolve("org/figx/text/" + SentenceBreakProperty.RESOURCE), propertyFile(),
                StandardCharsets.UTF_8);
        writeAbbreviations(resources, ULocale.FRENCH, "French", "fr");
        writeAbbreviations(resources, ULocale.ENGLISH, "English", "en");
    }

    /** A language's cldr-abbreviations.txt, from ICU's sentence-break exceptions for {@code locale}. */
    private static void writeAbbreviations(Path resources, ULocale locale, String name, String code) throws IOException {
        List<String> cldr = new ArrayList<>();
        cldr.add("# CLDR's abbreviations after which a full stop ends no sentence in " + name + ", as ICU "
                + VersionInfo.ICU_VERSION + " reads them");
        cldr.add("# (brkitr data, exceptions/SentenceBreak). Written by SentenceDataFromIcu (test sources),");
        cldr.add("# held to ICU by SentenceBreakPropertyTest; the project's own list is abbreviations.txt.");
        cldr.addAll(cldrSuppressions(locale));
        Files.write(resources.resolve("org/figx/lang/" + code + "/cldr-abbreviations.txt"), cldr, StandardCharsets.UTF_8);
    }
}
