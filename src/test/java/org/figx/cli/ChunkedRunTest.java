package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.output.Dialect;
import org.figx.output.OutputFormat;
import org.figx.output.RowWriter;
import org.figx.output.StdoutTarget;
import org.figx.sources.FileFilter;
import org.figx.sources.InputFormat;
import org.figx.sources.InputWalker;
import org.junit.jupiter.api.Test;

/** A long input read in chunks gives the rows of the whole: same positions, same figures. */
class ChunkedRunTest {

    @Test
    void chunksKeepOffsetsLinesAndColumnsOfTheWholeInput() throws IOException {
        StringBuilder text = new StringBuilder("Paris, le 27 novembre 2024\n\n");
        List<String> articles = BatchTest.articles();
        for (int i = 0; i < 40; i++) {
            text.append("😀 ").append(articles.get(i % articles.size())).append("\n\n");
        }
        String input = text.toString();
        ExtractOptions options = new ExtractOptions(EnumSet.allOf(Kind.class), Language.FR,
                Optional.of(LocalDateTime.of(2024, 11, 27, 0, 0)));

        List<CSVRecord> whole = run(input, options, 1, Integer.MAX_VALUE / 2);
        List<CSVRecord> chunked = run(input, options, 3, 3000);

        assertTrue(whole.size() > 500, "rows: " + whole.size());
        assertEquals(columns(whole, "start,end,line,column,kind,text,value"),
                columns(chunked, "start,end,line,column,kind,text,value"));
        int[] codePoints = input.codePoints().toArray();
        for (CSVRecord row : chunked) {
            String between = new String(codePoints, Integer.parseInt(row.get("start")),
                    Integer.parseInt(row.get("end")) - Integer.parseInt(row.get("start")));
            assertEquals(row.get("text"), between);
        }
    }

    @Test
    void laterChunksResolveDatesAgainstTheFirstChunksDateline() throws IOException {
        String input = "Lyon, le 14 mars 2025\n\n" + "Le conseil s'est réuni le 22 octobre.\n\n".repeat(200);
        ExtractOptions options = new ExtractOptions(EnumSet.of(Kind.DATE), Language.FR, Optional.empty());
        List<CSVRecord> chunked = run(input, options, 2, 1000);
        List<CSVRecord> whole = run(input, options, 1, Integer.MAX_VALUE / 2);
        assertEquals(columns(whole, "start,value"), columns(chunked, "start,value"));
        assertTrue(chunked.stream().anyMatch(r -> r.get("value").equals("2024-10-22")), chunked.toString());
    }

    @Test
    void datelineIsTheFirstFullDateOfTheHead() {
        Figx figx = Figx.forLanguage(Language.FR);
        assertEquals(LocalDateTime.of(2025, 3, 14, 0, 0),
                figx.extractDocument("Lyon, le 14 mars 2025\n\nTexte.", ExtractOptions.defaults()).reference().moment());
        String late = "a\nb\nc\nd\ne\nf le 14 mars 2025";
        assertFalse(figx.extractDocument(late, ExtractOptions.defaults()).reference().isKnown());
    }

    private static List<String> columns(List<CSVRecord> rows, String names) {
        return rows.stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (String name : names.split(",")) {
                b.append(r.get(name)).append('|');
            }
            return b.toString();
        }).toList();
    }

    private static List<CSVRecord> run(String input, ExtractOptions options, int threads, int chunkChars)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        StderrDiagnostics diagnostics = new StderrDiagnostics(err, false);
        ExtractionRun run = new ExtractionRun(DocumentLanguages.forced(Language.FR), options,
                new InputWalker(FileFilter.ALL, diagnostics, Optional.empty()), InputFormat.TEXT,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), diagnostics, threads,
                chunkChars, Progress.factory(false, false, err));
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (StdoutTarget target = new StdoutTarget(stdout);
             RowWriter writer = OutputFormat.CSV.open(target.stream(), Dialect.RFC4180)) {
            run.run(List.of("-"), writer, target);
        }
        assertTrue(!diagnostics.failed());
        return Cli.parseCsv(new StringReader(out.toString(StandardCharsets.UTF_8)));
    }
}
