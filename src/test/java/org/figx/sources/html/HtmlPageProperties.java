package org.figx.sources.html;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any page, well formed or not: no exception, and a text without markup's white space
 * runs or soft hyphens. That its rows point into it is held through the command line
 * ({@code org.figx.cli.ExtractionProperties}).
 */
class HtmlPageProperties {
    @Property(tries = 300)
    void anyPageGivesATextOfCollapsedWhiteSpace(@ForAll("pages") String html) {
        check(html);
    }

    @Property(tries = 200)
    void anyStringReadAsAPageIsSafe(@ForAll String html) {
        check(html);
    }

    private static void check(String html) {
        String text = HtmlPage.read(html).text();
        if (text.indexOf('\u00AD') >= 0 || text.contains("  ") && !html.contains("<pre")) {
            throw new AssertionError("soft hyphen or two spaces in " + text + " of " + html);
        }
    }

    /** Pieces of pages: tags opened and closed in any order, entities, figures, words. */
    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class=\"cookie\">", "</div>", "<br>", "<li>", "<ul>", "</ul>",
                        "<table><tr><td>", "</td><td>", "</tr></table>", "<article>", "</article>", "<h1>", "</h1>",
                        "<script>var a = 3;</script>", "<nav>", "</nav>", "<pre>", "</pre>", "<!-- 12 -->", "<b>",
                        "</b>", "<main>", "<header>", "</header>", "<time datetime=\"2024-11-27\">", "</time>", "<"),
                Arbitraries.of("&nbsp;", "&#8239;", "&shy;", "&euro;", "&amp;", "&lt;", "&eacute;", "&#x20AC;",
                        "&bogus;", "&"),
                Arbitraries.of("28", "2,5", "1 234,56", "2024", "27/11/2024", "milliards", "€", "%", "euros",
                        "hier", "le", "en", " ", " ", "\n", "\t", ".", "😀"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
