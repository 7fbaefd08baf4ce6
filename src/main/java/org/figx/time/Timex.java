package org.figx.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Writes TIMEX3 values (SPEC "Values"), with X for what is unknown. */
public final class Timex {
    private Timex() {
    }

    /**
     * {@code value} in at least {@code width} characters, zeros in front, the sign
     * counted in the width: what {@code String.format("%0<width>d")} writes, without
     * the cost of a Formatter on every date of every article.
     */
    static String pad(int value, int width) {
        String digits = Long.toString(Math.abs((long) value));
        String sign = value < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return zeros <= 0 ? sign + digits : sign + "0".repeat(zeros) + digits;
    }

    public static String day(LocalDate d) {
        return pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2) + "-" + pad(d.getDayOfMonth(), 2);
    }

    /** A day with unknown parts: "XXXX-10-22", "XXXX-XX-04". */
    public static String day(Integer year, Integer month, Integer day) {
        return (year == null ? "XXXX" : pad(year, 4)) + "-"
                + (month == null ? "XX" : pad(month, 2)) + "-"
                + (day == null ? "XX" : pad(day, 2));
    }

    public static String month(Integer year, int month) {
        return (year == null ? "XXXX" : pad(year, 4)) + "-" + pad(month, 2);
    }

    public static String year(int year) {
        return pad(year, 4);
    }

    /** A century by its ordinal: the 21st century ("XXIe siècle") is 20, its years 20XX. */
    public static String century(int ordinal) {
        return pad(ordinal - 1, 2);
    }

    public static String week(LocalDate d) {
        return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** An unresolved weekday: "samedi" with no reference is XXXX-WXX-6. */
    public static String weekday(java.time.DayOfWeek day) {
        return "XXXX-WXX-" + day.getValue();
    }

    public static String time(String datePart, int hour, int minute) {
        return datePart + "T" + pad(hour, 2) + ":" + pad(minute, 2);
    }

    public static String time(String datePart, int hour, int minute, int second) {
        return second == 0 ? time(datePart, hour, minute) : time(datePart, hour, minute) + ":" + pad(second, 2);
    }

    /** Units in the order ISO 8601 writes them, date part then time part. */
    private static final java.util.List<String> UNIT_ORDER = java.util.List.of("Y", "M", "W", "D", "H", "MIN", "S");

    /**
     * A duration of several parts, "12 ans et 3 mois" (P12Y3M), "3 min 20 s"
     * (PT3M20S): amounts by unit (Y, M, W, D, H, MIN, S).
     */
    public static String duration(java.util.Map<String, BigDecimal> parts) {
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (String unit : UNIT_ORDER) {
            BigDecimal amount = parts.get(unit);
            if (amount == null) {
                continue;
            }
            String n = amount.stripTrailingZeros().toPlainString();
            switch (unit) {
                case "H" -> time.append(n).append('H');
                case "MIN" -> time.append(n).append('M');
                case "S" -> time.append(n).append('S');
                default -> date.append(n).append(unit);
            }
        }
        return time.length() == 0 ? date.toString() : date.append('T').append(time).toString();
    }

    public static String duration(BigDecimal amount, String unit) {
        String n = amount.stripTrailingZeros().toPlainString();
        return switch (unit) {
            case "S" -> "PT" + n + "S";
            case "MIN" -> "PT" + n + "M";
            case "H" -> "PT" + n + "H";
            case "D" -> "P" + n + "D";
            case "W" -> "P" + n + "W";
            case "M" -> "P" + n + "M";
            case "Q" -> "P" + amount.multiply(BigDecimal.valueOf(3)).stripTrailingZeros().toPlainString() + "M";
            case "HALF" -> "P" + amount.multiply(BigDecimal.valueOf(6)).stripTrailingZeros().toPlainString() + "M";
            case "Y" -> "P" + n + "Y";
            case "DECADE" -> "P" + amount.multiply(BigDecimal.TEN).stripTrailingZeros().toPlainString() + "Y";
            case "CENTURY" -> "P" + amount.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "Y";
            case "MILLENNIUM" -> "P" + amount.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString() + "Y";
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
