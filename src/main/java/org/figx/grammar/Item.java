package org.figx.grammar;

/** What an atom matched: its span in the text and its value (a list entry's value, a number, a date). */
public record Item(int start, int end, Object value) {
}
