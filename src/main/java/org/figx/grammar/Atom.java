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
    }

    /**
     * One of several slots, rules or word lists ({@code {d:day|@holiday}}), each
     * way it matches tried, the longest first; its value captured as {@code capture}.
     */
    record AnyOf(List<Atom> alternatives, String capture, boolean optional, boolean context) implements Atom {
    }

    /**
     * {@code !ATOM}: the atom must not match here. Reads nothing and stays
     * outside the mention ("15 h 30" but not the "15" of "15 jours").
     */
    record Not(Atom atom) implements Atom {
        @Override
        public String capture() {
            return null;
        }

        @Override
        public boolean optional() {
            return false;
        }

        @Override
        public boolean context() {
            return true;
        }
    }
}
