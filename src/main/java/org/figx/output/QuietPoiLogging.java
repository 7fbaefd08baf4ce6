package org.figx.output;

/**
 * Apache POI logs through the Log4j API, which without a logging back end warns on
 * stderr that it found none. figx owns its stderr (one line per problem), so before
 * POI's first use its log goes to Log4j's own simple logger, switched off; a user who
 * sets these properties keeps their choice.
 */
final class QuietPoiLogging {
    private QuietPoiLogging() {
    }

    static void install() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
