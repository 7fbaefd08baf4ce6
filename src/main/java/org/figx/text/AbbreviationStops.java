package org.figx.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breaks that do not end a sentence because they follow an abbreviation ("M.",
 * "etc."), decided as ICU's filtered sentence iterator decides them (its
 * SimpleFilteredSentenceBreakIterator), so that figx cuts sentences where it
 * cut them with ICU:
 * <ul>
 * <li>one space before the break is passed over, then the longest listed text
 *     the line ends with there is taken;</li>
 * <li>an abbreviation with a full stop before its end ("J.-C.", "U.S.A.") is
 *     not looked for backwards whole: only its part up to the first full stop
 *     is ("J."), and from there the line must read on as one of those
 *     abbreviations (or end while it still may). An entry that begins with that
 *     part ("J." itself, or "U." beside "U.S.A.") is only ever matched that way,
 *     the way ICU builds its tables.</li>
 * </ul>
 */
final class AbbreviationStops {
    /** What a text read backwards names: a whole abbreviation, or the first part of a dotted one. */
    private static final byte WHOLE = 2;
    private static final byte FIRST_PART = 1;

    /** Backward texts by their last two chars (one char: by that char alone), longest first. */
    private final Map<Integer, String[]> backwardByEnding = new HashMap<>();
    private final Map<String, Byte> backwardKinds = new HashMap<>();
    /** The abbreviations read forwards from their first part. */
    private final String[] forward;

    AbbreviationStops(Collection<String> abbreviations) {
        List<String> entries = new ArrayList<>(new LinkedHashSet<>(abbreviations));
        Set<String> firstParts = new LinkedHashSet<>();
        for (String entry : entries) {
            int dot = entry.indexOf('.');
            if (dot >= 0 && dot + 1 != entry.length()) {
                firstParts.add(entry.substring(0, dot + 1));
            }
        }
        List<String> forwardEntries = new ArrayList<>();
        for (String entry : entries) {
            if (startsWithFirstPartOfAnother(entry, entries)) {
                forwardEntries.add(entry);
            } else {
                backwardKinds.put(entry, WHOLE);
            }
        }
        for (String part : firstParts) {
            backwardKinds.put(part, FIRST_PART);
        }
        Map<Integer, List<String>> byEnding = new HashMap<>();
        for (String text : backwardKinds.keySet()) {
            Integer key = endingKey(text, text.length());
            List<String> sharing = byEnding.get(key);
            if (sharing == null) {
                sharing = new ArrayList<>();
                byEnding.put(key, sharing);
            }
            sharing.add(text);
        }
        for (Map.Entry<Integer, List<String>> e : byEnding.entrySet()) {
            String[] texts = e.getValue().toArray(new String[0]);
            longestFirst(texts);
            backwardByEnding.put(e.getKey(), texts);
        }
        this.forward = forwardEntries.toArray(new String[0]);
    }

    /**
     * An entry ICU reads forwards: a dotted one itself, or one that begins with another's first
     * part (up to and with its first full stop).
     */
    private static boolean startsWithFirstPartOfAnother(String entry, List<String> entries) {
        for (String other : entries) {
            int dot = other.indexOf('.');
            if (dot < 0 || dot + 1 == other.length()) {
                continue;
            }
            if (other.equals(entry) || entry.regionMatches(0, other, 0, dot + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Sorts by length, longest first (an insertion sort: a few entries share an ending). */
    private static void longestFirst(String[] texts) {
        for (int i = 1; i < texts.length; i++) {
            String t = texts[i];
            int j = i;
            while (j > 0 && texts[j - 1].length() < t.length()) {
                texts[j] = texts[j - 1];
                j--;
            }
            texts[j] = t;
        }
    }

    /** A key for the chars ending at {@code end}: the last two, or the one if there is only one. */
    private static Integer endingKey(String text, int end) {
        return end >= 2 ? (text.charAt(end - 2) << 16 | text.charAt(end - 1)) : -1 - text.charAt(end - 1);
    }

    /** Whether the break at {@code at} in the line {@code [from, to)} follows an abbreviation. */
    boolean suppresses(String text, int at, int from, int to) {
        int end = text.charAt(at - 1) == ' ' ? at - 1 : at;
        String best = longestEndingAt(text, end, from);
        if (best == null) {
            return false;
        }
        return backwardKinds.get(best) == WHOLE || readsOnAsAbbreviation(text, end - best.length(), to);
    }

    private String longestEndingAt(String text, int end, int from) {
        String best = null;
        if (end - from >= 2) {
            best = longestIn(backwardByEnding.get(endingKey(text, end)), text, end, from);
        }
        if (best == null && end - from >= 1) {
            best = longestIn(backwardByEnding.get(-1 - text.charAt(end - 1)), text, end, from);
        }
        return best;
    }

    private static String longestIn(String[] texts, String text, int end, int from) {
        if (texts != null) {
            for (String candidate : texts) {
                int start = end - candidate.length();
                if (start >= from && text.regionMatches(start, candidate, 0, candidate.length())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * ICU's forward walk from a first part: read on while the text is the start of some
     * abbreviation; it holds if the text reaches one that no longer one extends, or the line
     * ends first.
     */
    private boolean readsOnAsAbbreviation(String text, int start, int to) {
        for (int read = 1; start + read <= to; read++) {
            boolean prefix = false;
            boolean longer = false;
            for (String entry : forward) {
                if (entry.length() >= read && text.regionMatches(start, entry, 0, read)) {
                    prefix = true;
                    longer |= entry.length() > read;
                }
            }
            if (!prefix) {
                return false;
            }
            if (!longer) {
                return true;
            }
        }
        return true;
    }
}
