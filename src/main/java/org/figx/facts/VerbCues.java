package org.figx.facts;

import java.util.Locale;
import java.util.Map;
import org.figx.Modality;
import org.figx.lang.PhraseTable;
import org.figx.lang.ResourceLists;

/**
 * The forms of the regular verbs that cue a modality, built from two lists rather
 * than written out: the lemmas of modality-verbs.txt ("chiffrer = estimate",
 * "estimer à = estimate") and the endings of verb-endings.txt ("ent", "ait", "ées",
 * "era"), so "chiffrent", "chiffrait", "chiffrées", "chiffrera" all read as an
 * estimate. A future or conditional form of a verb of result ("affichera") is a
 * forecast; the participles of the other verbs may also follow the figure ("les
 * 3 % visés"), with the irregular ones of modality-cues-after.txt.
 */
final class VerbCues {
    /** Every form, before the figure. */
    final PhraseTable<Modality> forms = new PhraseTable<>();
    /** Past participles that follow a figure: "les 3 % visés", "les 1,9 % prévus". */
    final PhraseTable<Modality> after = new PhraseTable<>();

    VerbCues(ResourceLists lists) {
        Map<String, String> endings = lists.pairs("verb-endings.txt");
        lists.pairs("modality-verbs.txt").forEach((lemma, value) -> {
            Modality modality = parse(value);
            int space = lemma.indexOf(' ');
            String infinitive = space < 0 ? lemma : lemma.substring(0, space);
            String tail = space < 0 ? "" : lemma.substring(space);
            String stem = infinitive.substring(0, infinitive.length() - 2); // "chiffr-er"
            endings.forEach((ending, tense) -> {
                String form = stem + ending + tail;
                switch (tense) {
                    case "stated" -> forms.add(form, modality);
                    case "participle" -> {
                        forms.add(form, modality);
                        if (modality != Modality.ACTUAL) {
                            after.add(form, modality);
                        }
                    }
                    case "future", "conditional" ->
                            forms.add(form, modality == Modality.ACTUAL ? Modality.FORECAST : modality);
                    default -> throw new IllegalStateException("verb-endings.txt: unknown tense '" + tense + "'");
                }
            });
        });
        lists.pairs("modality-cues-after.txt").forEach((phrase, value) -> after.add(phrase, parse(value)));
    }

    static Modality parse(String value) {
        return Modality.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
