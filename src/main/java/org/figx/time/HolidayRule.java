package org.figx.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a holiday falls in a given Gregorian year, as a holiday list writes it
 * (holidays.txt); knows no language. A rule is a base day, then weekend moves,
 * then a shift in days, then perhaps a length ({@code ..+N}: a period of N more days):
 * <ul>
 * <li>{@code 12-25}: a fixed day; {@code 11-4THU}: the 4th Thursday of November,
 * {@code 05-LMON} the last Monday of May;</li>
 * <li>{@code easter}, {@code orthodox-easter}: Easter Sunday (Gregorian, Julian computus);</li>
 * <li>{@code hebrew:KISLEV-25}, {@code islamic:10-01} (month number), {@code chinese:01-01}: a day of
 * those calendars (ICU's; the Islamic one is Umm al-Qura's), in the Gregorian year asked;</li>
 * <li>{@code hindu:ASHWIN-30@evening}: a lunar day (1 to 30) of a Hindu lunar month (Time4J's
 * month names; months from new moon to new moon), observed at sunrise unless {@code @morning},
 * {@code @midday}, {@code @afternoon}, {@code @evening} or {@code @midnight} says when
 * ({@link HinduDays});</li>
 * <li>{@code sankranti:10}: the day the sun enters sidereal sign 10 (Makara; 1 = Mesha) before
 * sunset, else the next ({@code sankranti:1@midnight}: before midnight);
 * {@code mansion:5-22@morning}: the day of solar month 5 (Simha) when the moon stands in
 * mansion 22 (Shravana, Thiruvonam in Malayalam);</li>
 * <li>{@code parsi:01-01}: a day of the Parsi (Shahenshahi) calendar, twelve months of thirty
 * days and five more, with no leap year;</li>
 * <li>{@code /SAT-1}, {@code /SUN+1}: moved when it falls on that weekday ({@code 10-16/SAT-1/SUN+1});</li>
 * <li>{@code +1}, {@code -47}: days after or before ({@code easter-47}, {@code 11-4THU+1});</li>
 * <li>{@code ..+45}: a period from that day to 45 days later ({@code easter-46..+45}).</li>
 * </ul>
 */
public final class HolidayRule {
    private final String spec;

    private HolidayRule(String spec) {
        this.spec = spec;
    }

    /**
     * The rules read so far, by spec (empty: no rule). A rule is checked by computing a
     * year's days (ICU's Hebrew and Islamic calendars), which each holiday mention would
     * otherwise pay again.
     */
    private static final Map<String, Optional<HolidayRule>> PARSED = new ConcurrentHashMap<>();

    /** The rule {@code spec} writes, or null when it is no holiday rule. */
    public static HolidayRule parse(String spec) {
        return PARSED.computeIfAbsent(spec.strip(), s -> Optional.ofNullable(read(s))).orElse(null);
    }

    private static HolidayRule read(String spec) {
        HolidayRule rule = new HolidayRule(spec);
        try {
            if (ASTRONOMICAL.contains(calendarOf(rule.spec))) {
                rule.checkAstronomical(); // its days are worth computing only when asked
                return rule;
            }
            return rule.days(2000) == null ? null : rule;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The calendars whose base is one field: a dash after it is a shift ({@code sankranti:10-1}). */
    private static final Set<String> ONE_FIELD_CALENDARS = Set.of("sankranti");

    /** The calendars whose days are computed from the sun and moon: slow enough to keep. */
    private static final Set<String> ASTRONOMICAL = Set.of("hindu", "sankranti", "mansion");

    /** The days found for an astronomical rule, by rule and year ({@code null} kept as an empty array). */
    private static final Map<String, LocalDate[]> COMPUTED = new ConcurrentHashMap<>();

    private static String calendarOf(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? "" : spec.substring(0, colon);
    }

    /** Throws when the astronomical base of this rule names no month, sign, day or time. */
    private void checkAstronomical() {
        String base = spec.substring(0, baseEnd(spec));
        Args args = Args.of(base);
        switch (args.calendar()) {
            case "hindu" -> {
                HinduDays.month(args.first());
                inRange(Integer.parseInt(args.second()), 1, 30);
            }
            case "sankranti" -> inRange(Integer.parseInt(args.first()), 1, 12);
            default -> {
                inRange(Integer.parseInt(args.first()), 1, 12);
                inRange(Integer.parseInt(args.second()), 1, 27);
            }
        }
    }

    private static void inRange(int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " not in " + min + ".." + max);
        }
    }

