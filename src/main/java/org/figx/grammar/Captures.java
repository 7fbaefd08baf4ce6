package org.figx.grammar;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an attempt has captured so far, as the matcher backtracks: a capture is
 * pushed when its atom reads and popped when that way fails, so a stack of a
 * few names does what a hash map would at a fraction of the cost (most
 * attempts capture two or three things and fail). Read as a map by builders;
 * a name captured twice reads as its latest capture.
 */
final class Captures extends AbstractMap<String, Object> {
    private String[] names = new String[4];
    private Object[] values = new Object[4];
    private int size;

    void push(String name, Object value) {
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    void pop() {
        size--;
        names[size] = null;
        values[size] = null;
    }

    @Override
    public Object get(Object name) {
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> latest = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            latest.put(names[i], values[i]);
        }
        return latest.entrySet();
    }
}
