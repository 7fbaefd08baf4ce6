package org.figx.extract;

import java.util.List;
import org.figx.Mention;
import org.figx.numbers.ParsedNumber;

/**
 * Proposes mentions of one kind from the numbers the scanner found. Proposals
 * may overlap each other and other recognizers'; {@link OverlapResolver}
 * settles that once for all.
 */
interface Recognizer {
    void propose(FigureBuilder figures, List<ParsedNumber> numbers, List<Mention> out);
}
