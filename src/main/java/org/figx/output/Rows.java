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
        TextPositions positions = new TextPositions(text);
        List<Row> rows = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            TextPositions.Position at = positions.at(m.start());
            long end = at.codePointOffset() + positions.codePointsAhead(m.start(), m.end());
            rows.add(new Row(source, at.line(), at.column(), at.codePointOffset(), end, m.kind(),
                    m.text(), m.value(), m.valueMax(), m.unit(),
                    m.qualifier() == null ? null : m.qualifier().label(),
                    m.when(), m.subject(),
                    m.modality() == null ? null : m.modality().label(),
                    oneLine(m.sentence())));
        }
        return rows;
    }

    /** A sentence may span lines of the article; a row keeps it on one line. */
    private static String oneLine(String sentence) {
        return sentence == null ? null : sentence.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
}
