package org.figx.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which inputs {@code --input-format auto} reads as web pages: by extension, else by their first bytes. */
class InputFormatTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "a.txt | <!DOCTYPE html><html> | true",
        "a.txt | <!doctype HTML> | true",
        "a.txt | '  \n\t<html lang=\"fr\">' | true",
        "a.txt | '\uFEFF<!DOCTYPE html>' | true",
        "a.txt | <!-- saved 2024 --><!DOCTYPE html> | true",
        "a.txt | <!-- unclosed comment | false",
        "a.txt | <p>Sales rose 5 %.</p> | false",
        "a.txt | Le <html> du texte | false",
        "a.txt | <htmlish> | false",
        "a.txt | <HTML> | true",
        "page.HTML | plain text | true",
        "page.htm | plain text | true",
        "page.html.txt | plain text | false",
        "- | <!DOCTYPE html> | true",
        "- | Sales rose 5 %. | false",
    })
    void autoTellsAPage(String name, String start, boolean html) {
        Input input = name.equals("-") ? Input.stdin() : new Input(name, Path.of(name), true);
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        assertEquals(html, InputFormat.AUTO.isHtml(input, head, head.length));
        assertEquals(true, InputFormat.HTML.isHtml(input, head, head.length));
        assertEquals(false, InputFormat.TEXT.isHtml(input, head, head.length));
    }
}
