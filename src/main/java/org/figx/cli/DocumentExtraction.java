package org.figx.cli;

import java.util.List;
import org.figx.ExtractOptions;
import org.figx.Mention;
import org.figx.output.Row;
import org.figx.output.Rows;
import org.figx.sources.Document;
import org.figx.sources.html.HtmlPage;

/**
 * How a whole document is read into rows, the same for the command line and the Spark
 * job: its language decided ({@code --lang}), a web page dated by its publication date
 * unless {@code --reference-date} says otherwise, its mentions placed as rows.
 */
public final class DocumentExtraction {
    private final DocumentLanguages languages;
    private final ExtractOptions options;

    DocumentExtraction(DocumentLanguages languages, ExtractOptions options) {
        this.languages = languages;
        this.options = options;
    }

    /** For the {@code --lang} chosen, with {@code options} for every document. */
    public static DocumentExtraction of(LanguageChoice lang, ExtractOptions options) {
        return new DocumentExtraction(lang.documentLanguages(), options);
    }

    /** The options {@code document} is read with: its language, and a page's date as reference. */
    public ExtractOptions optionsFor(Document document) {
        ExtractOptions read = options.withLanguage(languages.decide(document.text()).orElse(languages.first()));
        HtmlPage page = document.page();
        if (page != null && options.referenceDate().isEmpty() && page.published().isPresent()) {
            read = read.withReferenceDate(page.published().get()); // the page's date, not a dateline
        }
        return read;
    }

    /** The rows of {@code mentions}, found in {@code document} read with {@code read}. */
    public static List<Row> rows(Document document, List<Mention> mentions, ExtractOptions read) {
        HtmlPage page = document.page();
        return Rows.of(document.source(), document.text(), mentions, Rows.Origin.START, read.language().code(),
                page == null ? null : page.title(), page == null ? null : page.url());
    }
}
