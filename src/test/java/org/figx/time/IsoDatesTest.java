package org.figx.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoDates} reads as the regular expression and {@code LocalDate.parse} it replaces. */
class IsoDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-03-04", "2024-03", "2024-03-04T09:00", "2024-03-04TEV", "2024-W48", "XXXX-03-04",
        "2024-02-30", "2023-02-29", "2024-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024",
        "2024-3-04", "2024-03-4", "2024-03-04-", "0000-01-01", "9999-12-31", "2024-1a-01", "２０２４-03-04",
        "2024-03-04/2024-03-08", "2024-Q1", "2024-03-XX", ""})
    void readsAsTheLibraryDoes(String value) {
        assertEquals(value.matches("\\d{4}-\\d{2}(-\\d{2})?"), IsoDates.isMonthOrDay(value), "month or day");
        LocalDate expected;
        try {
            expected = value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            expected = null;
        }
        assertEquals(expected, IsoDates.dayAtStart(value), "day at start");
    }
}
