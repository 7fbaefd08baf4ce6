package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A generated table's fields keep every character as ICU gave it, and the file shows them. */
class GeneratedTableTest {
    @Test
    void invisibleSpacesTabsAndBackslashesAreEscaped() {
        assertEquals("1\\u00A0km\t2\\u202Fkm\ta\\u0009b\t\\u005C", GeneratedTable.line("1\u00A0km", "2\u202Fkm", "a\tb", "\\"));
    }

    @Test
    void spacesAtTheEdgesAndALeadingHashAreEscapedInsideAreNot() {
        assertEquals("\\u0020dollars canadiens\\u0020\t\\u0023x#", GeneratedTable.line(" dollars canadiens ", "#x#"));
    }

    @Test
    void lettersAndSignsAreWrittenAsThemselves() {
        assertEquals("janv.\t€\t$CA\t½", GeneratedTable.line("janv.", "€", "$CA", "½"));
    }

    @Test
    void escapesAreReadBack() {
        assertEquals("1\u00A0km", GeneratedTable.unescape("1\\u00A0km"));
        assertEquals("a\tb\\", GeneratedTable.unescape("a\\u0009b\\u005C"));
        assertEquals("", GeneratedTable.unescape(""));
    }

    @Test
    void aMissingValueIsNull() {
        assertEquals("\\N", GeneratedTable.line((String) null));
        assertNull(GeneratedTable.unescape("\\N"));
    }

    @Test
    void aBareBackslashIsAnError() {
        assertThrows(IllegalStateException.class, () -> GeneratedTable.unescape("a\\b"));
    }

    @Test
    void aMissingTableIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GeneratedTable.read("/no/such/table.txt"));
        assertEquals("missing generated table /no/such/table.txt", e.getMessage());
    }
}
