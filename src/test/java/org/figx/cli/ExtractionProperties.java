package org.figx.cli;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.figx.Figx;
import org.figx.Language;
import org.figx.output.Row;
import org.figx.output.Rows;

/** For any input: no exception, and each row's text is the input between its start and end. */
class ExtractionProperties {
    private static final Figx FIGX = Figx.forLanguage(Language.FR);

    @Property(tries = 400)
    void anyStringGivesRowsThatPointAtTheirText(@ForAll("texts") String text) {
        check(text);
    }

    @Property(tries = 300)
    void anyUnicodeStringIsSafe(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        List<Row> rows = Rows.of("-", text, FIGX.extract(text));
        int[] codePoints = text.codePoints().toArray();
        for (Row row : rows) {
            if (row.start() < 0 || row.end() > codePoints.length || row.start() > row.end()) {
                throw new AssertionError("bad span " + row + " in " + text);
            }
            String between = new String(codePoints, (int) row.start(), (int) (row.end() - row.start()));
            if (!between.equals(row.text())) {
                throw new AssertionError("text '" + row.text() + "' but input has '" + between + "' in: " + text);
            }
        }
    }

    /** Strings made of the pieces French figures are made of, in any order. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("28", "2,5", "1 234,56", "1.234", "3.14", "-0,6", "+3", "2024", "1er", "XIXe",
                        "27/11/2024", "14h30", "15:30", "100k", "3M"),
                Arbitraries.of("milliards", "millions", "mille", "Md€", "USD", "€", "$", "%", "pour cent",
                        "points", "euros", "dollars", "km", "tonnes", "contrats", "heures", "ans", "jours"),
                Arbitraries.of("le", "du", "au", "entre", "et", "de", "à", "plus de", "environ", "d'ici",
                        "en", "depuis", "vingt-huit", "deux", "premier", "novembre", "lundi", "hier",
                        "trimestre", "l'an dernier", "la moitié", "une dizaine", "vise", "devrait"),
                Arbitraries.of(" ", " ", " ", "\u00A0", "\u202F", "\n", "\n\n", "\r\n", ".", ",", ";", "«", "»",
                        "—", "-", "/", "😀", "\t", "'", "’"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
