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

    /** Each match as its rule's name and span: "holiday:3-7". */
    static final Grammar.Builder<String> NAMES = (rule, captures, start, end) ->
            rule.name() + ":" + start + "-" + end;

    /** What the grammar's index knows of {@code lists}: their words, and slots that start with figures. */
    static Grammar.ListWords listWords(Map<String, Set<String>> lists) {
        return new Grammar.ListWords() {
            @Override
            public java.util.Collection<String> firstWords(String list) {
                return lists.getOrDefault(list, Set.of());
            }

            @Override
            public java.util.Collection<String> slotFirstWords(String type) {
                return Set.of(TokenClass.DIGITS);
            }
        };
    }

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
