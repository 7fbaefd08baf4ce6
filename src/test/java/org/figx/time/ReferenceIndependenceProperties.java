package org.figx.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.figx.ExtractOptions;
import org.figx.Figx;
import org.figx.Kind;
import org.figx.Language;
import org.figx.Mention;
import org.figx.extract.Extractor;

/**
 * SPEC "Values": what is found never depends on the reference date. For French
 * text with no dateline, the temporal mentions (start, end, kind) found with no
 * reference are exactly those found with any reference date.
 */
class ReferenceIndependenceProperties {
    private static final Figx FIGX = Figx.forLanguage(Language.FR);
    private static final Set<Kind> TEMPORAL = EnumSet.of(Kind.DATE, Kind.TIME, Kind.PERIOD, Kind.DURATION);
    private static final Path ARTICLES = Path.of("testdata", "articles", "fr");

    /** A title and byline with no date: the head of the text, so that no dateline is found. */
    private static final String HEAD = "Actualités régionales\n\nPar la rédaction\n\nÉconomie, société\n\n"
            + "Notre correspondant\n\nLecture : cinq minutes\n\n";

    @Property(tries = 400)
    void generatedTextFindsTheSameTemporalSpansWithAnyReference(@ForAll("articles") String body,
                                                                @ForAll("references") LocalDateTime reference) {
        check(HEAD + body, reference);
    }

    @Property(tries = 40)
    void testArticlesWithoutTheirDatelineFindTheSameTemporalSpansWithAnyReference(
            @ForAll("dateFreeArticles") String article, @ForAll("references") LocalDateTime reference) {
        check(article, reference);
    }

    /** The articles' own datelines (their dates at the time of writing) as references, and a far one. */
    @Example
    void testArticlesAgainstFixedReferences() throws IOException {
        for (String article : dateFreeArticleTexts()) {
            for (LocalDateTime reference : List.of(LocalDateTime.of(2025, 2, 5, 0, 0),
                    LocalDateTime.of(2025, 3, 14, 18, 45), LocalDateTime.of(1990, 1, 1, 0, 0),
                    LocalDateTime.of(2040, 12, 31, 23, 59))) {
                check(article, reference);
            }
        }
    }

    private static void check(String text, LocalDateTime reference) {
        Extractor.Extraction without = FIGX.extractDocument(text, ExtractOptions.defaults());
        assertFalse(without.reference().isKnown(), () -> "the text has a dateline: " + text);
        Extractor.Extraction with = FIGX.extractDocument(text, ExtractOptions.defaults().withReferenceDate(reference));
        Set<String> spansWithout = temporalSpans(text, without.mentions());
        Set<String> spansWith = temporalSpans(text, with.mentions());
        if (!spansWithout.equals(spansWith)) {
            Set<String> onlyWithout = new TreeSet<>(spansWithout);
            onlyWithout.removeAll(spansWith);
            Set<String> onlyWith = new TreeSet<>(spansWith);
            onlyWith.removeAll(spansWithout);
            throw new AssertionError("temporal mentions depend on the reference " + reference
                    + "\n  only without a reference: " + onlyWithout
                    + "\n  only with it:             " + onlyWith + "\nin: " + text);
        }
    }

