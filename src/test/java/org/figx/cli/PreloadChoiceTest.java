package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PreloadChoiceTest {
    @Test
    void aRunWithoutArgumentsExtracts() {
        assertEquals(true, PreloadChoice.extracts(new String[0]));
    }

    @Test
    void filesAndOptionsExtract() {
        assertEquals(true, PreloadChoice.extracts(new String[] {"-f", "jsonl", "article.txt"}));
    }

    @Test
    void helpAndVersionDoNot() {
        assertEquals(false, PreloadChoice.extracts(new String[] {"--help"}));
        assertEquals(false, PreloadChoice.extracts(new String[] {"-h"}));
        assertEquals(false, PreloadChoice.extracts(new String[] {"--version"}));
        assertEquals(false, PreloadChoice.extracts(new String[] {"-f", "csv", "-V"}));
    }

    @Test
    void aFileNamedLikeAnOptionAfterTheEndOfOptionsExtracts() {
        assertEquals(true, PreloadChoice.extracts(new String[] {"--", "--help"}));
    }

    @Test
    void theLanguageNamedIsLoadedFirstAndFrenchOtherwise() {
        assertEquals(org.figx.Language.EN, PreloadChoice.language(new String[] {"--lang", "en", "a.txt"}));
        assertEquals(org.figx.Language.EN, PreloadChoice.language(new String[] {"--lang=en"}));
        assertEquals(org.figx.Language.EN, PreloadChoice.language(new String[] {"--lang", "EN"}));
        assertEquals(org.figx.Language.FR, PreloadChoice.language(new String[] {"--lang", "de"}));
        assertEquals(org.figx.Language.FR, PreloadChoice.language(new String[] {"--lang", "auto"}));
        assertEquals(org.figx.Language.FR, PreloadChoice.language(new String[] {"article.txt"}));
        assertEquals(org.figx.Language.FR, PreloadChoice.language(new String[] {"--", "--lang", "en"}));
    }
}
