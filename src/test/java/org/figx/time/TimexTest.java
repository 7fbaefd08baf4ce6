package org.figx.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9, 10, 99, 100, 999, 1000, 2024, 12345, -1, -50, -999, -1000, -20000,
            Integer.MIN_VALUE, Integer.MAX_VALUE})
    void padsLikeTheFormatterDoes(int value) {
        assertEquals(String.format("%04d", value), Timex.pad(value, 4));
        assertEquals(String.format("%02d", value), Timex.pad(value, 2));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-11-27, 2024-11-27, 2024-W48",
        "2024-12-30, 2024-12-30, 2025-W01",
        "0987-06-15, 0987-06-15, 0987-W24",
        "2021-01-03, 2021-01-03, 2020-W53",
    })
    void writesDaysAndWeeks(LocalDate day, String expectedDay, String expectedWeek) {
        assertEquals(expectedDay, Timex.day(day));
        assertEquals(expectedWeek, Timex.week(day));
    }

    @ParameterizedTest
    @CsvSource({
        "T, 9, 5, 0, T09:05",
        "2024-11-27, 14, 30, 0, 2024-11-27T14:30",
        "2024-11-27, 14, 30, 7, 2024-11-27T14:30:07",
    })
    void writesTimes(String datePart, int hour, int minute, int second, String expected) {
        assertEquals(expected, Timex.time(datePart.equals("T") ? "" : datePart, hour, minute, second));
    }

    @ParameterizedTest
    @CsvSource({"21, 20", "1, 00", "5, 04"})
    void writesCenturies(int ordinal, String expected) {
        assertEquals(expected, Timex.century(ordinal));
    }
}
