package org.figx.sources;

/**
 * Where reading and walking report what went wrong, so that the caller decides
 * how to show it and what it does to the exit status.
 */
public interface Diagnostics {

    /** An input that could not be read or decoded; the run must end in failure. */
    void cannotRead(String source, String reason);

    /** An input left out on purpose; {@code failure} when the user asked for it by name. */
    void skipped(String source, String why, boolean failure);

    /** An input read with some bytes replaced ({@code changes} says which); the run goes on and succeeds. */
    void readWithChanges(String source, String changes);
}
