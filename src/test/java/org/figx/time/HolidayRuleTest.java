package org.figx.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of {@link HolidayRule} on days of every calendar it reads; the holidays' names
 * are tested through the corpus (testdata/corpus/&lt;lang&gt;/date.tsv and period.tsv).
 */
class HolidayRuleTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "12-25, 2024, 2024-12-25, 2024-12-25",
        "11-4THU, 2024, 2024-11-28, 2024-11-28",
        "05-LMON, 2025, 2025-05-26, 2025-05-26",
        "easter-46..+45, 2024, 2024-02-14, 2024-03-30",
        "orthodox-easter, 2024, 2024-05-05, 2024-05-05",
        "10-16/SAT-1/SUN+1, 2021, 2021-10-15, 2021-10-15",
        "hebrew:KISLEV-25-1..+7, 2024, 2024-12-25, 2025-01-01",
        "chinese:01-01, 2024, 2024-02-10, 2024-02-10",
        // the new moon's lunar day of Ashwin, as the evening finds it (Diwali)
        "hindu:ASHWIN-30@evening, 2023, 2023-11-12, 2023-11-12",
        // the same lunar day at sunrise: it begins in the afternoon of the 12th
        "hindu:ASHWIN-30, 2023, 2023-11-13, 2023-11-13",
        "hindu:KARTIKA-15, 2023, 2023-11-27, 2023-11-27",
        // a leap month (adhika Shravana, 2023-07-18 to 08-16) is not the regular month
        "hindu:SHRAVANA-15, 2023, 2023-08-31, 2023-08-31",
        "hindu:PHALGUNA-15@evening+1, 2024, 2024-03-25, 2024-03-25",
        "hindu:ASHWIN-1@afternoon..+9, 2024, 2024-10-03, 2024-10-12",
        // the sun enters Makara at 20:44 on 14 January 2023: after sunset, so the 15th
        "sankranti:10, 2023, 2023-01-15, 2023-01-15",
        // it enters Mesha at 21:05 on 13 April 2024: before midnight
        "sankranti:1@midnight, 2024, 2024-04-13, 2024-04-13",
        "sankranti:1, 2024, 2024-04-14, 2024-04-14",
        // Thiruvonam twice in Simha (19 August, 15 September): the second
        "mansion:5-22@morning, 2024, 2024-09-15, 2024-09-15",
        "parsi:01-01, 2024, 2024-08-15, 2024-08-15",
        "parsi:01-01-1, 2025, 2025-08-14, 2025-08-14",
    })
    void fallsOn(String spec, int year, LocalDate first, LocalDate last) {
        HolidayRule rule = HolidayRule.parse(spec);
        assertNotNull(rule, spec);
        LocalDate[] days = rule.days(year);
        assertEquals(first, days[0], "first day");
        assertEquals(last, days[1], "last day");
        assertEquals(!first.equals(last), rule.isPeriod(), "a period");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13-01", "02-30", "11-5XYZ", "hebrew:NOMONTH-1", "hindu:ASHWIN-31", "hindu:ASHWIN-0",
        "hindu:SAVANA-3", "hindu:ASHWIN-3@dusk", "sankranti:13", "sankranti:0", "mansion:5-28", "mansion:13-1",
        "mansion:5", "nocalendar:01-01"})
    void refuses(String spec) {
        assertNull(HolidayRule.parse(spec), spec);
    }
}
