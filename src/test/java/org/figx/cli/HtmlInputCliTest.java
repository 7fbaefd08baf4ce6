package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saved web pages through the command line: testdata/html/pages.tsv lists each page, its
 * publication date, title and address; a page gives the rows of its article alone
 * (PAGE.txt) dated by its publication date.
 */
class HtmlInputCliTest {
    private static final Path DIR = Path.of("testdata", "html");

    static List<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("pages.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", -1);
                out.add(Arguments.of(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageGivesTheRowsOfItsArticleAloneDatedByItsMetadata(String page, String published, String title,
                                                               String url) {
        String article = page.replaceFirst("\\.html$", ".txt");
        Cli.Result fromPage = Cli.run("", DIR.resolve(page).toString());
        Cli.Result fromArticle = Cli.run("", "--reference-date", published, DIR.resolve(article).toString());
        assertEquals(0, fromPage.exitCode(), fromPage.stderr());
        assertEquals("", fromPage.stderr());
        List<String> expected = withoutSource(fromArticle.rows());
        assertFalse(expected.isEmpty(), "the article alone has figures");
        assertEquals(expected, withoutSource(fromPage.rows()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void jsonLinesNameThePagesTitleAndAddress(String page, String published, String title, String url) {
        Cli.Result result = Cli.run("", "--format", "jsonl", DIR.resolve(page).toString());
        String first = result.stdout().lines().findFirst().orElseThrow();
        assertTrue(first.contains(",\"title\":\"" + title.replace("\"", "\\\"") + "\""), first);
        assertEquals(!url.isEmpty(), first.contains("\"url\":"), first);
        if (!url.isEmpty()) {
            assertTrue(first.endsWith(",\"url\":\"" + url + "\"}"), first);
        }
    }

    @Test
    void aPageOnStandardInputIsToldByItsFirstBytes() throws IOException {
        byte[] page = Files.readAllBytes(DIR.resolve("port-trafic.html"));
        Cli.Result fromStdin = Cli.run(new java.io.ByteArrayInputStream(page));
        Cli.Result fromFile = Cli.run("", DIR.resolve("port-trafic.html").toString());
        assertEquals(withoutSource(fromFile.rows()), withoutSource(fromStdin.rows()));
        assertEquals("-", fromStdin.rows().get(0).get("source"));
    }

    @Test
    void inputFormatHtmlReadsAFragmentAndTextReadsTheMarkup() {
        String fragment = "<p>Sales rose <b>5&nbsp;%</b> in 2023.</p>";
        Cli.Result html = Cli.run(fragment, "--input-format", "html", "--types", "percent");
        assertEquals(1, html.rows().size());
        assertEquals("5\u00A0%", html.rows().get(0).get("text"));
        assertEquals("11", html.rows().get(0).get("start"), "offsets in the article's text, not the markup's");

        Cli.Result text = Cli.run(fragment, "--types", "percent");
        assertEquals(0, text.rows().size(), "'5&nbsp;%' is no percent as text");
        Cli.Result textOfAPage = Cli.run("", "--input-format", "text", "--types", "quantity",
                DIR.resolve("port-trafic.html").toString());
        assertTrue(textOfAPage.stdout().contains("3 000 dockers"), "the comments are read as text");
    }

    @Test
    void theReferenceDateGivenOverridesThePagesDate() {
        Cli.Result result = Cli.run("", "--reference-date", "2030-01-10", "--types", "date",
                DIR.resolve("port-trafic.html").toString());
        CSVRecord wednesday = result.rows().stream().filter(r -> r.get("text").equals("mercredi"))
                .findFirst().orElseThrow();
        assertEquals("2030-01-09", wednesday.get("value"));
    }

    @Test
    void anUnknownInputFormatIsAUsageError() {
        Cli.Result result = Cli.run("", "--input-format", "pdf");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("unknown input format 'pdf' (valid input formats: text, html, auto)"),
                result.stderr());
        assertFalse(result.stderr().contains("Exception"), result.stderr());
    }

    /** Each row's cells but its source, no-break spaces read as spaces. */
    private static List<String> withoutSource(List<CSVRecord> rows) {
        List<String> out = new ArrayList<>();
        for (CSVRecord row : rows) {
            List<String> cells = new ArrayList<>(row.toList());
            cells.remove(0);
            out.add(String.join("|", cells).replace('\u00A0', ' ').replace('\u202F', ' '));
        }
        return out;
    }
}
