package org.figx.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVRecord;
import org.figx.Figx;
import org.figx.Language;
import org.figx.output.Row;
import org.figx.output.Rows;
import org.figx.sources.html.HtmlPage;

/**
 * For any input: no exception, and each row's {@code text} is the input between its
 * {@code start} and {@code end} (code points, SPEC "Rows"), in both languages: random
 * Unicode (astral code points, combining marks, no-break and thin spaces, soft hyphens,
 * format characters), figures' own pieces in any order, runs of thousands of digits,
 * HTML-looking text read as text (and as a page, {@code --input-format html}, where the
 * rows point into the article's text), and a line of several MB read through the command
 * line in chunks, where {@code line} and {@code column} are checked too.
 */
class ExtractionProperties {

    @Property(tries = 400)
    void anyStringGivesRowsThatPointAtTheirText(@ForAll("texts") String text, @ForAll Language language) {
        check(text, language);
    }

    @Property(tries = 300)
    void anyUnicodeStringIsSafe(@ForAll String text, @ForAll Language language) {
        check(text, language);
    }

    @Property(tries = 300)
    void unicodeThatLooksLikeSpaceDigitsOrMarksIsSafe(@ForAll("unicodeTexts") String text,
                                                      @ForAll Language language) {
        check(text, language);
    }

    @Property(tries = 40)
    void longDigitRunsAreSafe(@ForAll("digitRuns") String text, @ForAll Language language) {
        check(text, language);
    }

    /** Angle brackets and entities in a text input are text: nothing is decoded or left out. */
    @Property(tries = 200)
    void htmlLookingTextIsJustText(@ForAll("htmlLooking") String text, @ForAll Language language) {
        check(text, language);
    }

    /**
     * A page read as a page ({@code --input-format html}): its rows point into the article's
     * text the HTML reader makes of it, not into the file.
     */
    @Property(tries = 150)
    void anyPageThroughTheCommandLinePointsIntoItsArticlesText(@ForAll("htmlLooking") String body,
                                                               @ForAll Language language) {
        String page = "<!DOCTYPE html><html><body>" + body.replace('\0', ' ') + "</body></html>";
        // what figx decodes: a lone surrogate is written as '?'
        String decoded = new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        checkThroughCommandLine(decoded, HtmlPage.read(decoded).text(), language, "--input-format", "html");
    }

    /** Through the command line on standard input: chunking, decoding, line and column as well. */
    @Property(tries = 100)
    void anyTextThroughTheCommandLine(@ForAll("unicodeTexts") String text, @ForAll Language language) {
        checkThroughCommandLine(text, language);
    }

    /**
     * One line of about 3 MB, past the 1 MiB chunk of a long input: chunks end inside the
     * line, and offsets, lines and columns stay those of the whole input. One try, of a
     * few seconds: the text is mostly words, with a figure or two a sentence.
     */
    @Property(tries = 1)
    void aLineOfMegabytesIsReadInChunksWithRightOffsets(@ForAll("texts") String piece, @ForAll Language language) {
        String sentence = piece.replace('\n', ' ') + (language == Language.EN
                ? " The council debated the plan at length without settling its timetable; revenue rose 4.5% to"
                        + " $780 million in 2024. "
                : " Le conseil a longuement débattu du projet de la commission, sans conclure sur le calendrier ;"
                        + " le budget atteint 28 milliards USD en 2023. ");
        int sentences = Math.max(1, 3_000_000 / sentence.length());
        int rows = checkThroughCommandLine(sentence.repeat(sentences), language);
        if (rows < 2 * sentences) { // the money and the year of each sentence at least: all chunks were read
            throw new AssertionError(rows + " rows for " + sentences + " sentences");
        }
    }

    private static void check(String text, Language language) {
        List<Row> rows = Rows.of("-", text, Figx.forLanguage(language).extract(text));
        int[] codePoints = text.codePoints().toArray();
        for (Row row : rows) {
            String between = between(codePoints, row.start(), row.end(), row + " in " + text);
            if (!between.equals(row.text())) {
                throw new AssertionError("text '" + row.text() + "' but input has '" + between + "' in: " + text);
            }
        }
    }

    /** Checks each row figx writes for {@code text} on standard input; returns how many there were. */
    private static int checkThroughCommandLine(String text, Language language) {
        // a NUL makes an input binary, skipped (CliTest): the other characters are what this is about
        byte[] bytes = text.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
        // what figx reads: a lone surrogate is written as '?', and a leading U+FEFF is a byte-order mark
        String read = new String(bytes, StandardCharsets.UTF_8);
        if (read.startsWith("\uFEFF")) {
            read = read.substring(1);
        }
        return checkThroughCommandLine(text.replace('\0', ' '), read, language);
    }

