package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Which date resolves "le 12", "samedi", "cette année": the --reference-date
 * when given, else the document's own dateline, else none (X parts stay).
 */
class DatelineTest {
    private static final String AGENDA = "testdata/articles/fr/agenda-ville.txt";
    private static final String NO_DATELINE = "testdata/articles/fr/sans-date.txt";

    private static CSVRecord row(List<CSVRecord> rows, String text) {
        Optional<CSVRecord> found = rows.stream().filter(r -> r.get("text").equals(text)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no row «" + text + "» in " + rows));
    }

    @Test
    void theDatelineResolvesIncompleteDates() {
        List<CSVRecord> rows = Cli.run("", AGENDA).rows();
        assertEquals("2025-02-05", row(rows, "le mercredi 5 février 2025").get("value"));
        assertEquals("2025-02-12", row(rows, "le 12").get("value"));
        assertEquals("2025-02-08T09:00", row(rows, "samedi à 9 heures").get("value"));
        assertEquals("2025", row(rows, "cette année").get("value"));
    }

    @Test
    void referenceDateOverridesTheDateline() {
        List<CSVRecord> rows = Cli.run("", "--reference-date", "2025-06-01", AGENDA).rows();
        assertEquals("2025-06-12", row(rows, "le 12").get("value"));
        assertEquals("2025-05-31T09:00", row(rows, "samedi à 9 heures").get("value"));
        assertEquals("2025", row(rows, "cette année").get("value"));
        assertEquals("2025-02-05", row(rows, "le mercredi 5 février 2025").get("value"));
    }

    @Test
    void withoutDatelineUnknownPartsStayX() {
        List<CSVRecord> rows = Cli.run("", NO_DATELINE).rows();
        assertEquals("XXXX-XX-08", row(rows, "le 8").get("value"));
        assertEquals("XXXX-WXX-6T10:00", row(rows, "samedi à 10 heures").get("value"));
        assertEquals("XXXX-03-14", row(rows, "le 14 mars").get("value"));
    }

    @Test
    void aFullDateInTheBodyIsNoDateline() {
        String text = "Le conseil se réunit\n\nLes élus ont longuement débattu du projet.\n\n"
                + "Le maire a rappelé les enjeux.\n\nLes habitants étaient nombreux.\n\n"
                + "La presse locale était présente.\n\n"
                + "Le chantier avait été lancé le 3 mars 2021 et reprendra le 12.\n";
        List<CSVRecord> rows = Cli.run(text).rows();
        assertEquals("2021-03-03", row(rows, "le 3 mars 2021").get("value"));
        assertEquals("XXXX-XX-12", row(rows, "le 12").get("value"));
    }

    @Test
    void aDatelineGluedToTheByLineIsFound() {
        String text = "Un titre\n\nRédaction Ouest27/11/2024\n\nLe conseil se réunira le 2 décembre.\n";
        List<CSVRecord> rows = Cli.run(text).rows();
        assertEquals("2024-11-27", row(rows, "27/11/2024").get("value"));
        assertEquals("2024-12-02", row(rows, "le 2 décembre").get("value"));
    }
}
