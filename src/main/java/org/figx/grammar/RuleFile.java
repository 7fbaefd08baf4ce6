package org.figx.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figx.lang.PhraseTable;

/**
 * Reads a grammar file ({@code *.rules}, UTF-8). The format is described in
 * the README next to the files; in short:
 *
 * <pre>
 * rule cycle-relative
 *   pattern  le|la|l' {unit:time-units W M Y} {dir:direction-words LAST NEXT}
 *   make     cycle unit=$unit shift=$dir
 *   example  la semaine dernière => XXXX-WXX
 * </pre>
 *
 * A malformed line is an error naming the file and line: grammars are read
 * at start-up, and a typo must fail the build's tests, not silently drop a rule.
 */
public final class RuleFile {
    private RuleFile() {
    }

    /** The rules of the resource at {@code path}, in file order. */
    /** Runs of spaces between a line's words, compiled once (String.split would compile it on every line). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static List<Rule> read(String path) {
        try (InputStream in = org.figx.text.Resources.open(path)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar file " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return parse(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grammar file " + path, e);
        }
    }

    static List<Rule> parse(String file, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        Draft draft = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String key = SPACES.split(line, 2)[0];
            String rest = line.substring(key.length()).strip();
            switch (key) {
                case "rule", "piece" -> {
                    if (draft != null) {
                        rules.add(draft.build(file));
                    }
                    if (rest.isEmpty()) {
                        throw error(file, number, "a rule needs a name");
                    }
                    draft = new Draft(rest, number, key.equals("piece"));
                }
                case "pattern", "make", "example", "slot", "slot-only" -> {
                    if (draft == null) {
                        throw error(file, number, "'" + key + "' before the first 'rule'");
                    }
                    try {
                        draft.add(key, rest);
                    } catch (IllegalArgumentException e) {
                        throw error(file, number, e.getMessage());
                    }
                }
                default -> throw error(file, number, "unknown key '" + key + "' (rule, piece, pattern, make, example, slot, slot-only)");
            }
        }
        if (draft != null) {
            rules.add(draft.build(file));
        }
        return rules;
    }

    private static IllegalStateException error(String file, int line, String message) {
        return new IllegalStateException(file + ":" + line + ": " + message);
    }

    /** A rule being read. */
    private static final class Draft {
        final String name;
        final int line;
        List<Atom> pattern;
        String builder;
        final Map<String, String> arguments = new LinkedHashMap<>();
        final List<Rule.Example> examples = new ArrayList<>();
        final Set<String> slots = new LinkedHashSet<>();
        boolean slotOnly;

        final boolean piece;

        Draft(String name, int line, boolean piece) {
            this.piece = piece;
            this.name = name;
            this.line = line;
        }

        void add(String key, String value) {
            switch (key) {
                case "pattern" -> pattern = pattern(value);
                case "make" -> make(value);
                case "slot", "slot-only" -> {
                    if (value.isEmpty() || !slots.isEmpty()) {
                        throw new IllegalArgumentException("'" + key + "' takes the slot types, once");
                    }
                    slots.addAll(List.of(SPACES.split(value)));
                    slotOnly = key.equals("slot-only");
                }
                default -> examples.add(example(value));
            }
        }

        void make(String value) {
            String[] words = SPACES.split(value);
            builder = words[0];
            for (int i = 1; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected key=value, got '" + words[i] + "'");
                }
                arguments.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
        }

        Rule build(String file) {
            if (pattern == null || builder == null) {
                throw error(file, line, "rule " + name + " needs a 'pattern' and a 'make'");
            }
            if (!piece && Grammar.VALUE.equals(builder)) {
                throw error(file, line, "rule " + name + ": only a piece makes a '" + Grammar.VALUE + "'");
            }
            return new Rule(name, file, line, List.copyOf(pattern), builder, Map.copyOf(arguments),
                    List.copyOf(examples), Set.copyOf(slots), slotOnly, piece);
        }
    }

    /** "text => VALUE", the span marked with [[ ]] or the whole text. */
    static Rule.Example example(String value) {
        String text = value;
        String expected = null;
        int arrow = value.lastIndexOf("=>");
        if (arrow >= 0) {
            text = value.substring(0, arrow).strip();
            expected = value.substring(arrow + 2).strip();
        }
        int open = text.indexOf("[[");
        int close = text.indexOf("]]");
        if (open < 0) {
            return new Rule.Example(text, 0, text.length(), expected);
        }
        if (close < open) {
            throw new IllegalArgumentException("unbalanced [[ ]] in example '" + value + "'");
        }
        String plain = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
        return new Rule.Example(plain, open, close - 2, expected);
    }

