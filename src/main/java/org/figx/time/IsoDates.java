package org.figx.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the ISO forms of a resolved value ("2024-03", "2024-03-04") by hand: the
 * facts linker and the story's days ask it of every date found, where a regular
 * expression compiled per call, or {@code LocalDate.parse} throwing on each "2024-W48",
 * cost more than the rest of the reading.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** Whether {@code value} is a month or a day written in full: "2024-03" or "2024-03-04". */
    public static boolean isMonthOrDay(String value) {
        int length = value.length();
        return (length == 7 || length == 10) && digits(value, 0, 4) && value.charAt(4) == '-' && digits(value, 5, 7)
                && (length == 7 || value.charAt(7) == '-' && digits(value, 8, 10));
    }

    /**
     * The day {@code value} starts with ("2024-03-04", "2024-03-04T09:00"), read as
     * {@code LocalDate.parse} reads its first ten characters, or null: not a day
     * ("2024-W48", "XXXX-03-04"), or no such day ("2023-02-30").
     */
    public static LocalDate dayAtStart(String value) {
        if (value.length() < 10 || !digits(value, 0, 4) || value.charAt(4) != '-' || !digits(value, 5, 7)
                || value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // a day past the month's end: "2023-02-30"
        }
    }

    /** Whether value[from, to) holds only ASCII digits, as the ISO forms and "\\d" read them. */
    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + value.charAt(i) - '0';
        }
        return n;
    }
}
