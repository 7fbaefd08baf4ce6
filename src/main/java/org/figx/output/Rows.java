package org.figx.output;

import java.util.ArrayList;
import java.util.List;
import org.figx.Mention;
import org.figx.text.TextPositions;

/** Places the mentions of one document into rows: code-point positions, labels, one-line sentences. */
public final class Rows {
    private Rows() {
    }

    /**
     * @param text     the document's text, which the mentions' UTF-16 offsets index
     * @param mentions sorted by start, as the extractor returns them, so that the
     *                 positions are found in one forward pass over the text
     */
    public static List<Row> of(String source, String text, List<Mention> mentions) {
        return of(source, text, mentions, Origin.START, null);
    }

    /**
     * Where a piece of a larger input starts in it: rows of a chunk report positions in
     * the whole input.
     *
     * @param codePointOffset code points of the input before the piece
     * @param line            the 1-based line the piece starts on
     * @param columnOffset    code points of that line before the piece (0 when the piece
     *                        starts a line)
     */
    public record Origin(long codePointOffset, int line, long columnOffset) {
        public static final Origin START = new Origin(0, 1, 0);
    }

    /**
     * As {@link #of(String, String, List)}, for a piece of an input that starts at {@code origin},
     * read in the language coded {@code lang} ("fr"; null when not told).
     */
    public static List<Row> of(String source, String text, List<Mention> mentions, Origin origin, String lang) {
        return of(source, text, mentions, origin, lang, null, null);
    }

    /**
     * As {@link #of(String, String, List, Origin, String)}, for a web page that names
     * itself {@code title} at address {@code url} (each null when it does not).
     */
    public static List<Row> of(String source, String text, List<Mention> mentions, Origin origin, String lang,
                               String title, String url) {
        TextPositions positions = new TextPositions(text);
        List<Row> rows = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            TextPositions.Position at = positions.at(m.start());
            long start = origin.codePointOffset() + at.codePointOffset();
            long end = start + positions.codePointsAhead(m.start(), m.end());
            int line = origin.line() - 1 + at.line();
            long column = at.line() == 1 ? origin.columnOffset() + at.column() : at.column();
            rows.add(new Row(source, line, column, start, end, m.kind(),
                    m.text(), m.value(), m.valueMax(), m.unit(),
                    m.qualifier() == null ? null : m.qualifier().label(),
                    m.when(), m.subject(),
                    m.modality() == null ? null : m.modality().label(),
                    oneLine(m.sentence()), m.rule(), lang, title, url));
        }
        return rows;
    }

    /** A sentence may span lines of the article; a row keeps it on one line. */
    private static String oneLine(String sentence) {
        return sentence == null ? null : sentence.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
}
