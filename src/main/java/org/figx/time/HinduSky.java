package org.figx.time;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.time4j.Moment;
import net.time4j.PlainDate;
import net.time4j.calendar.astro.MoonPosition;
import net.time4j.calendar.astro.SolarTime;
import net.time4j.calendar.astro.SunPosition;

/**
 * The sky the Hindu calendars are read from: where the sun and the moon stand along the
 * ecliptic, and when the sun rises and sets at Ujjain, the meridian of Indian astronomy
 * (Time4J's positions, after Meeus). Longitudes are in degrees; sidereal ones are counted
 * from the fixed stars with the Lahiri (Chitrapaksha) ayanamsa of the Indian Calendar Reform
 * Committee, as the national almanacs count them.
 */
final class HinduSky {
    /** Ujjain, where the day of an Indian calendar begins at sunrise. */
    private static final SolarTime UJJAIN = SolarTime.ofLocation(23.1765, 75.7885, 0, "NOAA");

    /** Lahiri's ayanamsa on 2000-01-01 and its yearly growth (precession, 50.29″ a year). */
    private static final double AYANAMSA_2000 = 23.853;
    private static final double AYANAMSA_PER_YEAR = 0.013969;

    /** An arc of the lunar mansions (nakshatras): 27 in a circle. */
    static final double NAKSHATRA_ARC = 360.0 / 27;

    private HinduSky() {
    }

    /** The moon's lead on the sun, 0 to 360: a lunar day (tithi) is each 12 degrees of it. */
    static double elongation(Moment m) {
        return circle(moonLongitude(m) - sunLongitude(m));
    }

    /** The sun's sidereal longitude: its sign (rashi) is each 30 degrees, 0 = Mesha. */
    static double siderealSun(Moment m) {
        return circle(sunLongitude(m) - ayanamsa(m));
    }

    /** The moon's sidereal longitude: its mansion is each {@link #NAKSHATRA_ARC}, 0 = Ashvini. */
    static double siderealMoon(Moment m) {
        return circle(moonLongitude(m) - ayanamsa(m));
    }

    /** The moment of sunrise at Ujjain on its civil day {@code day}. */
    static Moment sunrise(LocalDate day) {
        return PlainDate.from(day).get(UJJAIN.sunrise()).orElseThrow();
    }

    /** The moment of sunset at Ujjain on its civil day {@code day}. */
    static Moment sunset(LocalDate day) {
        return PlainDate.from(day).get(UJJAIN.sunset()).orElseThrow();
    }

    /** {@code m} moved by {@code seconds}. */
    static Moment plus(Moment m, long seconds) {
        return m.plus(seconds, TimeUnit.SECONDS);
    }

    /** Seconds from {@code a} to {@code b}. */
    static long seconds(Moment a, Moment b) {
        return b.getPosixTime() - a.getPosixTime();
    }

    private static double moonLongitude(Moment m) {
        MoonPosition p = MoonPosition.at(m, UJJAIN); // geocentric right ascension and declination
        return eclipticLongitude(p.getRightAscension(), p.getDeclination(), m);
    }

    private static double sunLongitude(Moment m) {
        SunPosition p = SunPosition.at(m, UJJAIN);
        return eclipticLongitude(p.getRightAscension(), p.getDeclination(), m);
    }

    /** Equatorial to ecliptic coordinates (Meeus 13.5), with the mean obliquity of the date. */
    private static double eclipticLongitude(double rightAscension, double declination, Moment m) {
        double alpha = Math.toRadians(rightAscension);
        double delta = Math.toRadians(declination);
        double epsilon = Math.toRadians(23.4393 - 0.0130 * centuriesSince2000(m));
        return circle(Math.toDegrees(Math.atan2(
                Math.sin(alpha) * Math.cos(epsilon) + Math.tan(delta) * Math.sin(epsilon), Math.cos(alpha))));
    }

    private static double ayanamsa(Moment m) {
        return AYANAMSA_2000 + AYANAMSA_PER_YEAR * centuriesSince2000(m) * 100;
    }

    private static double centuriesSince2000(Moment m) {
        return (m.getPosixTime() - 946_728_000L) / (36_525 * 86_400.0);
    }

    private static double circle(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
