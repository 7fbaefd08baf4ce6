package org.figx.lang;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.figx.Language;
import org.figx.text.Fold;
import org.figx.text.FoldedWordMap;
import org.figx.text.FoldedWordSet;

/**
 * The words of dates and times in one language. Month and weekday names come
 * from ICU's CLDR data (through {@link CldrSource}: tables made from ICU at
 * build time); the rest from word lists (relative days, units,
 * directions, parts of day, seasons, holidays).
 */
public final class TemporalWords {
    /*
     * Loops, not forEach with lambdas, and no method references: every lambda is one
     * more class for the JVM to make at start-up.
     */

    /** Which way a word points from the reference date. */
    public enum Direction { LAST, NEXT, THIS }

    /** Part of a month or year a word points to ("fin octobre"). */
    public enum Boundary { START, MID, END }

    private final FoldedWordMap<Integer> months;
    private final FoldedWordSet fullMonthNames;
    private final FoldedWordMap<DayOfWeek> weekdays;
    private final FoldedWordMap<DayOfWeek> weekdayAbbreviations;
    private final FoldedWordMap<String> units;
    private final PhraseTable<Integer> relativeDays;
    private final PhraseTable<Integer> anaphoricDays;
    private final FoldedWordMap<Direction> directions;
    private final PhraseTable<String> partsOfDay;
    private final PhraseTable<Boolean> partOfDayLinks;
    private final PhraseTable<Boolean> dayBounds;
    private final FoldedWordMap<String> seasons;
    private final FoldedWordMap<Boundary> boundaries;
    private final PhraseTable<String> holidays;
    private final FoldedWordMap<Integer> clockWords;
    private final PhraseTable<Boolean> timePrepositions;
    private final FoldedWordSet anchors;
    private final PhraseTable<Integer> dayOrdinals;
    private final PhraseTable<Integer> periodOrdinals;
    private final PhraseTable<Integer> offsetWords;
    private final PhraseTable<Boolean> datePrefixes;
    private final FoldedWordSet recurrenceWords;
    private final PhraseTable<String> weekShifts;
    private final PhraseTable<String> spanPrepositions;
    private final FoldedWordSet comparisonPrepositions;
    private final PhraseTable<Integer> laterWords;
    private final PhraseTable<Integer> nthDayWords;
    private final FoldedWordMap<String> periodEnds;
    private final FoldedWordMap<String> yearPartLetters;
    private final FoldedWordSet durationCues;
    private final FoldedWordSet durationNouns;
    private final GrammarLists grammarLists;
    private final boolean monthFirst;
    private final FoldedWordSet monthHomonyms;
    private final boolean monthsCapitalised;
    private final FoldedWordMap<DayOfWeek> undottedWeekdays;

