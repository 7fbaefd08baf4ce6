package org.figx.sources.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article of a saved web page: the page without what surrounds an article (menus,
 * scripts, cookie banners, comments, related links, footers: {@code html/boilerplate.txt}),
 * then the element that holds the article ({@code itemprop=articleBody}, else the
 * {@code <article>} with the most text, else {@code <main>}, else the body).
 */
final class MainContent {
    private static final Set<String> TAGS = new HashSet<>();
    private static final Set<String> ROLES = new HashSet<>();
    private static final Set<String> PARTS = new HashSet<>();

    static {
        for (HtmlConventions.Entry e : HtmlConventions.read("boilerplate.txt")) {
            switch (e.key()) {
                case "tag" -> TAGS.add(e.value());
                case "role" -> ROLES.add(e.value());
                case "part" -> PARTS.add(e.value());
                default -> throw new IllegalStateException("boilerplate.txt: unknown key " + e.key());
            }
        }
    }

    private MainContent() {
    }

    /** Removes from {@code page} what is no article, and returns the element that holds the article. */
    static Element of(Document page) {
        removeBoilerplate(page);
        Element body = page.body();
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : body.getElementsByTag("article")) {
            int length = article.text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = body.selectFirst("main, [role=main]");
        return main != null ? main : body;
    }

    private static void removeBoilerplate(Document page) {
        Elements all = page.body().getAllElements();
        // from the last: an element removed takes its children with it, already visited
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (isBoilerplate(e)) {
                e.remove();
            }
        }
        // a page's own header (logo, menu) is not its article's header (title, date)
        for (Element header : page.body().getElementsByTag("header")) {
            if (header.closest("article, main, [role=main], [itemprop=articleBody]") == null) {
                header.remove();
            }
        }
    }

    private static boolean isBoilerplate(Element e) {
        if (TAGS.contains(e.normalName()) || e.hasAttr("hidden")
                || "true".equals(e.attr("aria-hidden"))
                || ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        return hasBoilerplatePart(e.id()) || hasBoilerplatePart(e.className());
    }

    /** Whether a part of {@code names} ("site-nav cookie_banner commentList") is a boilerplate part. */
    static boolean hasBoilerplatePart(String names) {
        if (names.isEmpty()) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            boolean end = i == names.length();
            char c = end ? ' ' : names.charAt(i);
            boolean split = end || c == ' ' || c == '-' || c == '_'
                    || Character.isUpperCase(c) && i > start && Character.isLowerCase(names.charAt(i - 1));
            if (split) {
                if (i > start && PARTS.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = Character.isUpperCase(c) ? i : i + 1;
            }
        }
        return false;
    }
}