    /** (start, end, kind) of each temporal mention, written with its text to read a failure. */
    private static Set<String> temporalSpans(String text, List<Mention> mentions) {
        Set<String> out = new TreeSet<>();
        for (Mention m : mentions) {
            if (TEMPORAL.contains(m.kind())) {
                out.add(String.format("[%05d,%05d) %s «%s»", m.start(), m.end(), m.kind().label(),
                        text.substring(m.start(), m.end())));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- references

    @Provide
    Arbitrary<LocalDateTime> references() {
        Arbitrary<LocalDate> days = Arbitraries.longs()
                .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalTime> times = Arbitraries.oneOf(Arbitraries.just(LocalTime.MIDNIGHT),
                Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                        .as(LocalTime::of));
        return Combinators.combine(days, times).as(LocalDateTime::of);
    }

    // ---------------------------------------------------------------- generated text

    /** A few paragraphs of sentences, each a clause with temporal and other figures put in. */
    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> paragraph = sentences().list().ofMinSize(1).ofMaxSize(4)
                .map(list -> String.join(" ", list));
        return paragraph.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join("\n\n", list) + "\n");
    }

    private static Arbitrary<String> sentences() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(DATES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(DURATIONS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(AMOUNTS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS)));
        Arbitrary<List<String>> pieces = piece.list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.of(VERBS), pieces,
                        Arbitraries.of(".", ".", ".", " ?", " !", " ;"))
                .as((subject, verb, list, stop) -> {
                    StringBuilder s = new StringBuilder(subject).append(' ').append(verb);
                    for (int i = 0; i < list.size(); i++) {
                        s.append(i == 0 ? " " : i % 3 == 2 ? ", " : " ").append(list.get(i));
                    }
                    return s.append(stop).toString();
                });
    }

    private static final List<String> SUBJECTS = List.of("Le conseil municipal", "La préfecture",
            "Le chiffre d'affaires du groupe", "Les ventes", "L'entreprise", "Le ministre",
            "La direction", "Les syndicats", "Le tribunal", "La région", "Les prix du gaz",
            "Le club", "La commission");

    private static final List<String> VERBS = List.of("a annoncé", "se réunira", "a progressé",
            "a reculé", "prévoit", "a signé", "vise", "devrait augmenter", "a été publié",
            "reprendra", "s'est établi", "a atteint", "restera fermé");

    /** Dates, times and periods as news text writes them, many relative or incomplete. */
    private static final List<String> DATES = List.of(
            "le 3 mars 2024", "fin 2025", "la semaine dernière", "ce week-end", "il y a deux mois",
            "lundi en huit", "de lundi à mercredi", "les trois derniers mois", "du 13 au 15 juillet",
            "à 14h30", "mardi matin", "au premier trimestre", "en 2023", "demain", "hier soir",
            "l'an prochain", "le mois dernier", "début octobre", "mi-2024", "à la fin du mois",
            "courant 2025", "vers 2010", "le 22 octobre", "samedi", "le 4", "dans trois jours",
            "il y a deux semaines", "dans un an", "jeudi prochain", "la semaine prochaine", "cet été",
            "l'hiver dernier", "entre 2020 et 2023", "depuis le 1er janvier", "à partir du 8 mars",
            "jusqu'au 15", "le lendemain", "les 9 premiers mois de 2024", "au second semestre",
            "ce soir", "vers 15 heures", "de 9h à 11h", "la nuit de samedi à dimanche",
            "le premier lundi du mois", "en novembre", "à Noël", "dans les années 1990",
            "au XXIe siècle", "le 17/2", "le 27/11/2024", "aujourd'hui", "ce matin", "en fin de semaine",
            "le mois prochain", "cette année", "l'année dernière", "dimanche dernier", "mercredi 5 février",
            "d'ici 2027", "avant 2035", "au T3 2024", "le trimestre dernier", "à midi", "à minuit",
            "vendredi à 18 heures", "entre midi et deux", "la semaine du 6 octobre", "début de semaine prochaine",
            "le 1er", "dans la semaine", "les 3 prochains jours", "au printemps", "en septembre prochain",
            "le 20 octobre dernier", "deux jours plus tard", "onze heures et quart", "à 9 h 15",
            // days that some years or months lack: a reference must not lose them
            "le 29 février dernier", "le 29 février prochain", "le 29 février", "du 28 au 29 février",
            "lundi 31", "vendredi 13", "le 31", "du 30 au 31", "le dernier jour de février",
            "le premier mercredi du mois prochain", "le 5e mercredi du mois prochain", "le dernier vendredi de février", "la première semaine d'octobre");

    private static final List<String> DURATIONS = List.of("pendant trois heures", "depuis deux ans",
            "24 heures", "trois mois", "une semaine et demie", "pour six mois", "en cinq séances",
            "durant 15 jours", "plus de dix ans", "entre deux et trois heures", "une heure et demie");

    private static final List<String> AMOUNTS = List.of("28 milliards d'euros", "1,5 million de dollars",
            "300 €", "3,1 %", "12 pour cent", "2 023 habitants", "vingt-deux rames", "4,2 Md€",
            "plus de 20 milliards USD", "45 km", "trois", "deux fois", "0,4 point");

    private static final List<String> WORDS = List.of("selon la presse", "à Nantes", "devant la mairie",
            "malgré la crise", "pour la première fois", "et", "mais", "avec ses partenaires",
            "dans toute la région", "au ministère", "a-t-on appris", "sans surprise", "en hausse",
            "après un long débat", "en mairie annexe", "chaque lundi", "un mardi sur deux");

    // ---------------------------------------------------------------- the test articles

    @Provide
    Arbitrary<String> dateFreeArticles() throws IOException {
        return Arbitraries.of(dateFreeArticleTexts());
    }

    /** Each test article with its dateline cut out (each complete date of its head, until none is left). */
    private static List<String> dateFreeArticleTexts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ARTICLES)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "test articles not found under " + ARTICLES.toAbsolutePath());
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            out.add(withoutDateline(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String withoutDateline(String text) {
        for (int tries = 0; tries < 10; tries++) {
            Extractor.Extraction found = FIGX.extractDocument(text, ExtractOptions.defaults());
            if (!found.reference().isKnown()) {
                return text;
            }
            String day = found.reference().day().toString();
            Mention dateline = found.mentions().stream()
                    .filter(m -> m.kind() != Kind.DURATION && m.value() != null && m.value().startsWith(day))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no mention for the dateline " + day));
            text = text.substring(0, dateline.start()) + text.substring(dateline.end());
        }
        throw new AssertionError("dateline not removed: " + text);
    }
}
