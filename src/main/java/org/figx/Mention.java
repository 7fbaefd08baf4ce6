package org.figx;

import java.util.Objects;

/**
 * One figure found in a text: the record every stage shares.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the text given to
 * {@link Figx#extract} (end exclusive), so {@code text.substring(start, end)}
 * equals {@link #text()}; the output stage converts them to code points.
 *
 * @param kind      what the figure is
 * @param start     first char of the mention
 * @param end       one past its last char
 * @param text      the mention exactly as written
 * @param value     normalised value: a plain decimal for numeric kinds, TIMEX3 for temporal ones
 * @param valueMax  upper bound of a range or end of a period, or null
 * @param unit      ISO 4217 code, unit symbol, counted noun, "%" / "pp", or null
 * @param qualifier for numeric kinds (EXACT when nothing qualifies it); for temporal kinds the
 *                  bound written in the mention ("à partir du 8 mars" AT_LEAST), else null
 * @param when      temporal value the figure refers to, or null
 * @param subject   what the figure measures, or null
 * @param modality  result / target / forecast / estimate, or null
 * @param sentence  the sentence containing the mention, or null before sentences are attached
 */
public record Mention(Kind kind, int start, int end, String text, String value, String valueMax,
                      String unit, Qualifier qualifier, String when, String subject,
                      Modality modality, String sentence) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    /** A mention with no facts or sentence attached yet. */
    public static Mention of(Kind kind, int start, int end, String text, String value,
                             String valueMax, String unit, Qualifier qualifier) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier,
                null, null, null, null);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public Mention withSentence(String sentence) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier, when,
                subject, modality, sentence);
    }

    public Mention withFacts(String when, String subject, Modality modality) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier, when,
                subject, modality, sentence);
    }
}
