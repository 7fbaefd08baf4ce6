package org.figx.sources.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a saved web page was published, from its metadata ({@code html/published-date.txt},
 * most trusted first): the local date and time as written, its UTC offset dropped, since
 * the articles' own dates are local too.
 */
final class PageDates {
    private static final List<HtmlConventions.Entry> PLACES = HtmlConventions.read("published-date.txt");

    /** An ISO 8601 date, perhaps with a time: 2024-11-27, 2024-11-27T08:30:00+01:00, 2024-11-27 08:30. */
    private static final Pattern ISO = Pattern.compile(
            "\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?.*", Pattern.DOTALL);

    private PageDates() {
    }

    /** The publication date of {@code page}, read before any of it is removed. */
    static Optional<LocalDateTime> published(Document page) {
        for (HtmlConventions.Entry place : PLACES) {
            Optional<LocalDateTime> found = place.key().equals("jsonld")
                    ? fromJsonLd(page, place.value()) : fromElement(page, place.key(), place.value());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> fromElement(Document page, String selector, String attribute) {
        for (Element e : page.select(selector)) {
            Optional<LocalDateTime> date = parse(attribute.equals("text") ? e.text() : e.attr(attribute));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first {@code "key": "date"} in the page's JSON-LD scripts (a key's string value, not a JSON parse). */
    private static Optional<LocalDateTime> fromJsonLd(Document page, String key) {
        Pattern pair = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"");
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = pair.matcher(script.data());
            while (m.find()) {
                Optional<LocalDateTime> date = parse(m.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDateTime> parse(String value) {
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(day.atStartOfDay());
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return Optional.of(day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
