package org.figx.output;

import java.util.Locale;

/**
 * CSV variants: plain RFC 4180, and what Excel needs to open the file right. The excel
 * dialects, meant to be opened in a spreadsheet, also neutralise text cells a spreadsheet
 * would read as a formula ({@link FormulaGuard}); rfc4180 keeps every byte of the text.
 */
public enum Dialect {
    /** RFC 4180: comma, CRLF line breaks, no byte-order mark. */
    RFC4180(',', false, false, false),
    /** Excel reads UTF-8 only when the file starts with a byte-order mark. */
    EXCEL(',', true, false, true),
    /** Excel in a French locale splits on ';' and reads "2,5" as a number. */
    EXCEL_FR(';', true, true, true);

    private final char delimiter;
    private final boolean byteOrderMark;
    private final boolean decimalComma;
    private final boolean guardsFormulas;

    Dialect(char delimiter, boolean byteOrderMark, boolean decimalComma, boolean guardsFormulas) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
        this.decimalComma = decimalComma;
        this.guardsFormulas = guardsFormulas;
    }

    /** The name on the command line ({@code excel-fr}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    public boolean decimalComma() {
        return decimalComma;
    }

    /** The decimal mark of the numbers written: {@code ','} with a decimal comma, else {@code '.'}. */
    public char decimalMark() {
        return decimalComma ? ',' : '.';
    }

    /** Whether a text cell that a spreadsheet would read as a formula is neutralised. */
    public boolean guardsFormulas() {
        return guardsFormulas;
    }
}