    /**
     * Checks each row figx writes for {@code input} on standard input, with {@code options},
     * against {@code read}, the text figx reads in it; returns how many rows there were.
     */
    private static int checkThroughCommandLine(String input, String read, Language language, String... options) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--lang", language.code()));
        args.addAll(List.of(options));
        Cli.Result result = Cli.run(new ByteArrayInputStream(bytes), args.toArray(new String[0]));
        if (result.exitCode() != 0) {
            throw new AssertionError("exit " + result.exitCode() + ": " + result.stderr());
        }
        int[] codePoints = read.codePoints().toArray();
        int[] lineStarts = lineStarts(codePoints);
        for (CSVRecord row : result.rows()) {
            long start = Long.parseLong(row.get("start"));
            long end = Long.parseLong(row.get("end"));
            String between = between(codePoints, start, end, row.toString());
            if (!between.equals(row.get("text"))) {
                throw new AssertionError("text '" + row.get("text") + "' but input has '" + between + "' at "
                        + start + ".." + end);
            }
            int line = Integer.parseInt(row.get("line"));
            long column = Long.parseLong(row.get("column"));
            if (line < 1 || line > lineStarts.length || start - lineStarts[line - 1] + 1 != column
                    || (line < lineStarts.length && start >= lineStarts[line])) {
                throw new AssertionError("line " + line + " column " + column + " for start " + start);
            }
        }
        return result.rows().size();
    }

    /** The code point offsets at which lines start: after each LF (a CR alone ends no line for figx). */
    private static int[] lineStarts(int[] codePoints) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String between(int[] codePoints, long start, long end, String where) {
        if (start < 0 || end > codePoints.length || start > end) {
            throw new AssertionError("bad span " + start + ".." + end + " of " + codePoints.length + ": " + where);
        }
        return new String(codePoints, (int) start, (int) (end - start));
    }

    /** Strings made of the pieces French and English figures are made of, in any order. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("28", "2,5", "1 234,56", "1.234", "3.14", "-0,6", "+3", "2024", "1er", "XIXe",
                        "27/11/2024", "14h30", "15:30", "100k", "3M", "$2.3", "£1.1bn", "1,234,567.89", "4.5%"),
                Arbitraries.of("milliards", "millions", "mille", "Md€", "USD", "€", "$", "%", "pour cent",
                        "points", "euros", "dollars", "km", "tonnes", "contrats", "heures", "ans", "jours",
                        "billion", "million", "percent", "miles", "pence", "people"),
                Arbitraries.of("le", "du", "au", "entre", "et", "de", "à", "plus de", "environ", "d'ici",
                        "en", "depuis", "vingt-huit", "deux", "premier", "novembre", "lundi", "hier",
                        "trimestre", "l'an dernier", "la moitié", "une dizaine", "vise", "devrait",
                        "the", "by", "from", "to", "about", "last year", "October 22", "Tuesday", "twenty-one",
                        "second half", "will", "expects"),
                Arbitraries.of(" ", " ", " ", "\u00A0", "\u202F", "\n", "\n\n", "\r\n", ".", ",", ";", "«", "»",
                        "—", "-", "/", "😀", "\t", "'", "’"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    /** The figures' pieces mixed with the characters that look like spaces, digits or nothing. */
    @Provide
    Arbitrary<String> unicodeTexts() {
        Arbitrary<String> odd = Arbitraries.of(
                "\u00A0", "\u202F", "\u2009", "\u2007", "\u00AD", // no-break, narrow, thin, figure spaces; soft hyphen
                "\u0301", "\u0327", "e\u0301", "\u20DD", // combining marks, alone and after a letter
                "\u200B", "\u200D", "\uFEFF", "\u200E", "\u202E", // zero width, joiner, BOM, direction marks
                "😀", "𝟚𝟘𝟚𝟜", "𠀀", "👍🏽", "🇫🇷", // astral: emoji, math digits, CJK extension B, modifiers, flags
                "٣", "०", "²", "½", "Ⅻ", "①", // other digits, superscripts, fractions, numerals
                "\u2028", "\u2029", "\u0085", "\r", "\u000B"); // other line breaks
        Arbitrary<String> anyChar = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(texts(), odd, odd, anyChar).list().ofMaxSize(30)
                .map(list -> String.join("", list));
    }

    /** Thousands of digits in a row, plain, grouped or with a decimal part, before a unit or not. */
    @Provide
    Arbitrary<String> digitRuns() {
        Arbitrary<String> run = Arbitraries.integers().between(1_000, 6_000)
                .map(n -> "1234567890".repeat(n / 10 + 1).substring(0, n));
        Arbitrary<String> grouped = Arbitraries.integers().between(300, 2_000)
                .flatMap(n -> Arbitraries.of(" ", ",", ".", "\u00A0", "\u202F").map(sep -> "1" + (sep + "234").repeat(n)));
        Arbitrary<String> around = Arbitraries.of("", "Le budget atteint ", "$", "it rose to ", "0,", "-", "le ");
        Arbitrary<String> after = Arbitraries.of("", " milliards d'euros", " %", ",5 €", " billion", "e siècle",
                ".", " km", "/2024");
        return Arbitraries.oneOf(run, grouped).flatMap(digits -> around.flatMap(before -> after
                .map(unit -> before + digits + unit)));
    }

    /** Markup as text: tags, entities, a script, comments; figures inside and around them. */
    @Provide
    Arbitrary<String> htmlLooking() {
        Arbitrary<String> markup = Arbitraries.of("<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<td>",
                "<div class=\"x\">", "</div>", "<!-- 2024 -->", "<script>var x = 28;</script>",
                "&amp;", "&nbsp;", "&euro;", "&#8364;", "&#x20AC;", "&lt;", "&gt;", "&shy;", "&quot;",
                "<a href=\"/2025/12.html\">", "</a>", "<meta property=\"article:published_time\" content=\"2024-11-27\">",
                "<time datetime=\"2025-02-03\">", "</time>", "<", ">", "< 10 %", "> 3 M€");
        return Arbitraries.oneOf(texts(), markup, markup).list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