    TemporalWords(Language language, ResourceLists lists, CldrSource cldr) {
        java.util.Locale locale = language.locale();
        Map<String, Integer> monthNames = new HashMap<>();
        for (boolean standalone : new boolean[] {false, true}) {
            for (boolean abbreviated : new boolean[] {false, true}) {
                String[] names = cldr.months(locale, standalone, abbreviated);
                for (int m = 0; m < names.length && m < 12; m++) {
                    monthNames.put(Fold.fold(names[m].replace(".", "").strip()), m + 1);
                }
            }
        }
        Set<String> wideNames = new HashSet<>();
        for (String name : cldr.months(locale, false, false)) {
            wideNames.add(Fold.fold(name));
        }
        fullMonthNames = new FoldedWordSet(wideNames);
        monthNames.putAll(foldedIntegers(lists, "month-abbreviations.txt"));
        months = new FoldedWordMap<>(monthNames);

        Map<String, DayOfWeek> full = new HashMap<>();
        Map<String, DayOfWeek> abbreviated = new HashMap<>();
        String[] wide = cldr.weekdays(locale, false);
        String[] shortNames = cldr.weekdays(locale, true);
        for (int calendarDay = 1; calendarDay <= 7; calendarDay++) {
            DayOfWeek day = DayOfWeek.of(calendarDay == 1 ? 7 : calendarDay - 1); // ICU: 1 is Sunday
            full.put(Fold.fold(wide[calendarDay]), day);
            abbreviated.put(Fold.fold(shortNames[calendarDay].replace(".", "").strip()), day);
        }
        weekdays = new FoldedWordMap<>(full);
        weekdayAbbreviations = new FoldedWordMap<>(abbreviated);

        units = foldedMap(lists, "time-units.txt");
        relativeDays = lists.integerTable("relative-days.txt");
        anaphoricDays = lists.integerTable("anaphoric-days.txt");
        Map<String, Direction> directionWords = new HashMap<>();
        for (Map.Entry<String, String> word : foldedText(lists, "direction-words.txt").entrySet()) {
            directionWords.put(word.getKey(), Direction.valueOf(word.getValue()));
        }
        directions = new FoldedWordMap<>(directionWords);
        partsOfDay = lists.textTable("parts-of-day.txt");
        partOfDayLinks = lists.phrases("part-of-day-links.txt");
        dayBounds = lists.phrases("day-bounds.txt");
        seasons = foldedMap(lists, "seasons.txt");
        Map<String, Boundary> boundaryWords = new HashMap<>();
        for (Map.Entry<String, String> word : foldedText(lists, "period-boundaries.txt").entrySet()) {
            boundaryWords.put(word.getKey(), Boundary.valueOf(word.getValue()));
        }
        boundaries = new FoldedWordMap<>(boundaryWords);
        holidays = lists.textTable("holidays.txt");
        clockWords = new FoldedWordMap<>(foldedIntegers(lists, "clock-words.txt"));
        timePrepositions = lists.phrases("time-prepositions.txt");
        dayOrdinals = lists.integerTable("day-ordinals.txt");
        periodOrdinals = lists.integerTable("period-ordinals.txt");
        offsetWords = lists.integerTable("relative-offset-words.txt");
        recurrenceWords = new FoldedWordSet(lists.foldedLines("recurrence-words.txt"));
        weekShifts = lists.textTable("week-shifts.txt");
        laterWords = lists.integerTable("later-words.txt");
        nthDayWords = lists.integerTable("nth-day-words.txt");
        periodEnds = foldedMap(lists, "period-ends.txt");
        yearPartLetters = foldedMap(lists, "year-part-letters.txt");
        durationCues = new FoldedWordSet(lists.foldedLines("duration-cues.txt"));
        durationNouns = new FoldedWordSet(lists.foldedLines("duration-nouns.txt"));
        spanPrepositions = lists.textTable("span-prepositions.txt");
        comparisonPrepositions = new FoldedWordSet(lists.foldedLines("comparison-prepositions.txt"));
        datePrefixes = lists.phrases("date-prefixes.txt");
        monthFirst = numericDateOrder(lists);
        monthHomonyms = new FoldedWordSet(lists.foldedLines("month-homonyms.txt"));
        monthsCapitalised = lists.lines("month-case.txt").contains("names");
        undottedWeekdays = weekdayMap(lists, "weekday-abbreviations.txt");

        // Anchors: the words a temporal expression cannot do without, and rare
        // enough that reading around each one costs little. A phrase contributes
        // its longest word ("dans la journée" → "journée"); units only those that
        // name a calendar stretch ("la semaine dernière"); durations and offsets
        // are read from their number ("il y a deux mois" → "deux").
        Set<String> anchorWords = new HashSet<>(monthNames.keySet());
        anchorWords.addAll(full.keySet());
        anchorWords.addAll(abbreviated.keySet());
        for (String name : new String[] {"relative-days.txt", "anaphoric-days.txt", "holidays.txt", "holiday-homonyms.txt"}) {
            for (String phrase : lists.pairs(name).keySet()) {
                anchorWords.add(longestToken(phrase));
            }
        }
        for (Map.Entry<String, String> unit : foldedText(lists, "time-units.txt").entrySet()) {
            if (CALENDAR_UNITS.contains(unit.getValue())) {
                anchorWords.add(unit.getKey());
            }
        }
        for (String phrase : lists.pairs("parts-of-day.txt").keySet()) {
            anchorWords.add(longestToken(phrase));
        }
        anchorWords.addAll(foldedText(lists, "seasons.txt").keySet());
        anchorWords.addAll(foldedText(lists, "clock-words.txt").keySet());
        anchorWords.addAll(foldedText(lists, "period-boundaries.txt").keySet());
        anchorWords.addAll(lists.foldedLines("temporal-anchor-words.txt"));
        anchors = new FoldedWordSet(anchorWords);

        grammarLists = new GrammarLists()
                .add("months", months).add("weekdays", weekdays).add("time-units", units)
                .add("direction-words", directions).add("seasons", seasons).add("period-boundaries", boundaries)
                .add("relative-days", relativeDays).add("anaphoric-days", anaphoricDays).add("holidays", holidays).add("parts-of-day", partsOfDay)
                .add("relative-offset-words", offsetWords).add("later-words", laterWords)
                .add("date-prefixes", datePrefixes)
                .add("period-ordinals", periodOrdinals).add("nth-day-words", nthDayWords).add("period-ends", periodEnds)
                .add("week-shifts", weekShifts).add("day-bounds", dayBounds);
        // durations (time/durations.rules)
        grammarLists.add("time-unit-symbols", foldedMap(lists, "time-unit-symbols.txt"))
                .add("duration-fractions", lists.textTable("duration-fractions.txt"))
                .add("idiomatic-durations", lists.textTable("idiomatic-durations.txt"))
                .add("whole-spans", lists.textTable("whole-spans.txt"))
                .add("duration-cues", lists.phrases("duration-cues.txt"))
                .add("clock-fractions", lists.integerTable("clock-fractions.txt"))
                .add("time-prepositions", timePrepositions).add("part-of-day-links", partOfDayLinks)
                .add("duration-nouns", lists.phrases("duration-nouns.txt"))
                .add("period-qualities", lists.phrases("period-qualities.txt"))
                .add("street-words", lists.phrases("street-words.txt"))
                .add("function-words", lists.phrases("function-words.txt"))
                .add("holiday-name-heads", lists.phrases("holiday-name-heads.txt"))
                .add("holiday-homonyms", lists.textTable("holiday-homonyms.txt"))
                .add("time-hedges", lists.phrases("time-hedges.txt"))
                .add("meridiems", lists.textTable("meridiems.txt"))
                .add("meridiem-letters", foldedMap(lists, "meridiem-letters.txt"))
                .add("time-unit-modifiers", lists.phrases("time-unit-modifiers.txt"))
                .add("weekday-plurals", weekdayMap(lists, "weekday-plurals.txt"))
                .add("day-ordinals", dayOrdinals)
                .add("percent-units", lists.textTable("percent-units.txt"));
    }

