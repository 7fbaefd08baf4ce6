package org.figx.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.figx.ExtractOptions;
import org.figx.Kind;
import org.figx.cli.DocumentExtraction;
import org.figx.cli.LanguageChoice;
import org.figx.sources.InputFormat;

/**
 * What every task needs to read a document as the command line would: the options of
 * the job's command line, small and serialisable, sent with the tasks (the lexicons are
 * not: each executor builds its own, once, {@link ExecutorFigx}).
 */
record JobSettings(List<Kind> types, LanguageChoice lang, LocalDateTime referenceDate, InputFormat inputFormat)
        implements Serializable {

    /** The command line's options for every document. */
    ExtractOptions options() {
        Set<Kind> kinds = types.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(types);
        return ExtractOptions.defaults().withKinds(kinds).withReferenceDate(referenceDate);
    }

    DocumentExtraction extraction() {
        return DocumentExtraction.of(lang, options());
    }
}
