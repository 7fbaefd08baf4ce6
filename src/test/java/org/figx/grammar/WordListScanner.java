package org.figx.grammar;

import java.util.Map;
import java.util.Set;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * A {@link Scanner} for grammar tests: the tokens of a text, word lists given as
 * their words (as written), and one slot reader — a run of digits reads as the count 1,
 * whatever the slot's type.
 */
final class WordListScanner implements Scanner {
    private final String text;
    private final Map<String, Set<String>> lists;

    /** @param lists each list's words; a list not named holds none */
    WordListScanner(String text, Map<String, Set<String>> lists) {
        this.text = text;
        this.lists = lists;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public Token next(int pos) {
        return Tokens.next(text, pos);
    }

    @Override
    public Item fromList(String list, Token k) {
        String word = text.substring(k.start(), k.end());
        return lists.getOrDefault(list, Set.of()).contains(word) ? new Item(k.start(), k.end(), word) : null;
    }

    @Override
    public Item slot(String type, Token k) {
        return Character.isDigit(text.charAt(k.start())) ? new Item(k.start(), k.end(), 1) : null;
    }
}
