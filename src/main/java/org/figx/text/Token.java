package org.figx.text;

/** A span of text: a run of letters, a run of digits, or one other character. */
public record Token(int start, int end) {
}
