package org.figx.sources.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text and the date figx reads in a web page: testdata/html/snippets.tsv and dates.tsv. */
class HtmlPageTest {
    static List<Arguments> snippets() {
        return HtmlTables.read("snippets.tsv", 2);
    }

    static List<Arguments> dates() {
        return HtmlTables.read("dates.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void readsTheArticlesText(String where, String html, String text) {
        assertEquals(text + "\n", HtmlPage.read(html).text(), where);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void readsThePublicationDate(String where, String html, String published) {
        assertEquals(published, HtmlPage.read(html).published().map(Object::toString).orElse(""), where);
    }
}
