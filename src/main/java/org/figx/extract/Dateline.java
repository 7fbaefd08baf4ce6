package org.figx.extract;

import java.time.LocalDate;
import org.figx.lang.Lexicon;
import org.figx.time.Reference;

/**
 * A document's own date, used as the reference when none is given: the first
 * complete date (day, month and year) in the document's head, before the body
 * starts. The head is the first {@link #HEAD_LINES} non-blank lines and at
 * most {@link #HEAD_CHARS} characters: a title, a byline, a dateline such as
 * "Lyon, le 14 mars 2025 —" or "27/11/2024". A full date further down is a
 * date the article talks about, not the day it was written.
 */
final class Dateline {
    static final int HEAD_LINES = 5;
    static final int HEAD_CHARS = 600;

    private Dateline() {
    }

    static Reference find(String text, Lexicon lexicon, NumberScanner scanner) {
        int headEnd = headEnd(text);
        if (headEnd == 0) {
            return Reference.none();
        }
        NumberScanner.Scan scan = scanner.scan(text, 0, headEnd);
        TemporalParser parser = new TemporalParser(text, lexicon, Reference.none());
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        for (int anchor : candidates(scan)) {
            TemporalParser.Reading date = parser.calendarDate(anchor, true);
            if (date != null && date.day() != null && date.start() < best && date.end() <= headEnd) {
                best = date.start();
                found = date.day();
            }
        }
        return found == null ? Reference.none() : Reference.at(found.atStartOfDay());
    }

    private static int[] candidates(NumberScanner.Scan scan) {
        int[] out = new int[scan.numbers().size() + scan.temporalAnchors().length];
        int k = 0;
        for (var n : scan.numbers()) {
            out[k++] = n.start();
        }
        for (int a : scan.temporalAnchors()) {
            out[k++] = a;
        }
        return out;
    }

    /** End of the head: after {@link #HEAD_LINES} non-blank lines or {@link #HEAD_CHARS} chars. */
    private static int headEnd(String text) {
        int limit = Math.min(text.length(), HEAD_CHARS);
        int lines = 0;
        int i = 0;
        while (i < limit) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd >= limit) {
                return limit;
            }
            if (!text.substring(i, lineEnd).isBlank() && ++lines == HEAD_LINES) {
                return lineEnd;
            }
            i = lineEnd + 1;
        }
        return limit;
    }
}