    /** A base's parts: {@code hindu:ASHWIN-30@evening} is hindu, ASHWIN, 30, EVENING. */
    private record Args(String calendar, String first, String second, HinduDays.Observance when, boolean observed) {
        static Args of(String base) {
            int colon = base.indexOf(':');
            String fields = base.substring(colon + 1);
            HinduDays.Observance when = HinduDays.Observance.SUNRISE;
            int at = fields.indexOf('@');
            if (at >= 0) {
                when = HinduDays.Observance.named(fields.substring(at + 1));
                fields = fields.substring(0, at);
            }
            int dash = fields.indexOf('-');
            return new Args(base.substring(0, Math.max(colon, 0)), dash < 0 ? fields : fields.substring(0, dash),
                    dash < 0 ? null : fields.substring(dash + 1), when, at >= 0);
        }
    }

    /** Whether it lasts several days. */
    public boolean isPeriod() {
        return spec.contains("..");
    }

    /** Its first and last day in Gregorian year {@code year} (the same day for one day), or null. */
    public LocalDate[] days(int year) {
        String s = spec;
        int length = 0;
        int dots = s.indexOf("..");
        if (dots >= 0) {
            length = Integer.parseInt(s.substring(dots + 2).replace("+", ""));
            s = s.substring(0, dots);
        }
        // base: up to the first '/', or the first sign after the base's own text
        int end = baseEnd(s);
        LocalDate day = base(s.substring(0, end), year);
        if (day == null) {
            return null;
        }
        String rest = s.substring(end);
        while (rest.startsWith("/")) {
            int sign = firstSign(rest, 1);
            DayOfWeek when = weekday(rest.substring(1, sign));
            int next = rest.indexOf('/', 1);
            int stop = next < 0 ? nextSignEnd(rest, sign) : next;
            int move = Integer.parseInt(rest.substring(sign, stop).replace("+", ""));
            if (day.getDayOfWeek() == when) {
                day = day.plusDays(move);
            }
            rest = rest.substring(stop);
        }
        if (!rest.isEmpty()) {
            day = day.plusDays(Integer.parseInt(rest.replace("+", "")));
        }
        return new LocalDate[] {day, day.plusDays(length)};
    }

