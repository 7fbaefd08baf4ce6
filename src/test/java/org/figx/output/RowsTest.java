package org.figx.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.Modality;
import org.figx.Qualifier;
import org.junit.jupiter.api.Test;

class RowsTest {
    @Test
    void positionsAreCodePointsAndLinesAreOneBased() {
        String text = "Titre 😀\nLe budget atteint 28 milliards USD.\nEn 2023.";
        int start = text.indexOf("28");
        int year = text.indexOf("2023");
        List<Row> rows = Rows.of("a.txt", text, List.of(
                new Mention(Kind.MONEY, start, start + 16, "28 milliards USD", "28000000000", null, "USD",
                        Qualifier.MORE_THAN, "2023", "budget", Modality.ACTUAL, "Le budget\r\natteint\t28.", null, null, null),
                Mention.of(Kind.DATE, year, year + 4, "2023", "2023", null, null, null)));

        Row money = rows.get(0);
        assertEquals(new Row("a.txt", 2, 19, 26, 42, Kind.MONEY, "28 milliards USD", "28000000000", null,
                "USD", "more_than", "2023", "budget", "actual", "Le budget  atteint 28."), money);
        Row date = rows.get(1);
        assertEquals(3, date.line());
        assertEquals(4, date.column());
        assertEquals(47, date.start());
        assertNull(date.qualifier());
        assertNull(date.sentence());
    }

    @Test
    void decimalCommaOnlyForNumericKinds() {
        Row percent = row(Kind.PERCENT, "28.5", "30.25");
        assertEquals("28,5", percent.withDecimalComma().value());
        assertEquals("30,25", percent.withDecimalComma().valueMax());
        Row date = row(Kind.DATE, "2024.5", null);
        assertEquals(date, date.withDecimalComma());
    }

    static Row row(Kind kind, String value, String valueMax) {
        return new Row("s", 1, 1, 0, 4, kind, "x", value, valueMax, null, null, null, null, null, "s.");
    }
}
