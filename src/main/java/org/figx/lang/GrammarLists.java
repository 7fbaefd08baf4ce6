package org.figx.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.figx.text.FoldedWordMap;
import org.figx.text.Token;
import org.figx.text.WindowTokens;

/**
 * The word lists a grammar file may name ({@code {unit:time-units}}), by the
 * name of their resource file without ".txt", each looked up at a token.
 */
public final class GrammarLists {
    private final Map<String, FoldedWordMap<?>> words = new HashMap<>();
    private final Map<String, PhraseTable<?>> phrases = new HashMap<>();

    GrammarLists add(String name, FoldedWordMap<?> list) {
        words.put(name, list);
        return this;
    }

    GrammarLists add(String name, PhraseTable<?> list) {
        phrases.put(name, list);
        return this;
    }

    /** The entry of list {@code name} that starts at token {@code k} of the window {@code tokens} hold, or null. */
    public PhraseTable.Match<?> at(String name, WindowTokens tokens, Token k) {
        String text = tokens.text();
        FoldedWordMap<?> map = words.get(name);
        if (map != null) {
            Object value = map.get(text, k);
            return value == null ? null : new PhraseTable.Match<>(k.start(), k.end(), value);
        }
        // k is the token at its start (a scanner's next): it is not read again, nor those after it
        PhraseTable.Match<?> m = phrases(name).matchAt(tokens, k);
        return m == null || m.start() != k.start() ? null : m;
    }

    /** The folded first words of list {@code name}'s entries. */
    public Set<String> firstWords(String name) {
        FoldedWordMap<?> map = words.get(name);
        return map != null ? Set.copyOf(map.keys()) : phrases(name).firstWords();
    }

    private PhraseTable<?> phrases(String name) {
        PhraseTable<?> table = phrases.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no word list '" + name + "' for grammars (known: "
                    + new java.util.TreeSet<>(names()) + ")");
        }
        return table;
    }

    private Set<String> names() {
        Set<String> all = new java.util.HashSet<>(words.keySet());
        all.addAll(phrases.keySet());
        return all;
    }
}
