package org.figx.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.figx.text.Token;

/**
 * What may start at a token, found with one look-up: the entries (rules, or
 * their places in a list) indexed by the token's folded word, by its {@link
 * TokenClass} and by no word at all ("anywhere"), merged once when the grammar
 * is compiled, in the order they were given. Words are held by their {@link
 * WordIds}: a look-up indexes an array by the token's id. Shared by the
 * threads reading texts: never changed after it is built.
 *
 * @param <T> what is indexed
 */
final class StartIndex<T> {
    /**
     * For each word's id: what starts with it, then with it or each token class
     * ({@link TokenClass#of}); null for a word no entry names. As long as the
     * largest id it holds: an id past its end names no entry either.
     */
    private final List<List<T>>[] byWord;
    /** For a token no entry names: what starts anywhere, then anywhere or with each token class. */
    private final List<List<T>> byClassOnly;

    /** What an entry may start with: words and class keys, or null for anywhere. */
    interface Starts<T> {
        Collection<String> of(T entry);
    }

    /** Rules by the words and token classes they may start with, in the order given. */
    static StartIndex<CompiledRule> of(List<CompiledRule> rules, WordIds ids) {
        return new StartIndex<>(rules, RULE_STARTS, ids);
    }

    private static final Starts<CompiledRule> RULE_STARTS = new Starts<>() {
        @Override
        public Collection<String> of(CompiledRule rule) {
            return rule.words();
        }
    };

    /**
     * @param entries  each entry with the words (and class keys) it may start with, in the
     *                 order a look-up lists them; null words: it may start anywhere
     */
    /** Every entry, in the order given. */
    private final List<T> all;
    private final WordIds ids;

    StartIndex(List<T> entries, Starts<T> words, WordIds ids) {
        this.all = List.copyOf(entries);
        this.ids = ids;
        Map<String, List<T>> index = new HashMap<>();
        List<T> anywhere = new ArrayList<>();
        for (T entry : entries) {
            Collection<String> its = words.of(entry);
            if (its == null) {
                anywhere.add(entry);
                continue;
            }
            for (String w : its) {
                List<T> starting = index.get(w);
                if (starting == null) {
                    starting = new ArrayList<>();
                    index.put(w, starting);
                }
                starting.add(entry);
            }
        }
        Map<T, Integer> order = new java.util.IdentityHashMap<>();
        for (T e : entries) {
            order.putIfAbsent(e, order.size());
        }
        byClassOnly = new ArrayList<>();
        for (int c = 0; c < TokenClass.COUNT; c++) {
            byClassOnly.add(merged(order, anywhere, index.get(TokenClass.key(c))));
        }
        Map<Integer, List<List<T>>> merged = new HashMap<>();
        int largest = 0;
        for (Map.Entry<String, List<T>> word : index.entrySet()) {
            List<T> alone = merged(order, byClassOnly.get(TokenClass.NONE), word.getValue());
            List<List<T>> perClass = new ArrayList<>();
            for (int c = 0; c < TokenClass.COUNT; c++) {
                // a class no entry starts with adds nothing: the same list serves
                boolean classAddsNothing = byClassOnly.get(c).size() == byClassOnly.get(TokenClass.NONE).size();
                perClass.add(c == TokenClass.NONE || classAddsNothing ? alone
                        : merged(order, byClassOnly.get(c), word.getValue()));
            }
            int id = ids.intern(word.getKey());
            merged.put(id, perClass);
            largest = Math.max(largest, id);
        }
        @SuppressWarnings("unchecked")
        List<List<T>>[] byId = new List[largest + 1];
        for (Map.Entry<Integer, List<List<T>>> word : merged.entrySet()) {
            byId[word.getKey()] = word.getValue();
        }
        byWord = byId;
    }

    /** Every entry, in the order given, wherever it may start. */
    List<T> all() {
        return all;
    }

    /** What may start at token {@code k} of the scanner's text, in the order given; an empty list when nothing. */
    List<T> at(Scanner s, Token k) {
        int id = s.wordId(k, ids);
        List<List<T>> word = id < byWord.length ? byWord[id] : null;
        return (word != null ? word : byClassOnly).get(TokenClass.of(s.text(), k));
    }

    /** The entries of {@code a} and {@code b} (each in the order given), each once, in the order given. */
    private static <T> List<T> merged(Map<T, Integer> order, List<T> a, List<T> b) {
        if (b == null || b.isEmpty()) {
            return List.copyOf(a);
        }
        List<T> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            T next;
            if (j == b.size() || i < a.size() && order.get(a.get(i)) <= order.get(b.get(j))) {
                next = a.get(i++);
            } else {
                next = b.get(j++);
            }
            if (out.isEmpty() || out.get(out.size() - 1) != next) {
                out.add(next);
            }
        }
        return List.copyOf(out);
    }
}
