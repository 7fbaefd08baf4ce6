package org.figx.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.List;
import org.figx.Language;
import org.figx.lang.Lexicon;
import org.figx.lang.ResourceLists;

/**
 * The sentence breaks figx took from ICU before it had its own splitter: ICU's
 * sentence iterator for French with CLDR's abbreviations and the project's list,
 * read over a line in place as SentenceLocator read it. The oracle the splitter
 * is held to.
 */
final class IcuSentenceOracle {
    /** The project's own list: ICU adds CLDR's itself. */
    static final List<String> PROJECT_ABBREVIATIONS = new ResourceLists(Language.FR).lines("abbreviations.txt");
    private static final BreakIterator PROTOTYPE = filtered(PROJECT_ABBREVIATIONS);

    private IcuSentenceOracle() {
    }

    static BreakIterator filtered(List<String> abbreviations) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.FRENCH);
        for (String abbreviation : abbreviations) {
            builder.suppressBreakAfter(abbreviation);
        }
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.FRENCH));
    }

    /** ICU's breaks of a whole text taken as one line, its start and end included. */
    static int[] breaks(String line) {
        return breaks((BreakIterator) PROTOTYPE.clone(), line);
    }

    static int[] breaks(BreakIterator iterator, String line) {
        iterator.setText(new StringCharacterIterator(line, 0, line.length(), 0));
        int[] found = new int[8];
        int count = 0;
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = b;
        }
        return Arrays.copyOf(found, count);
    }

    /** The splitter figx uses, with CLDR's abbreviations (from its resource file) and the project's. */
    static SentenceSplitter figxSplitter() {
        return new SentenceSplitter(Lexicon.load(Language.FR).abbreviations());
    }
}
