package org.figx.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.figx.Language;
import org.figx.lang.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spelled-number grammar read back against ICU's own spell-out rules: every
 * number ICU writes out (French of France, Switzerland and Belgium, masculine and
 * feminine, traditional and 1990 all-hyphen spelling) must parse to exactly that
 * number, using the whole phrase.
 */
class SpelledNumbersAgainstIcuTest {
    private static final NumberParser PARSER = Lexicon.load(Language.FR).numberParser();

    static Stream<Arguments> numbers() {
        List<Long> values = new ArrayList<>();
        for (long n = 0; n <= 2100; n++) {
            values.add(n);
        }
        SplittableRandom random = new SplittableRandom(20241127);
        for (int k = 0; k < 400; k++) {
            values.add(random.nextLong(2101, 999_999_999_999L));
        }
        values.add(1_000_000L);
        values.add(80_000L);
        values.add(200_000_000L);
        values.add(1_000_000_000_000L);
        return Language.FR.variants().stream().flatMap(locale -> {
            RuleBasedNumberFormat spell = new RuleBasedNumberFormat(ULocale.forLocale(locale),
                    RuleBasedNumberFormat.SPELLOUT);
            return Stream.of("%spellout-cardinal-masculine", "%spellout-cardinal-feminine")
                    .map(ruleSet -> Arguments.of(locale, ruleSet, spell, values));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("numbers")
    void everySpellingReadsBack(Locale locale, String ruleSet, RuleBasedNumberFormat spell, List<Long> values) {
        for (long n : values) {
            String spelled = spell.format(n, ruleSet);
            assertReadsAs(n, spelled);
            assertReadsAs(n, spelled.replace(' ', '-')); // 1990 spelling: hyphens throughout
        }
    }

    private static void assertReadsAs(long expected, String spelled) {
        String text = "Ils étaient " + spelled + " au total.";
        int start = "Ils étaient ".length();
        ParsedNumber parsed = PARSER.parseWords(text, start);
        assertNotNull(parsed, () -> "nothing read in «" + spelled + "»");
        assertEquals(spelled, text.substring(parsed.start(), parsed.end()), () -> "span of «" + spelled + "»");
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(parsed.value()),
                () -> "«" + spelled + "» read as " + parsed.value());
    }
}
