package org.figx.extract;

import java.util.List;
import org.figx.Mention;

/**
 * Proposes mentions of its kinds in one window of a text, looking only around
 * what the scanner found there. Proposals may overlap each other and other
 * recognizers'; {@link OverlapResolver} settles that once for all.
 */
interface Recognizer {
    void propose(Window window, List<Mention> out);
}