    private static boolean numericDateOrder(ResourceLists lists) {
        for (String line : lists.lines("numeric-date-order.txt")) {
            String order = line.strip();
            if (order.equals("MDY") || order.equals("DMY")) {
                return order.equals("MDY");
            }
            throw new IllegalArgumentException("numeric-date-order.txt: DMY or MDY, not " + order);
        }
        throw new IllegalArgumentException("numeric-date-order.txt: no order");
    }

    /**
     * Whether a date in figures writes its month before its day ("10/22/2024"),
     * as numeric-date-order.txt says (MDY), rather than after it ("22/10/2024", DMY).
     */
    public boolean monthFirst() {
        return monthFirst;
    }

    /** A list of words naming weekdays by their ISO number (1 Monday .. 7 Sunday). */
    private static FoldedWordMap<DayOfWeek> weekdayMap(ResourceLists lists, String name) {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (Map.Entry<String, Integer> day : foldedIntegers(lists, name).entrySet()) {
            days.put(day.getKey(), DayOfWeek.of(day.getValue()));
        }
        return new FoldedWordMap<>(days);
    }

    /** Whether month names are written as proper names, capitalised anywhere (month-case.txt: names). */
    public boolean monthsCapitalised() {
        return monthsCapitalised;
    }

    /** Weekday abbreviations without their dot, read only inside a date ("Fri, Jul 18"): weekday-abbreviations.txt. */
    public FoldedWordMap<DayOfWeek> undottedWeekdays() {
        return undottedWeekdays;
    }

