package org.figx.grammar;

import java.util.List;
import java.util.Map;

/**
 * A named rule of a grammar file: its pattern, the expression it makes (a
 * builder name and its arguments, {@code $name} standing for a capture), and
 * the examples it must read. A {@code piece} (written {@code piece NAME}) makes
 * no mention of its own: other rules use what it makes through {@code {x:@NAME}}.
 */
public record Rule(String name, String file, int line, List<Atom> pattern, String builder,
                   Map<String, String> arguments, List<Example> examples, boolean piece) {

    /** A rule that makes a mention of its own. */
    public Rule(String name, String file, int line, List<Atom> pattern, String builder,
                Map<String, String> arguments, List<Example> examples) {
        this(name, file, line, pattern, builder, arguments, examples, false);
    }

    /**
     * An example phrase; the part between {@code [[ ]]} is the expected span
     * (the whole phrase when unmarked), and {@code value} the TIMEX3 value
     * expected with no reference date, or null.
     */
    public record Example(String text, int start, int end, String value) {
    }
}
