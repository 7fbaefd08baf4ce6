package org.figx.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hand-written oracle ({@code testdata/articles/<lang>/<name>.figures.md} or
 * {@code .facts.md}) read from its Markdown: the figures a careful reader lists, which
 * kinds the list is complete for, and the disagreements with figx that are known.
 *
 * <p>The file stays a document for people; three parts of it are read:
 * <ul>
 *   <li>the table whose header starts with {@code | # |}: one figure a row, columns named
 *       by the header ({@code kind}, {@code text}, {@code value}, {@code value_max},
 *       {@code unit}, {@code qualifier}, {@code when}, {@code subject}, {@code modality});
 *       a cell's trailing remark in brackets, such as {@code (?)} for a judgement call,
 *       is not part of its value;</li>
 *   <li>the line {@code Kinds listed: every kind.} or {@code Kinds listed: money, percent.}:
 *       for these kinds every row figx writes must be in the table;</li>
 *   <li>the section {@code ## Known disagreements}, one line each, where figx is wrong or
 *       the call is open: {@code - 7 subject: figx `` — why}, meaning oracle row 7's
 *       {@code subject} is written as the empty string by figx; {@code - 8 text: figx `120`}
 *       says figx's row for figure 8 has another span ({@code ``}: no row at all); and
 *       {@code - extra ordinal `premier` — why} names a row figx writes that the oracle
 *       does not list.</li>
 * </ul>
 */
record Oracle(Path file, List<Figure> figures, Set<String> kindsListed, Set<Disagreement> known) {

    /** Every kind a row can have (SPEC, "Rows"). */
    static final Set<String> ALL_KINDS = Set.of("number", "ordinal", "percent", "money", "quantity",
            "date", "time", "period", "duration");

    /** One row of the oracle's table: its number and its cells by column name. */
    record Figure(String number, Map<String, String> cells) {
        String text() {
            return cells.get("text");
        }

        String kind() {
            return cells.get("kind");
        }
    }

    /**
     * One way figx's rows and the oracle differ: for figure {@code row}, column
     * {@code column} is {@code figx} in the expected CSV; or, with {@code row} "extra",
     * figx writes a row of kind {@code column} and text {@code figx} that the oracle lacks.
     */
    record Disagreement(String row, String column, String figx) {
        static final String EXTRA = "extra";

        @Override
        public String toString() {
            return EXTRA.equals(row)
                    ? "- extra " + column + " `" + figx + "`"
                    : "- " + row + " " + column + ": figx `" + figx + "`";
        }
    }

    private static final Pattern KINDS = Pattern.compile("^Kinds listed: (.+)\\.$");
    private static final Pattern KNOWN_CELL = Pattern.compile("^- (\\d+) (\\w+): figx `([^`]*)`.*$");
    private static final Pattern KNOWN_EXTRA = Pattern.compile("^- extra (\\w+) `([^`]+)`.*$");
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final String KNOWN_HEADING = "## Known disagreements";

    static Oracle read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = null;
        List<Figure> figures = new ArrayList<>();
        Set<String> kinds = null;
        Set<Disagreement> known = new LinkedHashSet<>();
        boolean inKnown = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inKnown = line.strip().equals(KNOWN_HEADING);
                continue;
            }
            if (line.startsWith("| # |")) {
                if (header != null || !figures.isEmpty()) {
                    throw new IllegalStateException(file + ": more than one table of figures");
                }
                header = cells(line);
                continue;
            }
            if (header != null && line.startsWith("|")) {
                if (!line.startsWith("|---")) {
                    figures.add(figure(file, header, cells(line)));
                }
                continue;
            }
            header = null; // past the table
            Matcher kindsLine = KINDS.matcher(line.strip());
            if (kindsLine.matches()) {
                kinds = kinds(file, kindsLine.group(1));
                continue;
            }
            if (inKnown && line.startsWith("- ")) {
                known.add(disagreement(file, line));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException(file + ": no table of figures (a header starting with | # |)");
        }
        if (kinds == null) {
            throw new IllegalStateException(file + ": no line 'Kinds listed: every kind.' or "
                    + "'Kinds listed: money, percent, ....'");
        }
        return new Oracle(file, List.copyOf(figures), kinds, known);
    }

    /** A cell's value without its trailing remark: {@code budget (?)} is {@code budget}. */
    static String valueOf(String cell) {
        return REMARK.matcher(cell.strip()).replaceFirst("");
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static Figure figure(Path file, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalStateException(file + ": row " + cells + " has " + cells.size()
                    + " cells, the header " + header.size());
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 1; i < header.size(); i++) {
            byColumn.put(header.get(i), cells.get(i));
        }
        if (!byColumn.containsKey("kind") || !byColumn.containsKey("text")) {
            throw new IllegalStateException(file + ": the table needs the columns kind and text");
        }
        return new Figure(cells.get(0), byColumn);
    }

    private static Set<String> kinds(Path file, String list) {
        if (list.equals("every kind")) {
            return ALL_KINDS;
        }
        Set<String> kinds = new LinkedHashSet<>(Arrays.stream(list.split(",")).map(String::strip).toList());
        if (!ALL_KINDS.containsAll(kinds)) {
            throw new IllegalStateException(file + ": unknown kind in 'Kinds listed: " + list + "'");
        }
        return kinds;
    }

    private static Disagreement disagreement(Path file, String line) {
        Matcher cell = KNOWN_CELL.matcher(line);
        if (cell.matches()) {
            return new Disagreement(cell.group(1), cell.group(2), cell.group(3));
        }
        Matcher extra = KNOWN_EXTRA.matcher(line);
        if (extra.matches()) {
            return new Disagreement(Disagreement.EXTRA, extra.group(1), extra.group(2));
        }
        throw new IllegalStateException(file + ": malformed known disagreement «" + line
                + "»: write '- <#> <column>: figx `<value>` — why' or '- extra <kind> `<text>` — why'");
    }
}