    /** Month names that are common words too ("may", "march"): month-homonyms.txt. */
    public FoldedWordSet monthHomonyms() {
        return monthHomonyms;
    }

    /** The word lists the temporal grammar files name. */
    public GrammarLists grammarLists() {
        return grammarLists;
    }

    /** Units that name a stretch of the calendar: "la semaine dernière", "le trimestre prochain". */
    private static final Set<String> CALENDAR_UNITS = Set.of("W", "M", "Y", "Q", "HALF", "CENTURY", "DECADE");

    private static String longestToken(String phrase) {
        String longest = "";
        for (String token : PhraseTable.tokenize(phrase)) {
            if (token.length() > longest.length()) {
                longest = token;
            }
        }
        return longest;
    }

    private static FoldedWordMap<String> foldedMap(ResourceLists lists, String name) {
        return new FoldedWordMap<>(foldedText(lists, name));
    }

    /** A pair list, the words folded, the values as written. */
    private static Map<String, String> foldedText(ResourceLists lists, String name) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> pair : lists.pairs(name).entrySet()) {
            out.put(Fold.fold(pair.getKey()), pair.getValue());
        }
        return out;
    }

    /** A pair list, the words folded, the values whole numbers. */
    private static Map<String, Integer> foldedIntegers(ResourceLists lists, String name) {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, String> pair : lists.pairs(name).entrySet()) {
            out.put(Fold.fold(pair.getKey()), Integer.parseInt(pair.getValue()));
        }
        return out;
    }

    /** Words from which a temporal expression may be read: months, weekdays, "hier", units… */
    public FoldedWordSet anchors() {
        return anchors;
    }

    public FoldedWordMap<Integer> months() {
        return months;
    }

    /** "décembre", not "déc.": a dot after a full name ends the sentence, it is no abbreviation's. */
    public FoldedWordSet fullMonthNames() {
        return fullMonthNames;
    }

    public FoldedWordMap<DayOfWeek> weekdays() {
        return weekdays;
    }

    /** "lun.", "mer.": only with their dot, since "mer" and "jeu" are words too. */
    public FoldedWordMap<DayOfWeek> weekdayAbbreviations() {
        return weekdayAbbreviations;
    }

    /** "heures" → H, "ans" → Y, ... */
    public FoldedWordMap<String> units() {
        return units;
    }

    public FoldedWordMap<Direction> directions() {
        return directions;
    }

    public FoldedWordMap<Boundary> boundaries() {
        return boundaries;
    }

    /** "midi" → 12, "minuit" → 0. */
    public FoldedWordMap<Integer> clockWords() {
        return clockWords;
    }

    /** "premier" (1) and the ordinal suffixes "er", "e", "ème" (0). */
    public PhraseTable<Integer> dayOrdinals() {
        return dayOrdinals;
    }

    /** "le", "chaque": before a bare weekday, every such day ("le lundi"). */
    public FoldedWordSet recurrenceWords() {
        return recurrenceWords;
    }

    /** "premiers" → FIRST, "derniers" → LAST: which end of a period counted units start from. */
    public FoldedWordMap<String> periodEnds() {
        return periodEnds;
    }

    /** "T" → Q, "S" → H: the capital glued to a digit in "T1 2024", "S2 2023". */
    public FoldedWordMap<String> yearPartLetters() {
        return yearPartLetters;
    }

    /** "à partir de" → at_least, "avant" → less_than: bounds that belong to a date or time mention. */
    public PhraseTable<String> spanPrepositions() {
        return spanPrepositions;
    }

    /**
     * Whether a bound word is, right after a figure, the start of what the figure is
     * compared with: "from" of "rose 8% from a year earlier" (comparison-prepositions.txt).
     */
    public boolean isComparisonPreposition(String text, org.figx.text.Token word) {
        return comparisonPrepositions.contains(text, word);
    }

}
