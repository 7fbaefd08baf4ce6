package org.figx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.figx.sources.Diagnostics;

/**
 * What went wrong with one input while a worker thread read it, held until the
 * input's turn comes to be written: stderr then names the problems in input order,
 * whatever the number of threads.
 */
final class JobDiagnostics implements Diagnostics {
    private final List<Consumer<StderrDiagnostics>> events = new ArrayList<>(0);

    @Override
    public void cannotRead(String source, String reason) {
        events.add(d -> d.cannotRead(source, reason));
    }

    @Override
    public void skipped(String source, String why, boolean failure) {
        events.add(d -> d.skipped(source, why, failure));
    }

    @Override
    public void readWithChanges(String source, String changes) {
        events.add(d -> d.readWithChanges(source, changes));
    }

    void outOfMemory(String source) {
        events.add(d -> d.outOfMemory(source));
    }

    void extractionFailed(String source, RuntimeException e) {
        events.add(d -> d.extractionFailed(source, e));
    }

    /** Reports the held problems, in the order they happened. */
    void replay(StderrDiagnostics diagnostics) {
        for (Consumer<StderrDiagnostics> event : events) { // a loop, not forEach: no lambda on every run's path
            event.accept(diagnostics);
        }
    }
}
