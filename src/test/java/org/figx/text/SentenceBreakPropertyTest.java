package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.figx.Language;
import org.figx.lang.ResourceLists;
import org.junit.jupiter.api.Test;

/**
 * The data the splitter reads is ICU's: the Sentence_Break value of every code
 * point, and CLDR's French abbreviations. After an ICU upgrade these fail until
 * SentenceDataFromIcu rewrites the files.
 */
class SentenceBreakPropertyTest {

    @Test
    void everyCodePointHasTheValueIcuGivesIt() {
        int wrong = 0;
        StringBuilder first = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String ours = SentenceBreakProperty.NAMES[SentenceBreakProperty.of(c)];
            String icu = SentenceDataFromIcu.icuValueName(c);
            if (!ours.equals(icu) && wrong++ < 5) {
                first.append(String.format(" U+%04X: %s, ICU %s;", c, ours, icu));
            }
        }
        if (wrong > 0) {
            fail(wrong + " code points differ:" + first);
        }
    }

    @Test
    void thePropertyFileIsTheOneIcuGives() throws IOException {
        try (InputStream in = SentenceBreakProperty.class.getResourceAsStream(SentenceBreakProperty.RESOURCE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(SentenceDataFromIcu.propertyFile(), lines);
        }
    }

    @Test
    void cldrAbbreviationsAreTheOnesIcuReads() {
        TreeSet<String> ours = new TreeSet<>(new ResourceLists(Language.FR).lines("cldr-abbreviations.txt"));
        TreeSet<String> icu = SentenceDataFromIcu.cldrSuppressions(ULocale.FRENCH);
        assertEquals(82, icu.size());
        assertEquals(new ArrayList<>(icu), new ArrayList<>(ours));
    }

    @Test
    void englishCldrAbbreviationsAreTheOnesIcuReads() {
        TreeSet<String> ours = new TreeSet<>(new ResourceLists(Language.EN).lines("cldr-abbreviations.txt"));
        TreeSet<String> icu = SentenceDataFromIcu.cldrSuppressions(ULocale.ENGLISH);
        assertEquals(new ArrayList<>(icu), new ArrayList<>(ours));
    }
}
