package org.figx.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.figx.text.Fold;
import org.figx.text.FoldedWordMap;
import org.figx.text.Token;
import org.figx.text.Tokens;
import org.figx.text.WindowTokens;

/**
 * Multi-word phrases ("au moins", "points de pourcentage", "dollars canadiens")
 * matched token by token, folded (case and accents ignored), longest first.
 * Spaces and hyphens between tokens are interchangeable, so "au-delà de" and
 * "au delà de" are the same phrase.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {
    /** A phrase found in a text: its span and what it stands for. */
    public record Match<V>(int start, int end, V value) {
    }

    /**
     * @param hashes each token's {@link FoldedWordMap#hashStep} hash over its (folded)
     *               characters: a window's token whose hash differs is not that word
     */
    private record Entry<V>(String[] tokens, int[] hashes, V value) {
    }

    private static int[] hashes(String[] tokens) {
        int[] out = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int h = 0;
            for (int k = 0; k < tokens[i].length(); k++) {
                h = FoldedWordMap.hashStep(h, tokens[i].charAt(k));
            }
            out[i] = h;
        }
        return out;
    }

    /** Longer phrases first; a stable sort keeps phrases of one length in the order added. */
    private static final Comparator<Entry<?>> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Entry<?> a, Entry<?> b) {
            return Integer.compare(b.tokens.length, a.tokens.length);
        }
    };

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLastToken = new HashMap<>();
    private int longest;
    /** The two indexes, looked up in place (built on first use after the last {@link #add}). */
    private volatile FoldedWordMap<List<Entry<V>>> firstTokenIndex;
    private volatile FoldedWordMap<List<Entry<V>>> lastTokenIndex;

    /** Adds a phrase; a phrase already present keeps its first value. */
    public void add(String phrase, V value) {
        String[] tokens = tokenize(phrase);
        if (tokens.length == 0 || contains(tokens)) {
            return;
        }
        Entry<V> entry = new Entry<>(tokens, hashes(tokens), value);
        insert(byFirstToken, tokens[0], entry);
        insert(byLastToken, tokens[tokens.length - 1], entry);
        longest = Math.max(longest, tokens.length);
        firstTokenIndex = null;
        lastTokenIndex = null;
    }

    private FoldedWordMap<List<Entry<V>>> firstTokenIndex() {
        FoldedWordMap<List<Entry<V>>> index = firstTokenIndex;
        if (index == null) {
            index = new FoldedWordMap<>(byFirstToken);
            firstTokenIndex = index;
        }
        return index;
    }

    private FoldedWordMap<List<Entry<V>>> lastTokenIndex() {
        FoldedWordMap<List<Entry<V>>> index = lastTokenIndex;
        if (index == null) {
            index = new FoldedWordMap<>(byLastToken);
            lastTokenIndex = index;
        }
        return index;
    }

    private boolean contains(String[] tokens) {
        for (Entry<V> e : byFirstToken.getOrDefault(tokens[0], List.of())) {
            if (java.util.Arrays.equals(e.tokens, tokens)) {
                return true;
            }
        }
        return false;
    }

    private static <V> void insert(Map<String, List<Entry<V>>> index, String key, Entry<V> entry) {
        List<Entry<V>> list = index.get(key);
        if (list == null) {
            list = new ArrayList<>();
            index.put(key, list);
        }
        list.add(entry);
        list.sort(LONGEST_FIRST);
    }

    /** The folded first words of the phrases. */
    public java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirstToken.keySet());
    }

    public boolean isEmpty() {
        return byFirstToken.isEmpty();
    }

    /** The longest phrase whose first token is the first token at or after {@code pos}. */
    public Match<V> matchAt(String text, int pos) {
        int firstStart = Tokens.nextStart(text, pos);
        if (firstStart < 0) {
            return null;
        }
        int firstEnd = Tokens.endOf(text, firstStart);
        List<Entry<V>> candidates = firstTokenIndex().get(text, firstStart, firstEnd);
        return candidates == null ? null : longestFrom(text, null, new Token(firstStart, firstEnd), candidates);
    }

    /**
     * {@link #matchAt(String, int)} from token {@code first}, which the caller has
     * read already (a number's words are read token by token): it is not read again.
     */
    public Match<V> matchAt(String text, Token first) {
        List<Entry<V>> candidates = firstTokenIndex().get(text, first); // from its hash, if it carries one
        return candidates == null ? null : longestFrom(text, null, first, candidates);
    }

    /**
     * {@link #matchAt(String, int)} in the window {@code tokens} were read from: its
     * tokens are not read again, and each is compared by its hash before its characters.
     */
    public Match<V> matchAt(WindowTokens tokens, int pos) {
        Token first = tokens.next(pos);
        return first == null ? null : matchAt(tokens, first);
    }

    /** {@link #matchAt(String, Token)} in the window {@code tokens} were read from. */
    public Match<V> matchAt(WindowTokens tokens, Token first) {
        List<Entry<V>> candidates = firstTokenIndex().get(tokens.text(), first);
        return candidates == null ? null : longestFrom(tokens.text(), tokens, first, candidates);
    }

    /**
     * The first of {@code candidates}, phrases starting with token {@code first}, written
     * from it; its next tokens read from {@code window} when not null, else from the text.
     */
    private Match<V> longestFrom(String text, WindowTokens window, Token first, List<Entry<V>> candidates) {
        List<Token> read = null; // made only for a phrase of two tokens or more: most are one word
        for (int c = 0; c < candidates.size(); c++) {
            Entry<V> e = candidates.get(c);
            if (e.tokens.length == 1) {
                // the index found the candidates by this first token: a one-token phrase is it
                return new Match<>(first.start(), first.end(), e.value);
            }
            if (read == null) {
                read = new ArrayList<>(longest);
                read.add(first);
            }
            while (read.size() < e.tokens.length) {
                int end = read.get(read.size() - 1).end();
                Token t = window != null ? window.next(end) : Tokens.next(text, end);
                if (t == null) {
                    break;
                }
                read.add(t);
            }
            if (read.size() >= e.tokens.length && sameTokens(text, read, 0, e)) {
                return new Match<>(first.start(), read.get(e.tokens.length - 1).end(), e.value);
            }
        }
        return null;
    }

    /** The longest phrase whose last token is the last token at or before {@code pos}. */
    public Match<V> matchEndingAt(String text, int pos) {
        int lastEnd = Tokens.previousEnd(text, pos);
        if (lastEnd < 0) {
            return null;
        }
        int lastStart = Tokens.startOf(text, lastEnd);
        List<Entry<V>> candidates = lastTokenIndex().get(text, lastStart, lastEnd);
        if (candidates == null) {
            return null;
        }
        Token last = new Token(lastStart, lastEnd);
        List<Token> read = new ArrayList<>(longest); // read backwards: read[0] is the last token
        read.add(last);
        for (Entry<V> e : candidates) {
            while (read.size() < e.tokens.length) {
                Token t = Tokens.previous(text, read.get(read.size() - 1).start());
                if (t == null) {
                    break;
                }
                read.add(t);
            }
            int n = e.tokens.length;
            if (read.size() >= n && sameTokensBackwards(text, read, e.tokens)) {
                return new Match<>(read.get(n - 1).start(), last.end(), e.value);
            }
        }
        return null;
    }

    private static boolean sameTokens(String text, List<Token> read, int from, Entry<?> e) {
        String[] tokens = e.tokens;
        for (int i = 0; i < tokens.length; i++) {
            Token t = read.get(from + i);
            if (t.isHashed() && t.hash() != e.hashes[i] || !Fold.equals(text, t.start(), t.end(), tokens[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTokensBackwards(String text, List<Token> read, String[] tokens) {
        int n = tokens.length;
        for (int i = 0; i < n; i++) {
            Token t = read.get(n - 1 - i);
            if (!Fold.equals(text, t.start(), t.end(), tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /** A phrase's folded tokens, as the table compares them. */
    public static String[] tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        int i = 0;
        Token t;
        while ((t = Tokens.next(phrase, i)) != null) {
            out.add(Fold.fold(phrase, t.start(), t.end()));
            i = t.end();
        }
        return out.toArray(new String[0]);
    }
}
