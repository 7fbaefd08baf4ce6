package org.figx.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figx.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tables made from ICU under src/main/resources (the CLDR tables of
 * {@link CldrTablesGenerator}, the Unicode tables of {@link UnicodeTablesGenerator})
 * are ICU's answers today: made afresh, they equal the files checked in. Run with
 * {@code -Dfigx.updateCldr=true} ({@link CldrTables#REGENERATE}), it writes the
 * fresh tables first.
 */
class CldrTablesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final boolean UPDATE = Boolean.getBoolean("figx.updateCldr");
    private static final String FAILURE = "differs from ICU's answers: regenerate the tables with "
            + CldrTables.REGENERATE + " and commit them";

    @ParameterizedTest
    @EnumSource(Language.class)
    void cldrTablesAreWhatIcuAnswersToday(Language language) throws IOException {
        Path folder = RESOURCES.resolve(CldrTables.folder(language).substring(1));
        Map<String, String> generated = CldrTablesGenerator.generate(language);
        if (UPDATE) {
            replaceFolder(folder, generated);
        }
        Map<String, String> checkedIn = checkedIn(folder);
        assertEquals(generated.keySet(), checkedIn.keySet(), "the tables in " + folder + ": " + FAILURE);
        for (Map.Entry<String, String> table : generated.entrySet()) {
            assertEquals(table.getValue(), checkedIn.get(table.getKey()), folder.resolve(table.getKey()) + " " + FAILURE);
        }
    }

    @Test
    void unicodeTablesAreWhatIcuAnswersToday() throws IOException {
        for (Map.Entry<String, String> table : UnicodeTablesGenerator.generate().entrySet()) {
            Path file = RESOURCES.resolve(table.getKey().substring(1));
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, table.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(table.getValue(), Files.readString(file, StandardCharsets.UTF_8), file + " " + FAILURE);
        }
    }

    private static Map<String, String> checkedIn(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    out.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** Writes the tables, removing those no longer made. */
    private static void replaceFolder(Path folder, Map<String, String> tables) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> stale = Files.list(folder)) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Files.writeString(folder.resolve(table.getKey()), table.getValue(), StandardCharsets.UTF_8);
        }
    }
}
