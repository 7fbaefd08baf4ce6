package org.figx.grammar;

import java.util.List;
import java.util.Set;

/**
 * One element of a rule's pattern, matched at a token. Every atom may be
 * optional ({@code ?}) and may be context ({@code [ ]}): it must be there but
 * stays outside the mention's span ("[au] printemps").
 */
public sealed interface Atom {
    /** The name its value is captured under, or null. */
    String capture();

    boolean optional();

    boolean context();

    /** One of a few literal phrases, each a sequence of folded tokens: {@code ce|cet|cette}, {@code il y a}. */
    record Words(List<String[]> alternatives, String capture, boolean optional, boolean context) implements Atom {
    }

    /**
     * A phrase of a named word list of the language ({@code {unit:time-units}}),
     * its value captured; when {@code allowed} is not empty, only entries whose
     * value is one of them ({@code {unit:time-units W M Y}}).
     */
    record FromList(String list, Set<String> allowed, String capture, boolean optional, boolean context)
            implements Atom {
    }

    /**
     * Something the scanner reads itself ({@code {n:count}}, {@code {y:year}},
     * {@code {d:date}}), or, written {@code {d:@rule-name}}, what another rule
     * produces there.
     */
    record Slot(String type, String capture, boolean optional, boolean context) implements Atom {
        public boolean isRule() {
            return type.startsWith("@");
        }

        public String ruleName() {
            return type.substring(1);
        }


        /** The rules a rule slot tries: {@code @duration-sum|duration} is two, whichever reads longest. */
        public java.util.List<String> ruleNames() {
            return java.util.List.of(ruleName().split("\\|"));
        }
    }

    /**
     * Written {@code {x:day|@rule|list}}: whichever of these atoms reads there, the
     * longest first (a slot, a rule, a word list).
     */
    record AnyOf(List<Atom> alternatives, String capture, boolean optional, boolean context) implements Atom {
    }

    /**
     * Written {@code !ATOM}: the text at this point must not start with
     * {@code atom}. Reads nothing and captures nothing: "un jour" is no duration
     * on its own ({@code !{idiom:idiomatic-durations}}).
     */
    record Not(Atom atom) implements Atom {
        public String capture() {
            return null;
        }

        public boolean optional() {
            return false;
        }

        public boolean context() {
            return true;
        }
    }

    /**
     * Written {@code +ATOM}: {@code atom} glued to what comes before it, no
     * space between ("2'", two minutes; "2 '" is a quote).
     */
    record Glued(Atom atom) implements Atom {
        public String capture() {
            return atom.capture();
        }

        public boolean optional() {
            return atom.optional();
        }

        public boolean context() {
            return atom.context();
        }
    }
}
