package org.figx.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.figx.text.FoldedWordMap;
import org.figx.text.Token;

/**
 * What may start at a token, found with one look-up: the entries (rules, or
 * their places in a list) indexed by the token's folded word, by its {@link
 * TokenClass} and by no word at all ("anywhere"), merged once when the grammar
 * is compiled, in the order they were given. Shared by the threads reading
 * texts: never changed after it is built.
 *
 * @param <T> what is indexed
 */
final class StartIndex<T> {
    /** For each word: what starts with it, then with it or each token class ({@link TokenClass#of}). */
    private final FoldedWordMap<List<List<T>>> byWord;
    /** For a token no entry names: what starts anywhere, then anywhere or with each token class. */
    private final List<List<T>> byClassOnly;

    /**
     * @param entries  each entry with the words (and class keys) it may start with, in the
     *                 order a look-up lists them; null words: it may start anywhere
     */
    StartIndex(List<T> entries, java.util.function.Function<T, Collection<String>> words) {
        Map<String, List<T>> index = new HashMap<>();
        List<T> anywhere = new ArrayList<>();
        for (T entry : entries) {
            Collection<String> its = words.apply(entry);
            if (its == null) {
                anywhere.add(entry);
                continue;
            }
            for (String w : its) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(entry);
            }
        }
        Map<T, Integer> order = new java.util.IdentityHashMap<>();
        entries.forEach(e -> order.putIfAbsent(e, order.size()));
        byClassOnly = new ArrayList<>();
        for (int c = 0; c < TokenClass.COUNT; c++) {
            byClassOnly.add(merged(order, anywhere, index.get(TokenClass.key(c))));
        }
        Map<String, List<List<T>>> merged = new HashMap<>();
        index.forEach((word, starting) -> {
            List<List<T>> perClass = new ArrayList<>();
            for (int c = 0; c < TokenClass.COUNT; c++) {
                perClass.add(merged(order, byClassOnly.get(c), starting));
            }
            merged.put(word, perClass);
        });
        byWord = new FoldedWordMap<>(merged);
    }

    /** What may start at token {@code k} of the scanner's text, in the order given; an empty list when nothing. */
    List<T> at(Scanner s, Token k) {
        List<List<T>> word = byWord.getFolded(s.folded(k));
        return (word != null ? word : byClassOnly).get(TokenClass.of(s.text(), k));
    }

    /** The entries of {@code a} and {@code b}, each once, in the order given. */
    private static <T> List<T> merged(Map<T, Integer> order, List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        if (b != null) {
            for (T t : b) {
                if (!containsSame(out, t)) {
                    out.add(t);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(order::get));
        return List.copyOf(out);
    }

    /** Whether {@code list} holds {@code t} itself (rules are records: equals compares their examples). */
    private static <T> boolean containsSame(List<T> list, T t) {
        for (T one : list) {
            if (one == t) {
                return true;
            }
        }
        return false;
    }
}
