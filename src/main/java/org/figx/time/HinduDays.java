package org.figx.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import net.time4j.Moment;
import net.time4j.calendar.IndianMonth;
import net.time4j.calendar.astro.MoonPhase;

/**
 * The Gregorian day on which a day of the Hindu calendars falls, as the almanacs (panchangs)
 * reckon it at Ujjain with today's astronomy:
 * <ul>
 * <li>a lunar day (tithi) of a lunar month: months run from new moon to new moon (amanta) and
 * take the name of the sign the sun stands in at their new moon (the sun in Mina at the new
 * moon: Chaitra); a month in which the sun enters no sign is a leap month (adhika), and
 * holidays keep to the regular one. A day carries the lunar day that is current at the time
 * its holiday is observed (sunrise for most; the evening for Diwali, midnight for
 * Janmashtami); when that lunar day is current at no such time, the holiday falls on the
 * first day past it;</li>
 * <li>the day the sun enters a sidereal sign (sankranti): that day when it enters before
 * sunset (or midnight, as the Punjab counts), else the next;</li>
 * <li>the day of a solar month on which the moon stands in a lunar mansion (Onam: Thiruvonam
 * in the month of Simha, the second one when the month has two).</li>
 * </ul>
 */
final class HinduDays {
    /** India's civil time: the day a moment falls on. */
    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);
    private static final long DAY = 86_400;
    /** The Indian hour: a sixtieth of a day, 24 minutes. */
    private static final long NAZHIKA = DAY / 60;

    /**
     * When in its day a holiday is observed, hence which lunar day or mansion the day carries.
     * A holiday observed in a span of the day (the evening's pradosha) falls on the first day
     * whose span the lunar day reaches: the one current at the span's end. Almanacs weigh
     * more (an inauspicious half-day, bhadra, moves Holika Dahan some years): they may differ.
     */
    enum Observance {
        /** at sunrise: the day's own lunar day (udaya tithi) */
        SUNRISE,
        /** six nazhikas (2 h 24 min) after sunrise: the Malayalam rule for a day's mansion */
        MORNING,
        /** midday (madhyahna): the middle of daylight, for a lunar day must hold there */
        MIDDAY,
        /** the afternoon (aparahna), the fourth fifth of daylight */
        AFTERNOON,
        /** at sunset: the Tamil rule for the day of a sankranti */
        SUNSET,
        /** the evening (pradosha), the five nazhikas (2 h) after sunset */
        EVENING,
        /** midnight (nishita), the two nazhikas (48 min) about the middle of the night */
        MIDNIGHT;

        Moment on(LocalDate day) {
            Moment sunrise = HinduSky.sunrise(day);
            Moment sunset = HinduSky.sunset(day);
            long daylight = HinduSky.seconds(sunrise, sunset);
            return switch (this) {
                case SUNRISE -> sunrise;
                case MORNING -> HinduSky.plus(sunrise, 6 * NAZHIKA);
                case MIDDAY -> HinduSky.plus(sunrise, daylight / 2);
                case AFTERNOON -> HinduSky.plus(sunrise, daylight * 4 / 5);
                case SUNSET -> sunset;
                case EVENING -> HinduSky.plus(sunset, 5 * NAZHIKA);
                case MIDNIGHT -> HinduSky.plus(sunset,
                        HinduSky.seconds(sunset, HinduSky.sunrise(day.plusDays(1))) / 2 + NAZHIKA);
            };
        }

        static Observance named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private HinduDays() {
    }

    /** The lunar month {@code name} (Time4J's {@link IndianMonth} names: CHAITRA ... PHALGUNA), 1 to 12. */
    static int month(String name) {
        return IndianMonth.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    /**
     * The first day of Gregorian year {@code year} that carries lunar day {@code lunarDay}
     * (1 to 15 waxing, 16 to 30 waning, 30 the new moon's) of regular month {@code month}
     * (1 = Chaitra) at time {@code when}, or null.
     */
    static LocalDate lunarDay(int year, int month, int lunarDay, Observance when) {
        Moment newMoon = MoonPhase.NEW_MOON.atOrAfter(HinduSky.sunrise(LocalDate.of(year - 1, 12, 1)));
        while (day(newMoon).getYear() <= year) {
            Moment next = MoonPhase.NEW_MOON.after(newMoon);
            int sign = sign(newMoon);
            boolean regular = sign != sign(next);
            if (regular && monthOfSign(sign) == month) {
                LocalDate found = dayInLunation(newMoon, next, lunarDay, when);
                if (found.getYear() == year) {
                    return found;
                }
            }
            newMoon = next;
        }
        return null;
    }

    /**
     * The day of Gregorian year {@code year} on which the sun enters sidereal sign {@code sign}
     * (1 = Mesha ... 12 = Mina): that day when it enters before the day's time {@code when}
     * (sunset in the South; midnight in the Punjab), else the next.
     */
    static LocalDate sankranti(int year, int sign, Observance when) {
        LocalDate day = LocalDate.of(year, 1, 1);
        boolean before = sign(when.on(day.minusDays(1))) == sign - 1;
        for (; day.getYear() == year; day = day.plusDays(1)) {
            boolean in = sign(when.on(day)) == sign - 1;
            if (in && !before) {
                return day;
            }
            before = in;
        }
        return null;
    }

    /**
     * The day of year {@code year} in the solar month of sign {@code sign} (1 = Mesha) on
     * which the moon stands in mansion {@code mansion} (1 = Ashvini ... 27 = Revati) at time
     * {@code when} (when it stands there at no such time, the first day past it); when the
     * month sees it twice, the second time, as Kerala keeps Onam.
     */
    static LocalDate mansionDay(int year, int sign, int mansion, Observance when) {
        LocalDate found = null;
        int before = -1;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            Moment time = when.on(day);
            if (sign(time) != sign - 1) {
                before = -1;
                continue;
            }
            int now = (int) (HinduSky.siderealMoon(time) / HinduSky.NAKSHATRA_ARC) + 1;
            boolean reached = now == mansion || before >= 0 && before < mansion && now > mansion;
            if (reached && before != mansion) {
                found = day;
            }
            before = now;
        }
        return found;
    }

    /**
     * The day between new moons {@code newMoon} and {@code next} whose time {@code when}
     * falls in lunar day {@code lunarDay}, else the first whose time falls past it.
     */
    private static LocalDate dayInLunation(Moment newMoon, Moment next, int lunarDay, Observance when) {
        LocalDate last = day(next).plusDays(1);
        for (LocalDate day = day(newMoon).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (lunarDayAt(when.on(day), newMoon, next) >= lunarDay) {
                return day;
            }
        }
        return last;
    }

    /** The lunar day current at {@code time}: 0 before new moon {@code newMoon}, 31 from {@code next} on. */
    private static int lunarDayAt(Moment time, Moment newMoon, Moment next) {
        if (time.isBefore(newMoon)) {
            return 0;
        }
        if (!time.isBefore(next)) {
            return 31;
        }
        double elongation = HinduSky.elongation(time);
        // the positions and the new-moon times come from different series: near a new moon they
        // may disagree by a few seconds on which side of it a moment lies
        if (elongation > 300 && HinduSky.seconds(newMoon, time) < DAY) {
            return 1;
        }
        if (elongation < 60 && HinduSky.seconds(time, next) < DAY) {
            return 30;
        }
        return (int) (elongation / 12) + 1;
    }

    /** The sun's sidereal sign at {@code m}: 0 = Mesha ... 11 = Mina. */
    private static int sign(Moment m) {
        return (int) (HinduSky.siderealSun(m) / 30);
    }

    /** The lunar month whose new moon finds the sun in {@code sign}: Mina (11) begins Chaitra (1). */
    private static int monthOfSign(int sign) {
        return (sign + 1) % 12 + 1;
    }

    private static LocalDate day(Moment m) {
        return LocalDate.ofEpochDay(Math.floorDiv(m.getPosixTime() + INDIA.getTotalSeconds(), DAY));
    }
}
