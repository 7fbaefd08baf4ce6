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
        // loops, not forEach with lambdas: each lambda is one more class to make at start-up
        for (Map.Entry<String, String> verb : lists.pairs("modality-verbs.txt").entrySet()) {
            String lemma = verb.getKey();
            Modality modality = parse(verb.getValue());
            int space = lemma.indexOf(' ');
            String infinitive = space < 0 ? lemma : lemma.substring(0, space);
            String tail = space < 0 ? "" : lemma.substring(space);
            String stem = infinitive.substring(0, infinitive.length() - 2); // "chiffr-er"
            for (Map.Entry<String, String> formed : endings.entrySet()) {
                String tense = formed.getValue();
                String form = stem + formed.getKey() + tail;
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
            }
        }
        for (Map.Entry<String, String> cue : lists.pairs("modality-cues-after.txt").entrySet()) {
            after.add(cue.getKey(), parse(cue.getValue()));
        }
    }

    static Modality parse(String value) {
        return Modality.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
