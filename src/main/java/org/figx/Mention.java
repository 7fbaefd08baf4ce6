package org.figx;

import java.util.Objects;
import org.figx.time.Temporal;
import org.figx.time.TimeValue;

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
 * @param temporal  for temporal kinds, the expression as written (null value until it is resolved)
 * @param time      for temporal kinds once resolved, the typed value
 * @param rule      the rule that recognised the mention ({@code --explain}), or null
 */
public record Mention(Kind kind, int start, int end, String text, String value, String valueMax,
                      String unit, Qualifier qualifier, String when, String subject,
                      Modality modality, String sentence, Temporal temporal, TimeValue time, String rule) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (value == null && temporal == null) {
            throw new NullPointerException("value");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    /** A mention with no facts or sentence attached yet. */
    public static Mention of(Kind kind, int start, int end, String text, String value,
                             String valueMax, String unit, Qualifier qualifier) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier,
                null, null, null, null, null, null, null);
    }

    /** A mention with no facts or sentence attached yet, found by {@code rule}. */
    public static Mention of(Kind kind, int start, int end, String text, String value,
                             String valueMax, String unit, Qualifier qualifier, String rule) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier,
                null, null, null, null, null, null, rule);
    }

    /**
     * A temporal mention as recognised, not yet resolved: {@code bound} is the
     * qualifier written in it ("à partir du 8 mars"), or null.
     */
    public static Mention temporal(Kind kind, int start, int end, String text, Temporal expression,
                                   Qualifier bound, String rule) {
        return new Mention(kind, start, end, text, null, null, null, bound, null, null, null, null,
                Objects.requireNonNull(expression, "expression"), null, rule);
    }

    /** This temporal mention with its value; a mod ("fin 2025" END) is its qualifier unless a bound is written. */
    public Mention resolved(TimeValue resolved) {
        Qualifier q = qualifier != null || resolved.mod() == null ? qualifier : Qualifier.valueOf(resolved.mod().name());
        return new Mention(kind, start, end, text, resolved.value(), resolved.valueMax(), unit, q, when, subject,
                modality, sentence, temporal, resolved, rule);
    }

    public Mention withRule(String name) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier, when, subject, modality,
                sentence, temporal, time, name);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public Mention withSentence(String sentence) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier, when,
                subject, modality, sentence, temporal, time, rule);
    }

    public Mention withFacts(String when, String subject, Modality modality) {
        return new Mention(kind, start, end, text, value, valueMax, unit, qualifier, when,
                subject, modality, sentence, temporal, time, rule);
    }
}
