package org.figx.sources.html;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page read for its article: the article's text as the extractor reads it
 * ({@link BlockText}; offsets, lines and columns of rows refer to it), and what the page
 * says of itself.
 *
 * @param text      the article's text, headline first
 * @param title     the page's title ({@code og:title}, else {@code <title>}, else its
 *                  first heading), or null
 * @param url       its address ({@code <link rel="canonical">}, else {@code og:url}), or null
 * @param published when it was published ({@link PageDates}), or empty
 */
public record HtmlPage(String text, String title, String url, Optional<LocalDateTime> published) {

    /** Reads the page {@code html} (decoded text). */
    public static HtmlPage read(String html) {
        Document page = Jsoup.parse(html);
        Optional<LocalDateTime> published = PageDates.published(page);
        String title = firstOf(page.select("meta[property=og:title]").attr("content"), page.title());
        String url = firstOf(page.select("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").attr("content"));
        Element headline = headline(page);
        String headlineText = headline == null ? "" : BlockText.inline(headline.wholeText());
        Element article = MainContent.of(page);
        String text = BlockText.of(article);
        if (!headlineText.isEmpty() && !isInside(headline, article)) {
            // the headline sits above the article's element, or in the page's header: it opens the text
            text = text.isEmpty() ? headlineText + "\n" : headlineText + "\n\n" + text;
        }
        if (title == null && !headlineText.isEmpty()) {
            title = headlineText;
        }
        return new HtmlPage(text, title, url, published);
    }

    /** The page's headline: its longest first-level heading (a site's name in an h1 is shorter). */
    private static Element headline(Document page) {
        Element longest = null;
        for (Element h1 : page.body().getElementsByTag("h1")) {
            if (longest == null || h1.text().length() > longest.text().length()) {
                longest = h1;
            }
        }
        return longest;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return BlockText.inline(v);
            }
        }
        return null;
    }
}
