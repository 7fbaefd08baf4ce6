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
                   Map<String, String> arguments, List<Example> examples, java.util.Set<String> slots,
                   boolean slotOnly, boolean piece) {

    /** A rule filling slots ({@code slot date day}), proposed on its own unless {@code slotOnly}. */
    public Rule(String name, String file, int line, List<Atom> pattern, String builder,
                Map<String, String> arguments, List<Example> examples, java.util.Set<String> slots,
                boolean slotOnly) {
        this(name, file, line, pattern, builder, arguments, examples, slots, slotOnly, false);
    }

    /** Whether this rule is proposed as a mention of its own: not a piece, not a slot-only rule. */
    public boolean proposed() {
        return !piece && !slotOnly;
    }

    /**
     * A rule proposed on its own and filling no slot. With {@code slots}: what it
     * reads also fills the slots of those types ({@code slot date day}); with
     * {@code slotOnly}, it is read only there ("3" is a date in "du 3 au 5 mai",
     * not on its own).
     */
    public Rule(String name, String file, int line, List<Atom> pattern, String builder,
                Map<String, String> arguments, List<Example> examples) {
        this(name, file, line, pattern, builder, arguments, examples, java.util.Set.of(), false, false);
    }

    /**
     * An example phrase; the part between {@code [[ ]]} is the expected span
     * (the whole phrase when unmarked), and {@code value} the TIMEX3 value
     * expected with no reference date, or null.
     */
    public record Example(String text, int start, int end, String value) {
    }
}
