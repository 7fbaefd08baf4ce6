package org.figx.text;

import java.util.Arrays;

/** A growable list of ints (positions in a text), without boxing each one. */
public final class IntList {
    private int[] values = new int[16];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
