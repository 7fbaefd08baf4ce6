package org.figx.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.figx.Kind;

/**
 * One output row: a mention placed in its document, every field as written out.
 * Positions are in code points; absent fields are null (written empty, or omitted
 * where a format can omit them). {@code rule}, the rule that found the mention, is
 * written only with {@code --explain} ({@link Columns#EXPLAINED}); {@code lang}, the
 * language the document was read in, with {@code --explain} and in JSON Lines;
 * {@code title} and {@code url}, what a web page says of itself, in JSON Lines only.
 */
public record Row(String source, int line, long column, long start, long end, Kind kind,
                  String text, String value, String valueMax, String unit, String qualifier,
                  String when, String subject, String modality, String sentence, String rule, String lang,
                  String title, String url) implements java.io.Serializable {

    /** A row of a document that is no web page. */
    public Row(String source, int line, long column, long start, long end, Kind kind,
               String text, String value, String valueMax, String unit, String qualifier,
               String when, String subject, String modality, String sentence, String rule, String lang) {
        this(source, line, column, start, end, kind, text, value, valueMax, unit, qualifier, when, subject,
                modality, sentence, rule, lang, null, null);
    }

    /** A row with no rule named. */
    public Row(String source, int line, long column, long start, long end, Kind kind,
               String text, String value, String valueMax, String unit, String qualifier,
               String when, String subject, String modality, String sentence) {
        this(source, line, column, start, end, kind, text, value, valueMax, unit, qualifier, when, subject,
                modality, sentence, null, null);
    }

    /** The column names, in output order (the SPEC's contract). */
    public static final List<String> COLUMNS = List.of(
            "source", "line", "column", "start", "end", "kind", "text", "value", "value_max",
            "unit", "qualifier", "when", "subject", "modality", "sentence");

    /** The fields in {@link #COLUMNS} order, null where absent. */
    public List<String> cells() {
        return cells(false, false);
    }

    /**
     * The fields in {@link #COLUMNS} order, then the rule when {@code withRule}, then the
     * language when {@code withLang}; null where absent.
     */
    List<String> cells(boolean withRule, boolean withLang) {
        String line = Integer.toString(this.line);
        String column = Long.toString(this.column);
        String start = Long.toString(this.start);
        String end = Long.toString(this.end);
        List<String> cells = Arrays.asList(source, line, column, start, end, kind.label(), text, value, valueMax,
                unit, qualifier, when, subject, modality, sentence, rule, lang);
        if (withRule && withLang) {
            return cells;
        }
        if (withRule) {
            return cells.subList(0, COLUMNS.size() + 1);
        }
        if (!withLang) {
            return cells.subList(0, COLUMNS.size());
        }
        List<String> out = new ArrayList<>(cells.subList(0, COLUMNS.size()));
        out.add(lang);
        return out;
    }

    /** This row with a decimal comma in the value columns of numeric kinds. */
    public Row withDecimalComma() {
        if (!kind.isNumeric()) {
            return this;
        }
        return new Row(source, line, column, start, end, kind, text, commaFor(value),
                commaFor(valueMax), unit, qualifier, when, subject, modality, sentence, rule, lang, title, url);
    }

    private static String commaFor(String number) {
        return number == null ? null : number.replace('.', ',');
    }
}
