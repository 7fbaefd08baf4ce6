package org.figx.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.figx.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link LanguageDetector} on the files of testdata/languages, named after their language. */
class LanguageDetectorTest {
    static final Path FILES = Path.of("testdata", "languages");
    private static final LanguageDetector DETECTOR = LanguageDetector.ofAllLanguages();

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(FILES)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** The language a test file's name starts with: "fr-budget.txt" is French. */
    static Language languageOf(Path file) {
        String code = file.getFileName().toString().substring(0, 2);
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new IllegalStateException(file + ": its name starts with no language code");
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileIsInTheLanguageItsNameSays(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(Optional.of(languageOf(file)), DETECTOR.detect(text), () -> file + ": " + DETECTOR.counts(text));
    }

    @Test
    void theFilesCoverEveryLanguage() throws IOException {
        assertEquals(List.of(Language.values()), files().map(LanguageDetectorTest::languageOf).distinct().sorted()
                .toList());
    }

    @Test
    void aTextWithoutFunctionWordsIsUndecided() {
        assertEquals(Optional.empty(), DETECTOR.detect("28 milliards USD"));
        assertEquals(Optional.empty(), DETECTOR.detect("2,5 Md€ – 27/11/2024"));
        assertEquals(Optional.empty(), DETECTOR.detect(""));
    }

    @Test
    void asManyWordsOfTwoLanguagesIsUndecided() {
        assertEquals(Optional.empty(), DETECTOR.detect("the les"));
    }

    @Test
    void aWordOfTwoLanguagesListsCountsForNeither() {
        // French "à" folds to the English article "a": both lists must leave it out, or it would count for one
        for (Language language : Language.values()) {
            assertFalse(DETECTOR.counts(language, "a"), language + " counts 'a'");
            assertFalse(DETECTOR.counts(language, "à"), language + " counts 'à'");
        }
        assertTrue(DETECTOR.counts(Language.EN, "The"));
        assertTrue(DETECTOR.counts(Language.FR, "après"));
        assertTrue(DETECTOR.counts(Language.FR, "apres"));
    }

    @Test
    void quotationsCountOnlyWhenTheRestCannotDecide() {
        String quoted = "« The board will review the dividend and the plan in the spring » : c'est la phrase.";
        assertEquals(Optional.of(Language.FR), DETECTOR.detect(quoted));
        assertEquals(Optional.of(Language.EN), DETECTOR.detect("“The board will review the dividend.”"));
        assertEquals(Optional.of(Language.FR), DETECTOR.detect("\"The board will review it\", dit-il, selon la note."));
    }

    @Test
    void onlyTheBeginningIsRead() {
        String french = "Les ventes de la région sont en hausse. ".repeat(1 + LanguageDetector.SAMPLE_CHARS / 40);
        String english = " The sales of the region are up and the costs are down.".repeat(100);
        assertEquals(Optional.of(Language.FR), DETECTOR.detect(french + english));
    }
}
