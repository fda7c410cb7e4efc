package dev.factx.normalize;

import dev.factx.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names ({@code months.tsv}), weekday names ({@code weekdays.tsv}), seasons
 * ({@code seasons.tsv}), ordinal words ({@code ordinals.tsv}) and the units of time that count
 * calendar steps ({@code time-units.tsv}: "two weeks ago", "the following day") and the words of
 * fiscal years ({@code fiscal-years.tsv}) for reading dates.
 *
 * <p>Thread-safe after construction.
 */
public final class CalendarWords {

    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> cueMonths = new HashSet<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Set<String> fullWeekdays = new HashSet<>();
    private final Map<String, String> seasons = new HashMap<>();
    private final Map<String, String> partsOfDay = new HashMap<>();
    private final Map<String, Integer> yearsPerWord = new HashMap<>();
    private final Map<String, Integer> weeksPerWord = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, String> steps = new HashMap<>();
    private final PhraseTable<Boolean> fiscalBefore = new PhraseTable<>(false);
    private final PhraseTable<Boolean> fiscalAfter = new PhraseTable<>(false);
    /** The shapes of every key above but the fiscal phrases: most words asked about are none, and stop there. */
    private final WordShapes shapes = new WordShapes();

    public CalendarWords() {
        for (String[] r : Lexicon.rows("months.tsv")) {
            months.put(r[0], Integer.valueOf(r[1]));
            if (r[2].equals("cue")) {
                cueMonths.add(r[0]);
            }
            if (r[3].equals("abbr")) {
                abbreviations.add(r[0]);
            }
        }
        for (String[] r : Lexicon.rows("weekdays.tsv")) {
            weekdays.put(r[0], Integer.valueOf(r[1]));
            if (r[2].equals("full")) {
                fullWeekdays.add(r[0]);
            }
        }
        for (String[] r : Lexicon.rows("seasons.tsv")) {
            seasons.put(r[0], r[1]);
        }
        for (String[] r : Lexicon.rows("parts-of-day.tsv")) {
            partsOfDay.put(r[0], r[1]);
        }
        for (String[] r : Lexicon.rows("ordinals.tsv")) {
            ordinals.put(r[0], Integer.valueOf(r[1]));
        }
        for (String[] r : Lexicon.rows("fiscal-years.tsv")) {
            switch (r[1]) {
                case "before" -> fiscalBefore.put(r[0], Boolean.TRUE);
                case "after" -> fiscalAfter.put(r[0], Boolean.TRUE);
                default -> throw new IllegalStateException("fiscal-years.tsv: unknown position '" + r[1] + "'");
            }
        }
        for (String[] r : Lexicon.rows("time-units.tsv")) {
            if (new java.math.BigDecimal(r[2]).compareTo(java.math.BigDecimal.ONE) == 0) {
                steps.put(r[0], r[1]); // "decade" is ten years: no calendar step of its own
            } else if (r[1].equals("year")) {
                yearsPerWord.put(r[0], Integer.valueOf(r[2]));
            } else if (r[1].equals("week")) {
                weeksPerWord.put(r[0], Integer.valueOf(r[2])); // "fortnight"
            }
        }
        for (Map<String, ?> words : List.of(months, weekdays, seasons, partsOfDay, yearsPerWord, weeksPerWord, ordinals, steps)) {
            shapes.addAll(words.keySet()); // the sets of words below hold keys of these maps only
        }
    }

    /** The month number of a capitalized month name or abbreviation, or null. */
    public Integer month(String word) {
        return shapes.mayHold(word) ? months.get(word) : null;
    }

    /** True for a month abbreviation (Jan, Sept), which may carry a dot. */
    public boolean isAbbreviation(String word) {
        return shapes.mayHold(word) && abbreviations.contains(word);
    }

    /** True for month names that are also common words (May, March) and need a cue to be read bare. */
    public boolean needsCue(String word) {
        return shapes.mayHold(word) && cueMonths.contains(word);
    }

    /** The day of the week (1 Monday to 7 Sunday) of a capitalized weekday name or abbreviation, or null. */
    public Integer weekday(String word) {
        return shapes.mayHold(word) ? weekdays.get(word) : null;
    }

    /** True for a weekday's full name, which may stand alone as a date ("on Monday"); "Sun" and "Sat" may not. */
    public boolean isFullWeekday(String word) {
        return shapes.mayHold(word) && fullWeekdays.contains(word);
    }

    /** The TIMEX3 season code of a lower-case season word, or null. */
    public String season(String lower) {
        return shapes.mayHold(lower) ? seasons.get(lower) : null;
    }

    /** How many years a lower-case word of several years stands for ({@code decade} is 10), or null. */
    public Integer yearsPer(String lower) {
        return shapes.mayHold(lower) ? yearsPerWord.get(lower) : null;
    }

    /** How many weeks a lower-case time word stands for when it is several ({@code fortnight} is 2), or null. */
    public Integer weeksPer(String lower) {
        return shapes.mayHold(lower) ? weeksPerWord.get(lower) : null;
    }

    /** The TIMEX3 part-of-day code of a lower-case word ({@code night} is {@code NI}), or null. */
    public String partOfDay(String lower) {
        return shapes.mayHold(lower) ? partsOfDay.get(lower) : null;
    }

    /**
     * The unit a lower-case time word counts in when it is one step of the calendar ({@code year},
     * {@code month}, {@code week}, {@code day}, {@code hour}, {@code minute}: "weeks" is {@code week}),
     * or null ("decades", "fortnight").
     */
    public String step(String lower) {
        return shapes.mayHold(lower) ? steps.get(lower) : null;
    }

    /** The last token of the fiscal-year words that start at {@code i} before a year ("FY", "fiscal year"), or -1. */
    public int fiscalBeforeYear(List<Token> toks, int i) {
        PhraseTable.Match<Boolean> m = fiscalBefore.matchAt(toks, i);
        return m == null ? -1 : m.last();
    }

    /** The last token of the fiscal-year words that start at {@code i} after a year ("fiscal year"), or -1. */
    public int fiscalAfterYear(List<Token> toks, int i) {
        PhraseTable.Match<Boolean> m = fiscalAfter.matchAt(toks, i);
        return m == null ? -1 : m.last();
    }

    /**
     * Every word, in lower case, that {@link #month}, {@link #weekday} or {@link #ordinal} knows
     * or that can open {@link #fiscalBeforeYear}: a token whose lower case is not among them is
     * none of these, which a recognizer can test with one lookup.
     */
    public java.util.Set<String> dateWordsInLowerCase() {
        java.util.Set<String> all = new java.util.HashSet<>(ordinals.keySet());
        for (String name : months.keySet()) {
            all.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        for (String name : weekdays.keySet()) {
            all.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        all.addAll(fiscalBefore.firstKeys());
        return all;
    }

    /**
     * Every word of these lists in lower case: months, weekdays, seasons, parts of the day,
     * units of time, ordinals and the words of fiscal years. A date that holds no digit holds
     * one of them ("last week", "the following day", "that summer"): see {@code MentionCues}.
     */
    public java.util.Set<String> allWordsInLowerCase() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Map<String, ?> words : List.of(months, weekdays, seasons, partsOfDay, yearsPerWord, weeksPerWord, ordinals, steps)) {
            for (String word : words.keySet()) {
                all.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        all.addAll(fiscalBefore.firstKeys());
        all.addAll(fiscalAfter.firstKeys());
        return all;
    }

    /** The number of a lower-case ordinal word, or null. */
    public Integer ordinal(String lower) {
        return shapes.mayHold(lower) ? ordinals.get(lower) : null;
    }
}
