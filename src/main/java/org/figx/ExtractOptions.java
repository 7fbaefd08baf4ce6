package org.figx;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What to extract and how: the kinds wanted, the language, and the reference
 * date for incomplete and relative dates (empty: use the document's dateline).
 */
public record ExtractOptions(Set<Kind> kinds, Language language,
                             Optional<LocalDateTime> referenceDate) {

    public ExtractOptions {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
        kinds = Set.copyOf(kinds);
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(EnumSet.allOf(Kind.class), Language.FR, Optional.empty());
    }

    public ExtractOptions withKinds(Set<Kind> wanted) {
        return new ExtractOptions(wanted, language, referenceDate);
    }

    public ExtractOptions withLanguage(Language other) {
        return new ExtractOptions(kinds, other, referenceDate);
    }

    public ExtractOptions withReferenceDate(LocalDateTime reference) {
        return new ExtractOptions(kinds, language, Optional.ofNullable(reference));
    }

    public boolean wants(Kind kind) {
        return kinds.contains(kind);
    }
}