    /** The atoms of a pattern line. */
    static List<Atom> pattern(String value) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            // "!ATOM": must not be there; "+ATOM": glued to what precedes
            char prefix = c == '!' || c == '+' ? c : 0;
            if (prefix != 0) {
                i++;
                c = i < value.length() ? value.charAt(i) : ' ';
            }
            boolean context = c == '[';
            if (context) {
                i++;
            }
            int end;
            String body;
            boolean braced = i < value.length() && value.charAt(i) == '{';
            if (braced) {
                end = value.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed { in pattern '" + value + "'");
                }
                body = value.substring(i + 1, end);
                end++;
            } else {
                end = i;
                while (end < value.length() && !Character.isWhitespace(value.charAt(end))
                        && value.charAt(end) != ']' && value.charAt(end) != '?') {
                    end++;
                }
                body = value.substring(i, end);
            }
            if (context) {
                if (end >= value.length() || value.charAt(end) != ']') {
                    throw new IllegalArgumentException("unclosed [ in pattern '" + value + "'");
                }
                end++;
            }
            boolean optional = end < value.length() && value.charAt(end) == '?';
            if (optional) {
                end++;
            }
            Atom atom = braced ? braced(body, optional, context) : words(body, optional, context);
            if (prefix == '!' && (optional || context)) {
                throw new IllegalArgumentException("'!' takes a plain atom, not [ ] or ?: '" + value + "'");
            }
            atoms.add(prefix == '!' ? new Atom.Not(atom) : prefix == '+' ? new Atom.Glued(atom) : atom);
            i = end;
        }
        if (atoms.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return atoms;
    }

    /** {@code {name:list V1 V2}}, {@code {name:count}}, {@code {name:@rule}}. */
    private static Atom braced(String body, boolean optional, boolean context) {
        int colon = body.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected {name:what}, got {" + body + "}");
        }
        String capture = body.substring(0, colon).strip();
        String[] what = SPACES.split(body.substring(colon + 1).strip());
        if (what.length == 1 && what[0].contains("|")) {
            Atom several = alternatives(what[0], body, capture, optional, context);
            if (several != null) {
                return several;
            }
        }
        if (Slots.isSlot(what[0]) || what[0].startsWith("@")) {
            if (what.length > 1) {
                throw new IllegalArgumentException("{" + body + "}: only word lists take allowed values");
            }
            return new Atom.Slot(what[0], capture, optional, context);
        }
        Set<String> allowed = new LinkedHashSet<>(List.of(what).subList(1, what.length));
        return new Atom.FromList(what[0], Set.copyOf(allowed), capture, optional, context);
    }

    /**
     * {@code {x:@a|@b}} (rules, whichever reads longest): one rule slot; any other
     * list of alternatives ({@code {x:date|year}}, {@code {x:day|@rule|list}}): an
     * {@link Atom.AnyOf}.
     */
    private static Atom alternatives(String what, String body, String capture, boolean optional, boolean context) {
        String[] ones = what.split("\\|");
        boolean rules = true;
        for (String one : ones) {
            if (one.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in {" + body + "}");
            }
            rules &= one.startsWith("@");
        }
        if (rules) {
            StringBuilder names = new StringBuilder("@");
            for (int i = 0; i < ones.length; i++) {
                names.append(i == 0 ? "" : "|").append(ones[i].substring(1));
            }
            return new Atom.Slot(names.toString(), capture, optional, context);
        }
        List<Atom> atoms = new ArrayList<>();
        for (String one : ones) {
            atoms.add(braced("_:" + one, false, false));
        }
        return new Atom.AnyOf(List.copyOf(atoms), capture, optional, context);
    }

    /** {@code ce|cet|cette}, {@code plus_tard|après}: "_" joins the words of one phrase. */
    private static Atom words(String body, boolean optional, boolean context) {
        List<String[]> alternatives = new ArrayList<>();
        for (String alternative : body.split("\\|")) {
            String[] tokens = PhraseTable.tokenize(alternative.replace('_', ' '));
            if (tokens.length == 0) {
                throw new IllegalArgumentException("empty word in pattern: '" + body + "'");
            }
            alternatives.add(tokens);
        }
        // the longest phrase first, so "l'" is tried before "l"
        alternatives.sort((a, b) -> b.length - a.length);
        return new Atom.Words(List.copyOf(alternatives), null, optional, context);
    }
}