    private static int nextSignEnd(String rest, int sign) {
        int i = sign + 1;
        while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstSign(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                return i;
            }
        }
        throw new IllegalArgumentException("no shift in " + s);
    }

    /** Where the base ends: the weekend moves or the shift after it. */
    private static int baseEnd(String s) {
        int slash = s.indexOf('/');
        int limit = slash < 0 ? s.length() : slash;
        int start = s.indexOf(':') + 1;
        if (s.startsWith("easter", start) || s.startsWith("orthodox-easter", start)) {
            int i = s.startsWith("easter", start) ? start + 6 : start + 15;
            return Math.min(i, limit);
        }
        // MM-DD, MM-nDDD, KISLEV-25, ASHWIN-30@evening: a field, then a dash and a second
        // field (but for the calendars of one field), then when it is observed
        int i = fieldEnd(s, start, limit);
        if (!ONE_FIELD_CALENDARS.contains(calendarOf(s)) && i < limit && s.charAt(i) == '-') {
            i = fieldEnd(s, i + 1, limit);
        }
        if (i < limit && s.charAt(i) == '@') {
            i = fieldEnd(s, i + 1, limit);
        }
        return i;
    }

    private static int fieldEnd(String s, int from, int limit) {
        int i = from;
        while (i < limit && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static LocalDate base(String base, int year) {
        if (base.equals("easter")) {
            return easter(year);
        }
        if (base.equals("orthodox-easter")) {
            return orthodoxEaster(year);
        }
        int colon = base.indexOf(':');
        if (colon > 0) {
            String calendar = base.substring(0, colon);
            if (ASTRONOMICAL.contains(calendar)) {
                LocalDate[] day = COMPUTED.computeIfAbsent(base + " " + year, k -> {
                    LocalDate d = astronomical(Args.of(base), year);
                    return d == null ? new LocalDate[0] : new LocalDate[] {d};
                });
                return day.length == 0 ? null : day[0];
            }
            String[] md = base.substring(colon + 1).split("-");
            return switch (calendar) {
                case "hebrew" -> hebrew(hebrewMonth(md[0]), Integer.parseInt(md[1]), year);
                case "islamic" -> islamic(Integer.parseInt(md[0]) - 1, Integer.parseInt(md[1]), year);
                case "chinese" -> chinese(Integer.parseInt(md[0]) - 1, Integer.parseInt(md[1]), year);
                case "parsi" -> parsi(Integer.parseInt(md[0]), Integer.parseInt(md[1]), year);
                default -> null;
            };
        }
        String[] md = base.split("-");
        int month = Integer.parseInt(md[0]);
        String day = md[1];
        if (Character.isDigit(day.charAt(day.length() - 1))) {
            return LocalDate.of(year, month, Integer.parseInt(day));
        }
        DayOfWeek weekday = weekday(day.substring(1));
        LocalDate first = LocalDate.of(year, month, 1);
        if (day.charAt(0) == 'L') {
            return first.with(TemporalAdjusters.lastInMonth(weekday));
        }
        LocalDate nth = first.with(TemporalAdjusters.dayOfWeekInMonth(day.charAt(0) - '0', weekday));
        return nth.getMonthValue() == month ? nth : null;
    }

    private static DayOfWeek weekday(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(name.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("no weekday " + name);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Orthodox Easter: the Julian computus, its date moved to the Gregorian calendar. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }

    private static LocalDate astronomical(Args args, int year) {
        return switch (args.calendar()) {
            case "hindu" -> HinduDays.lunarDay(year, HinduDays.month(args.first()), Integer.parseInt(args.second()), args.when());
            case "sankranti" -> HinduDays.sankranti(year, Integer.parseInt(args.first()),
                    args.observed() ? args.when() : HinduDays.Observance.SUNSET);
            default -> HinduDays.mansionDay(year, Integer.parseInt(args.first()), Integer.parseInt(args.second()), args.when());
        };
    }

    /**
     * The Parsi calendar's epoch, the accession of Yazdegerd III (16 June 632, Julian), from
     * which its years of 365 days are counted; the Shahenshahi reckoning the Parsis of India
     * keep begins its years one month later (it once inserted a month the Qadimi one did not).
     */
    private static final LocalDate YAZDEGERD = LocalDate.of(632, 6, 19);
    private static final int SHAHENSHAHI_LAG = 30;

    /** The first day of Gregorian year {@code year} that is day {@code day} of month {@code month} (1 to 12) of a Parsi year. */
    private static LocalDate parsi(int month, int day, int year) {
        int dayOfYear = (month - 1) * 30 + day - 1;
        long offset = YAZDEGERD.toEpochDay() + SHAHENSHAHI_LAG + dayOfYear;
        long first = LocalDate.of(year, 1, 1).toEpochDay();
        return LocalDate.ofEpochDay(first + Math.floorMod(offset - first, 365));
    }

    private static final String[] HEBREW_MONTHS = {"TISHRI", "HESHVAN", "KISLEV", "TEVET", "SHEVAT", "ADAR_1",
        "ADAR", "NISAN", "IYAR", "SIVAN", "TAMUZ", "AV", "ELUL"};

    private static int hebrewMonth(String name) {
        for (int i = 0; i < HEBREW_MONTHS.length; i++) {
            if (HEBREW_MONTHS[i].equals(name.toUpperCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no Hebrew month " + name);
    }

    private static LocalDate hebrew(int month, int day, int year) {
        for (int hebrewYear = year + 3760; hebrewYear <= year + 3761; hebrewYear++) {
            HebrewCalendar c = new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            c.clear();
            c.set(hebrewYear, month, day);
            LocalDate date = gregorian(c);
            if (date.getYear() == year) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate islamic(int month, int day, int year) {
        // an Islamic year is 354 or 355 days: the Gregorian year holds one or two such days
        for (int islamicYear = (int) ((year - 622) * 33 / 32.0) - 1; islamicYear <= (year - 622) * 33 / 32 + 2; islamicYear++) {
            IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            c.clear();
            c.set(islamicYear, month, day);
            LocalDate date = gregorian(c);
            if (date.getYear() == year) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate chinese(int month, int day, int year) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            c.clear();
            c.setTimeInMillis(d.toEpochDay() * 86_400_000L);
            if (c.get(Calendar.MONTH) == month && c.get(Calendar.DAY_OF_MONTH) == day
                    && c.get(Calendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate gregorian(Calendar c) {
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    @Override
    public String toString() {
        return spec;
    }
}
