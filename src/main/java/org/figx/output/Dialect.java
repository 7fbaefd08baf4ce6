package org.figx.output;

import java.util.Locale;

/** CSV variants: plain RFC 4180, and what Excel needs to open the file right. */
public enum Dialect {
    /** RFC 4180: comma, CRLF line breaks, no byte-order mark. */
    RFC4180(',', false, false),
    /** Excel reads UTF-8 only when the file starts with a byte-order mark. */
    EXCEL(',', true, false),
    /** Excel in a French locale splits on ';' and reads "2,5" as a number. */
    EXCEL_FR(';', true, true);

    private final char delimiter;
    private final boolean byteOrderMark;
    private final boolean decimalComma;

    Dialect(char delimiter, boolean byteOrderMark, boolean decimalComma) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
        this.decimalComma = decimalComma;
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
}
