package org.figx.extract;

import org.figx.grammar.Item;

/**
 * What the scanner read at a position for a word list or a slot, remembered
 * for the next rule that asks (rule after rule starts with the same optional
 * article, the same day of the month). A direct-mapped table, large enough
 * for the few dozen keys read at each of the places around an anchor: a miss
 * only costs reading again.
 */
final class ReadCache {
    private static final int SIZE = 4096;
    private static final Item NOTHING = org.figx.grammar.Scanner.NOTHING;
    private final int[] positions = new int[SIZE];
    private final String[] keys = new String[SIZE];
    private final Item[] items = new Item[SIZE];
    /**
     * The slots filled since the last {@link #clear}: one cache serves window after
     * window of a thread, and clearing only these costs less than making its arrays
     * again for each window (a few articles' windows fill a few dozen slots of 4,096).
     */
    private final int[] filled = new int[SIZE];
    private int filledCount;

    /** Forgets everything: the cache then answers as a new one. */
    void clear() {
        for (int k = 0; k < filledCount; k++) {
            items[filled[k]] = null;
        }
        filledCount = 0;
    }

    /**
     * What was read for {@code key} at {@code pos}: the item, {@link #NOTHING}, or null if not known.
     * Keys are told apart by identity: the grammar interns its keys (slot types, list names,
     * rules), so one key is one instance; an equal key of another instance would only miss.
     */
    Item get(String key, int pos) {
        int i = slot(key, pos);
        return items[i] != null && positions[i] == pos && key == keys[i] ? items[i] : null;
    }

    /** Remembers {@code item} (null: nothing there), and returns it. */
    Item put(String key, int pos, Item item) {
        int i = slot(key, pos);
        if (items[i] == null) {
            filled[filledCount++] = i;
        }
        positions[i] = pos;
        keys[i] = key;
        items[i] = item == null ? NOTHING : item;
        return item;
    }

    static boolean isNothing(Item item) {
        return item == NOTHING;
    }

    private static int slot(String key, int pos) {
        // every rule near an anchor asks for its slots, lists and rules there: mix well, or they evict each other
        int h = pos * 0x9E3779B1 + key.hashCode() * 31;
        return (h ^ (h >>> 15)) & (SIZE - 1);
    }
}
