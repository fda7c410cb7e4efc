package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import dev.factx.normalize.CalendarWords;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.TimeValue;
import dev.factx.normalize.WordSet;
import dev.factx.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dates: full dates in every order, month-day and day-month, month-year, years, day,
 * month and year ranges, decades, centuries, seasons, quarters and halves, and relative dates
 * ({@code last year}, {@code this November}, {@code that same year}, {@code two years ago}).
 * Each becomes a {@link TimeValue}; the year of a year-less or relative date is filled in later,
 * once the document's date is known.
 *
 * <p>At each free token the longest pattern wins. A four-digit number is a year only where a
 * reader would take it as one: not glued to letters ({@code S300}, {@code 2019-nCoV}), not after
 * a capitalized name word ({@code Vision 2030}), a currency sign or a designator, and not before
 * a unit or counted noun. Immutable and thread-safe.
 */
public final class DateRecognizer implements Recognizer {

    private record Found(int first, int last, TimeValue time, String rule) {
        int length() {
            return last - first;
        }
    }

    /** Words before a bare month or a year that make it a date ("in May", "since 2013"). */
    private static final Set<String> CUES = Lexicon.words("in", "on", "by", "since", "until", "till", "from", "to",
            "through", "during", "before", "after", "of", "this", "last", "next", "early", "mid", "late",
            "between", "and", "or", "around", "circa", "throughout", "as", "for", "end", "start",
            "beginning", "middle", "at", "the", "'s", "’s", "about", "then", "into", "within", "over", "past", "ending", "ended");
    private static final Set<String> DESIGNATORS = Lexicon.words("no", "nos", "number", "no.", "#", "page", "pages",
            "p", "pp", "flight", "route", "room", "article", "section", "paragraph", "resolution", "model",
            "version", "v", "chapter", "line", "code", "id", "ref", "item", "boeing", "airbus", "vision",
            "agenda", "horizon", "expo", "euro", "strategy", "programme", "program", "plan", "act", "law");
    /** Words before a weekday alone that make it a day in time ("on Monday", "since Friday"). */
    private static final Set<String> WEEKDAY_CUES = Lexicon.words("on", "last", "next", "this", "since", "by", "until",
            "from", "before", "after", "early", "late", "till", "that");
    private static final Set<String> SENTENCE_START_VERBS = Lexicon.words("was", "is", "will", "has", "had", "saw", "brought",
            "marked", "began", "ended", "proved", "turned");
    private static final java.util.regex.Pattern DOTTED_DATE = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Set<String> DAY_SUFFIXES = Lexicon.words("st", "nd", "rd", "th");

    private final CalendarWords calendar;
    private final NumberParser numbers;
    private final CountNouns nouns;
    /** The signs and codes of {@code currencies.tsv}: a number after a sign or before a code is an amount. */
    private final Currencies currencies = new Currencies();
    private final Set<String> functionWords;
    private final Set<String> determiners;
    private final Set<String> weekdayNames;
    /** {@code year-label-nouns.txt}: "2019 levels", "2015 dollars" label a year; "2000 people" count. */
    private final Set<String> yearLabelNouns;
    /** Every word a date can start with, in lower case: the lists {@link #canStart(Token)} tests, in one set. */
    private final Set<String> mayStart;
    /** {@link #cueWords()}, looked up by {@link #cueAhead}. */
    private final Set<String> cues;
    /** {@code anchor-words.tsv}: "following" +1 before a unit, "before" -1 after "the day", "within" a window. */
    private final java.util.Map<String, Integer> anchorBeforeUnit = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> anchorAfterUnit = new java.util.HashMap<>();
    private final Set<String> windowWords = new HashSet<>();

    public DateRecognizer(CalendarWords calendar, NumberParser numbers, CountNouns nouns) {
        this.calendar = calendar;
        this.numbers = numbers;
        this.nouns = nouns;
        this.functionWords = new HashSet<>(Lexicon.lines("function-words.txt"));
        this.determiners = new HashSet<>(Lexicon.lines("determiners.txt"));
        this.weekdayNames = new HashSet<>(Lexicon.lines("weekday-names.txt"));
        this.yearLabelNouns = new HashSet<>(Lexicon.lines("year-label-nouns.txt"));
        Set<String> starts = new HashSet<>(OPENERS);
        starts.addAll(numbers.numberWords());
        starts.addAll(calendar.dateWordsInLowerCase());
        this.mayStart = WordSet.of(starts);
        this.cues = WordSet.of(cueWords());
        for (String[] r : Lexicon.rows("anchor-words.tsv")) {
            switch (r[1]) {
                case "before-unit" -> anchorBeforeUnit.put(r[0], Integer.valueOf(r[2]));
                case "after-unit" -> anchorAfterUnit.put(r[0], Integer.valueOf(r[2]));
                case "window" -> windowWords.add(r[0]);
                default -> throw new IllegalStateException("anchor-words.tsv: unknown role '" + r[1] + "'");
            }
        }
    }

    @Override
    public Set<String> openingWords() {
        return mayStart;
    }

    /**
     * The openers but those that start a date only before another cue ("the previous year",
     * "last March", "this week", "a week earlier", "early next year"), every calendar word (the
     * units of time among them) and the number words; plus the parts of a year or week that the
     * forms below name in code.
     */
    @Override
    public Set<String> cueWords() {
        Set<String> cues = new HashSet<>(mayStart);
        cues.removeAll(OPENERS_BEFORE_A_CUE);
        cues.addAll(calendar.allWordsInLowerCase());
        cues.addAll(numbers.allWords());
        cues.addAll(PARTS_NAMED_IN_CODE);
        return cues;
    }

    private static final Set<String> OPENERS_BEFORE_A_CUE = Lexicon.words("the", "a", "an", "that", "this", "last", "next",
            "early", "mid", "late", "current", "end", "start");
    private static final Set<String> PARTS_NAMED_IN_CODE = Lexicon.words("quarter", "quarters", "half", "halves",
            "weekend", "weekends");

    @Override
    public void recognize(SentenceTokens s, List<Mention> out) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Found f = s.free(i) ? best(s, i) : null;
            if (f != null && !f.time.statesRealDays()) {
                f = null; // "November 31", "30 February 2019": a slip, or no date; not a day to report
            }
            if (f != null && s.freeRange(f.first, f.last)) {
                found.add(f);
                s.claim(f.first, f.last);
                i = f.last + 1;
            } else {
                i++;
            }
        }
        shareYears(s, found);
        for (Found f : found) {
            out.add(new Mention(f.first, f.last, Kind.DATE, null, null, Qualifier.EXACT, f.rule, f.time, f.first));
        }
    }

    /**
     * "in July and August of 2016", "in January, February and March 2018": the year written after
     * the last of a list of months belongs to each of them. A month later in the year than the next
     * one in the list is the year before ("December and January 2019").
     */
    private static void shareYears(SentenceTokens s, List<Found> found) {
        for (int k = found.size() - 2; k >= 0; k--) {
            TimeValue t = found.get(k).time();
            TimeValue next = found.get(k + 1).time();
            if (t.year() != null || t.month() == null || t.end() != null || t.relYears() != null || t.relMonths() != null
                    || t.anaphoric() || t.fixed() != null || next.year() == null || next.month() == null
                    || !onlyListLinks(s, found.get(k).last() + 1, found.get(k + 1).first() - 1)) {
                continue;
            }
            int year = t.month() > next.month() ? next.year() - 1 : next.year();
            Found f = found.get(k);
            found.set(k, new Found(f.first(), f.last(), t.withYear(year), f.rule() + "+shared-year"));
        }
    }

    /** True when tokens {@code from..to} are only commas and one "and" or "or" (and at least one). */
    private static boolean onlyListLinks(SentenceTokens s, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int j = from; j <= to; j++) {
            Token t = s.get(j);
            if (!(t.isSymbol(",") || t.is("and") || t.is("or"))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words that can open a date that does not start with a number or a month name. */
    private static final Set<String> OPENERS = Lexicon.words("the", "early", "mid", "late", "last", "this", "next", "that",
            "a", "yesterday", "today", "tomorrow", "tonight", "current", "spring", "summer", "autumn", "fall", "winter", "first",
            "second", "third", "fourth", "q", "h", "end", "start");

    /** True when a date can start at token i: a cheap test before trying every pattern. */
    private boolean canStart(SentenceTokens s, int i) {
        Token t = s.get(i);
        if (t.isWord() && !(s.mayOpen(i) && mayStart.contains(t.lower()))) {
            return false; // most words: no lookup, or one instead of one per list below
        }
        return canStart(t) || calendar.fiscalBeforeYear(s.tokens(), i) >= 0;
    }

    private boolean canStart(Token t) {
        if (t.isNumber()) {
            return true;
        }
        if (!t.isWord()) {
            return t.isSymbol("'’");
        }
        return OPENERS.contains(t.lower()) || (t.isCapitalized() && (calendar.month(t.text()) != null || calendar.weekday(t.text()) != null))
                || numbers.isNumberWord(t.lower()) || calendar.ordinal(t.lower()) != null;
    }

    private Found best(SentenceTokens s, int i) {
        if (!canStart(s, i) || !cueAhead(s, i)) {
            return null;
        }
        Found weekday = weekdayForm(s, i);
        if (weekday != null) {
            return withPartOfDay(s, weekdayInterval(s, ofWeek(s, weekday)));
        }
        // every form is tried, in this order, and the longest wins (the first among equals); one
        // call after another rather than an array of all ten, made for every token that may start a date
        Found best = withModifier(s, i);
        best = longer(best, monthFirst(s, i, i, null));
        best = longer(best, dayFirst(s, i));
        best = longer(best, numericDate(s, i));
        best = longer(best, yearForm(s, i));
        best = longer(best, relative(s, i));
        best = longer(best, quarterOrHalf(s, i, i));
        best = longer(best, seasonForm(s, i, i, null));
        best = longer(best, fiscalYear(s, i));
        best = longer(best, possessiveQuarter(s, i));
        best = longer(best, shortYear(s, i));
        return best == null ? null : withPartOfDay(s, dayInterval(s, monthInterval(s, best)));
    }

    /**
     * How far after an opener such as "the" its cue may come: "the end of the financial year"
     * has it four tokens on; twice that is room to spare.
     */
    private static final int CUE_REACH = 8;

    /**
     * False when the word at {@code i} opens a date only before a cue ({@link
     * #OPENERS_BEFORE_A_CUE}: "the", "a", "this", "last"...) and no number or cue word follows
     * within {@link #CUE_REACH} tokens. Such openers are among the commonest words; this
     * spares trying every form at each of them (a fifth fewer samples in the recognizer).
     */
    private boolean cueAhead(SentenceTokens s, int i) {
        Token t = s.get(i);
        if (!t.isWord() || !OPENERS_BEFORE_A_CUE.contains(t.lower())) {
            return true;
        }
        for (int j = i + 1, end = Math.min(s.size(), i + 1 + CUE_REACH); j < end; j++) {
            Token u = s.get(j);
            if (u.isNumber() || (u.isWord() && cues.contains(u.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code f} when it is longer than {@code best} (or there is no best yet), else {@code best}. */
    private static Found longer(Found best, Found f) {
        return f != null && (best == null || f.length() > best.length()) ? f : best;
    }

    /**
     * "from 1 October 2018 to 30 April 2019", "from Dec. 5 to Jan. 20", "between 28 June and 5
     * July": two days after "from" or "between" make one interval, both ends inclusive. The first
     * day takes the second's year when it states none (the year before, when its month comes later).
     */
    private Found dayInterval(SentenceTokens s, Found f) {
        TimeValue t = f.time();
        if (t.day() == null || t.end() != null || t.month() == null || t.suffix() != null) {
            return f;
        }
        Token opener = tok(s, f.first() - 1);
        Token link = tok(s, f.last() + 1);
        if (opener == null || link == null || !(opener.is("from") || opener.is("between"))
                || !(opener.is("between") ? link.is("and") : link.is("to") || link.is("until") || link.is("till")
                        || link.is("through") || link.isDash())) {
            return f;
        }
        int j = f.last() + 2;
        Found second = dayFirst(s, j);
        if (second == null) {
            second = monthFirst(s, j, j, null);
        }
        if (second == null || second.first() != j) {
            return f;
        }
        TimeValue e = second.time();
        if (e.day() == null || e.month() == null || e.end() != null || e.suffix() != null) {
            return f;
        }
        TimeValue start = t;
        if (start.year() == null && e.year() != null) {
            start = start.withYear(start.month() > e.month() ? e.year() - 1 : e.year());
        }
        boolean sameYear = start.year() == null || e.year() == null || start.year().equals(e.year());
        if ((start.year() != null && e.year() != null && start.year() > e.year())
                || (sameYear && e.month().equals(start.month()) && e.day() < start.day())
                || (start.year() != null && e.year() != null && sameYear && e.month() < start.month())) {
            return f; // "from 4 June 2018 to 1 March 2018", "from 9 May to 2 May" are no intervals
        }
        return new Found(f.first(), second.last(), start.withEnd(e), "date.day-interval");
    }

    /**
     * "Tuesday night", "yesterday morning", "on 12 June in the evening" is left alone: a part of the
     * day right after a one-day date joins it and makes it a time ({@code 2019-06-11TNI}).
     */
    private Found withPartOfDay(SentenceTokens s, Found f) {
        Token next = tok(s, f.last() + 1);
        if (next == null || !next.isWord() || next.isCapitalized() || !f.time().oneDay() || !s.free(f.last() + 1)) {
            return f; // capitalized: "Monday Night Football"
        }
        String code = calendar.partOfDay(next.lower());
        return code == null ? f : new Found(f.first(), f.last() + 1, f.time().withPartOfDay(code), f.rule() + "+part-of-day");
    }

    /** "between late April and early May", "from March to June 2019": two months make one interval. */
    private Found monthInterval(SentenceTokens s, Found f) {
        TimeValue t = f.time();
        if (t.month() == null || t.day() != null || t.end() != null || t.suffix() != null || t.relYears() != null
                || t.anaphoric()) {
            return f;
        }
        Token link = tok(s, f.last() + 1);
        if (link == null || !(link.is("and") || link.is("to") || link.is("until") || link.is("through"))) {
            return f;
        }
        Token opener = tok(s, f.first() - 1);
        if (!(opener != null && (opener.is("between") || opener.is("from")))) {
            return f; // "April and May" alone may be two dates; "between April and May" is one stretch
        }
        int j = f.last() + 2;
        String mod = null;
        Token m = tok(s, j);
        if (m != null && (m.is("early") || m.is("mid") || m.is("late"))) {
            mod = m.lower();
            j++;
        } else if (m != null && m.is("the") && tok(s, j + 2) != null && tok(s, j + 2).is("of")) {
            mod = boundaryMod(tok(s, j + 1)); // "from mid-July until the end of August"
            if (mod != null) {
                j += 3;
            }
        }
        Integer month2 = monthAt(s, j);
        if (month2 == null) {
            return f;
        }
        int last = afterMonth(s, j) - 1;
        TimeValue end = TimeValue.ymd(null, month2, null).withMod(mod);
        int[] year = yearAt(s, last + 1);
        TimeValue start = t;
        if (year != null) {
            last = year[1];
            end = end.withYear(year[0]);
            start = t.year() == null ? t.withYear(month2 >= t.month() ? year[0] : year[0] - 1) : t;
        } else if (t.year() != null) {
            end = end.withYear(month2 >= t.month() ? t.year() : t.year() + 1);
        }
        return new Found(f.first(), last, start.withEnd(end), "date.month-interval");
    }

    /** {@code late} for "the end of", {@code early} for "the beginning/start of", {@code mid} for "the middle of". */
    private static String boundaryMod(Token t) {
        if (t == null) {
            return null;
        }
        return t.is("end") ? "late" : t.is("middle") ? "mid" : t.is("beginning") || t.is("start") ? "early" : null;
    }

    // ---- weekdays ----

    /**
     * A weekday before a date ("Sunday, 15 June", "Thu 14 Nov"), which the year must agree with; or
     * a weekday alone after a cue ("on Monday", "last Thursday") or where a bare weekday is a time
     * adverbial ("arrived Tuesday"), resolved against the document's day.
     */
    private Found weekdayForm(SentenceTokens s, int i) {
        Token t = s.get(i);
        Integer dow = t.isCapitalized() ? calendar.weekday(t.text()) : null;
        if (dow == null) {
            return null;
        }
        int j = i + 1;
        if (tok(s, j) != null && tok(s, j).isSymbol(",")) {
            j++;
        }
        Found dated = dayFirst(s, j);
        if (dated == null) {
            dated = monthFirst(s, j, j, null);
        }
        if (dated != null && dated.time().day() != null) {
            return new Found(i, dated.last(), dated.time().withWeekday(dow), dated.rule() + "+weekday");
        }
        if (!calendar.isFullWeekday(t.text())) {
            return null; // "Sun", "Sat" alone are too often something else
        }
        Token prev = tok(s, i - 1);
        if (prev != null && prev.isWord() && weekdayNames.contains(prev.lower())) {
            return null; // a name: "Black Friday", "Good Friday", "Super Tuesday", "Man Friday"
        }
        boolean cued = (prev != null && WEEKDAY_CUES.contains(prev.lower())) || isTimeOfDay(tok(s, i + 1));
        if (cued && prev != null && (prev.is("last") || prev.is("next") || prev.is("this"))) {
            int shift = prev.is("last") ? -2 : prev.is("next") ? 2 : 0;
            return new Found(i - 1, i, TimeValue.weekday(dow, shift), "date.weekday");
        }
        if (cued && prev != null && (prev.is("early") || prev.is("late"))) {
            // "late Tuesday": the modifier stays in the span, as in "late September"
            return new Found(i - 1, i, TimeValue.weekday(dow, 0).withMod(prev.lower()), "date.weekday");
        }
        if (cued) {
            return new Found(i, i, TimeValue.weekday(dow, 0), "date.weekday");
        }
        if (bareWeekdayIsDate(s, i)) {
            return new Found(i, i, TimeValue.weekday(dow, 0), "date.weekday-bare");
        }
        return null;
    }

    /**
     * "Wednesday next week", "Friday last week", "Monday this week": a weekday alone and the week
     * after it make one day of that week.
     */
    private Found ofWeek(SentenceTokens s, Found f) {
        TimeValue t = f.time();
        Token which = tok(s, f.last() + 1);
        Token week = tok(s, f.last() + 2);
        if (t.weekday() == null || t.weekdayShift() == null || t.weekdayShift() != 0 || t.mod() != null
                || f.first() != f.last() || which == null || week == null || !week.is("week")
                || !(which.is("next") || which.is("last") || which.is("this")) || !s.free(f.last() + 1) || !s.free(f.last() + 2)) {
            return f;
        }
        int offset = which.is("next") ? 1 : which.is("last") ? -1 : 0;
        return new Found(f.first(), f.last() + 2, TimeValue.weekdayOfWeek(t.weekday(), offset), f.rule() + "+week");
    }

    /**
     * "from Monday to Wednesday", "between Tuesday and Thursday next week": two weekdays after
     * "from" or "between" make one stretch of days, the end the first such day after the start.
     */
    private Found weekdayInterval(SentenceTokens s, Found f) {
        TimeValue t = f.time();
        Token opener = tok(s, f.first() - 1);
        Token link = tok(s, f.last() + 1);
        int j = f.last() + 2;
        if (t.weekday() == null || t.day() != null || t.end() != null || t.suffix() != null || opener == null || link == null
                || !(opener.is("from") || opener.is("between"))
                || !(opener.is("between") ? link.is("and") : isWeekdayRangeLink(link))
                || !weekdayAt(s, j) || !calendar.isFullWeekday(tok(s, j).text()) || !s.freeRange(f.last() + 1, j)) {
            return f;
        }
        Found second = ofWeek(s, new Found(j, j, TimeValue.weekday(calendar.weekday(tok(s, j).text()), 0), "date.weekday"));
        TimeValue start = t;
        if (second.last() > j && t.weekdayShift() != null && t.weekdayShift() == 0 && f.first() == f.last()) {
            start = TimeValue.weekdayOfWeek(t.weekday(), second.time().relWeeks()); // the week named after the second day holds both
        }
        return new Found(f.first(), second.last(), start.withEnd(TimeValue.weekday(second.time().weekday(), 0)),
                "date.weekday-interval");
    }

    /** "Tuesday night", "Friday morning"; not "Monday Night Football". */
    private static boolean isTimeOfDay(Token t) {
        return t != null && t.isWord() && !t.isCapitalized()
                && (t.is("morning") || t.is("afternoon") || t.is("evening") || t.is("night"));
    }

    /**
     * A weekday without a cue word, as US news style writes one: a time adverbial after the verb
     * or at a clause edge ("arrived Tuesday.", "said Wednesday that ...", "voted Friday to ..."),
     * a possessive ("Friday's vote"), or opening the sentence before a comma ("Tuesday, officials
     * said"). Not part of a name ("Tuesday Weld"; a name-making word before it, "Black Friday", is
     * refused earlier), a noun after a determiner ("a Tuesday", "every Friday"), the modifier of a
     * noun ("Sunday school", "Friday prayers") or a weekly schedule ("Monday to Friday").
     */
    private boolean bareWeekdayIsDate(SentenceTokens s, int i) {
        Token prev = tok(s, i - 1);
        Token next = tok(s, i + 1);
        if ((isWeekdayRangeLink(next) && weekdayAt(s, i + 2)) || (isWeekdayRangeLink(prev) && weekdayAt(s, i - 2))) {
            return false; // "open Monday to Friday": a schedule, not a day
        }
        if (prev != null && (prev.is("and") || prev.is("or") || prev.isSymbol(",")) && weekdayAt(s, i - 2)
                && !s.isClaimed(i - 2)) {
            return false; // "Easter Sunday and Monday": a list follows its first day
        }
        boolean clauseStart = prev == null || (prev.isSymbol() && (prev.isSymbol(",;:([\"“‘") || prev.isDash()));
        if (prev != null && prev.isWord()) {
            if (determiners.contains(prev.lower()) || prev.is("'s") || prev.is("’s")) {
                return false; // a thing, not a time: "a Tuesday", "every Friday", "the minister's Sunday"
            }
        }
        if (next != null && (next.is("'s") || next.is("’s"))) {
            Token owned = tok(s, i + 2);
            return owned == null || !(owned.isWord() && owned.isCapitalized()); // "Friday's vote"; not "Monday's Child"
        }
        if (clauseStart) {
            // "Tuesday, the minister said"; but "Sunday is a day of rest" may be any Sunday
            return next != null && next.isSymbol(",");
        }
        if (next == null || next.isSymbol(".,;:!?)") || (next.isDash() && next.spaceBefore())) {
            return true; // "The minister arrived Tuesday."
        }
        // "said Wednesday that ...", "voted Tuesday to ..."; but not "Sunday school", "Tuesday Weld"
        return next.isWord() && !next.isCapitalized() && functionWords.contains(next.lower());
    }

    private boolean weekdayAt(SentenceTokens s, int j) {
        Token t = tok(s, j);
        return t != null && t.isWord() && t.isCapitalized() && calendar.weekday(t.text()) != null;
    }

    private static boolean isWeekdayRangeLink(Token t) {
        return t != null && (t.isDash() || t.is("to") || t.is("through") || t.is("till") || t.is("until") || t.is("thru"));
    }

    // ---- modifiers: "the", "early", "mid-", "late" before decades, centuries, months, seasons ----

    private Found withModifier(SentenceTokens s, int i) {
        int j = i;
        boolean the = false;
        if (tok(s, j) != null && tok(s, j).is("the")) {
            the = true;
            j++;
        }
        String mod = null;
        Token t = tok(s, j);
        if (t != null && t.isWord() && (t.is("early") || t.is("mid") || t.is("late"))) {
            mod = t.lower();
            j++;
            if (tok(s, j) != null && tok(s, j).isDash() && !tok(s, j).spaceBefore()) {
                j++;
            }
        } else if (t != null && (t.is("end") || t.is("start")) && tok(s, j + 1) != null && tok(s, j + 1).isDash()
                && !tok(s, j + 1).spaceBefore() && tok(s, j + 2) != null && !tok(s, j + 2).spaceBefore()) {
            // "end-June", "end-2024", "start-2025": the end or start of, as reports abbreviate it
            mod = t.is("end") ? "late" : "early";
            j += 2;
        }
        Found decade = decade(s, j, i, mod);
        if (decade != null) {
            return decade;
        }
        Found century = century(s, j, i);
        if (century != null) {
            return century;
        }
        if (the) {
            if (mod != null) {
                return null;
            }
            Found q = quarterOrHalf(s, j, i);
            return q != null ? q : seasonForm(s, j, i, null);
        }
        if (mod == null) {
            return null;
        }
        Found month = monthFirst(s, j, i, mod);
        if (month != null) {
            return month;
        }
        if (isYear(s, j) && standaloneYear(s, j)) {
            return new Found(i, j, TimeValue.ymd(Integer.parseInt(tok(s, j).text()), null, null).withMod(mod), "date.year");
        }
        Found season = seasonForm(s, j, i, mod);
        if (season != null) {
            return season;
        }
        Token rel = tok(s, j);
        if (rel != null && (rel.is("last") || rel.is("this") || rel.is("next"))) {
            // "late last year", "early next month", "late this week"
            Found r = relative(s, j);
            if (r != null && r.first() == j) {
                return new Found(i, r.last(), r.time().withMod(mod), r.rule());
            }
        }
        return bareMonth(s, j, i, mod, true);
    }

    /** Words before a year written with an apostrophe, "in '98", "the class of '09", "since ’15". */
    private static final Set<String> SHORT_YEAR_CUES = Lexicon.words("in", "of", "since", "from", "until", "till", "by",
            "before", "after", "to", "and", "or");

    /**
     * {@code '98}, {@code ’09} after a time preposition: the year, 1930 to 2029 ("'30" to "'99" in
     * the last century, "'00" to "'29" in this one). Not a decade ("'90s") nor a closing quote.
     */
    private Found shortYear(SentenceTokens s, int i) {
        Token mark = tok(s, i);
        Token digits = tok(s, i + 1);
        Token prev = tok(s, i - 1);
        Token after = tok(s, i + 2);
        if (mark == null || !mark.isSymbol("'’") || !mark.spaceBefore() || digits == null || !digits.isNumber()
                || digits.spaceBefore() || digits.text().length() != 2 || !allDigits(digits.text()) || prev == null
                || !SHORT_YEAR_CUES.contains(prev.lower()) || (after != null && !after.spaceBefore() && after.isWord())) {
            return null;
        }
        if (after != null && (after.isSymbol("%") || (after.isWord() && (nouns.isPluralNoun(after) || after.is("percent")
                || after.is("per"))))) {
            return null; // "and '98 percent'", "'25 people'": a quoted figure
        }
        int yy = Integer.parseInt(digits.text());
        return new Found(i, i + 1, TimeValue.ymd(yy < 30 ? 2000 + yy : 1900 + yy, null, null), "date.short-year");
    }

    /** {@code 1970s}, {@code 90s}, {@code '90s}: a decade, TIMEX3 {@code 197X}. */
    private Found decade(SentenceTokens s, int j, int first, String mod) {
        int k = j;
        if (tok(s, k) != null && tok(s, k).isSymbol("'’") && tok(s, k + 1) != null && tok(s, k + 1).isNumber()) {
            k++;
        }
        Token n = tok(s, k);
        Token suffix = tok(s, k + 1);
        if (n == null || !n.isNumber() || suffix == null || suffix.spaceBefore() || !suffix.text().equals("s")) {
            return null;
        }
        String d = n.text();
        String value;
        if (d.length() == 4 && d.endsWith("0") && allDigits(d)) {
            value = d.substring(0, 3) + "X";
        } else if (d.length() == 2 && d.endsWith("0") && allDigits(d)) {
            int tens = Integer.parseInt(d);
            value = (tens <= 10 ? "20" : "19") + d.charAt(0) + "X";
        } else {
            return null;
        }
        return new Found(first, k + 1, TimeValue.fixed(value).withMod(mod), "date.decade");
    }

    /** {@code the 21st century}, {@code the nineteenth century}: TIMEX3 century {@code 20}, {@code 18}. */
    private Found century(SentenceTokens s, int j, int first) {
        Token t = tok(s, j);
        if (t == null) {
            return null;
        }
        Integer n = null;
        int k = j;
        if (t.isNumber() && t.text().length() <= 2 && tok(s, j + 1) != null && DAY_SUFFIXES.contains(tok(s, j + 1).lower())) {
            n = Integer.valueOf(t.text());
            k = j + 1;
        } else if (t.isWord()) {
            n = calendar.ordinal(t.lower());
            if (n == null && tok(s, j + 2) != null && tok(s, j + 1).isDash()) {
                n = calendar.ordinal(t.lower() + "-" + tok(s, j + 2).lower());
                k = j + 2;
            }
        }
        if (n == null || n < 1 || tok(s, k + 1) == null || !tok(s, k + 1).is("century")) {
            return null;
        }
        return new Found(first, k + 1, TimeValue.fixed(TimeValue.pad(n - 1, 2)), "date.century");
    }

    // ---- month-based forms ----

    private Integer monthAt(SentenceTokens s, int j) {
        Token t = tok(s, j);
        if (t == null || !t.isWord() || !t.isCapitalized()) {
            return null;
        }
        return calendar.month(t.text());
    }

    /** Index after a month token and an abbreviation's dot ("Sept."). */
    private int afterMonth(SentenceTokens s, int j) {
        Token dot = tok(s, j + 1);
        if (dot != null && dot.isSymbol(".") && !dot.spaceBefore() && calendar.isAbbreviation(tok(s, j).text())
                && j + 2 < s.size()) {
            return j + 2;
        }
        return j + 1;
    }

    /**
     * {@code November 13–15, 2018}, {@code June 7, 2018}, {@code April 8 to 10}, {@code March 19},
     * {@code May 2017}, {@code October of 1991}, {@code December of that same year},
     * {@code January–September 2019}; and a bare month with a cue.
     */
    private Found monthFirst(SentenceTokens s, int j, int first, String mod) {
        Integer m = monthAt(s, j);
        if (m == null) {
            return null;
        }
        int k = afterMonth(s, j);
        int[] day = dayAt(s, k);
        if (day != null) {
            TimeValue tv = TimeValue.ymd(null, m, day[0]).withMod(mod);
            int last = day[1];
            int[] day2 = null;
            Integer m2 = isRangeLink(s, last + 1) ? monthAt(s, last + 2) : null;
            if (m2 != null && m2 > m) {
                int[] d2 = dayAt(s, afterMonth(s, last + 2));
                if (d2 != null) {
                    int end = d2[1];
                    TimeValue tv2 = TimeValue.ymd(null, m2, d2[0]);
                    int[] year = yearAfterComma(s, end + 1);
                    if (year != null) {
                        tv = tv.withYear(year[0]);
                        tv2 = tv2.withYear(year[0]);
                        end = year[1];
                    }
                    return new Found(first, end, tv.withEnd(tv2), "date.month-day-range");
                }
            }
            if (isRangeLink(s, last + 1)) {
                day2 = dayAt(s, last + 2);
                if (day2 != null && day2[0] > day[0]) {
                    last = day2[1];
                } else {
                    day2 = null;
                }
            }
            return withYearAndEnd(s, first, last, tv, m, day2, "date.month-day-range", "date.month-day");
        }
        // month range: January–September 2019
        if (isRangeLink(s, k)) {
            Integer m2 = monthAt(s, k + 1);
            if (m2 != null && m2 > m) {
                int k2 = afterMonth(s, k + 1);
                int[] year = yearAt(s, k2);
                if (year != null) {
                    return new Found(first, year[1], TimeValue.ymd(year[0], m, null).withEnd(TimeValue.ymd(year[0], m2, null)),
                            "date.month-range-year");
                }
                if (tok(s, k).isDash() && !tok(s, k).spaceBefore() && !tok(s, k + 1).spaceBefore()) {
                    // "April–June": a range of months in the document's year
                    return new Found(first, k2 - 1, TimeValue.ymd(null, m, null).withEnd(TimeValue.ymd(null, m2, null)),
                            "date.month-range");
                }
            }
        }
        int k2 = k;
        if (tok(s, k2) != null && tok(s, k2).is("of")) {
            k2++;
        } else if (tok(s, k2) != null && tok(s, k2).isSymbol(",")) {
            k2++;
        }
        int[] year = yearAt(s, k2);
        if (year != null) {
            return new Found(first, year[1], TimeValue.ymd(year[0], m, null).withMod(mod), "date.month-year");
        }
        // December of that same year
        if (tok(s, k) != null && tok(s, k).is("of")) {
            int[] same = sameYear(s, k + 1);
            if (same != null) {
                return new Found(first, same[0], new TimeValue(null, m, null, null, null, same[1] == 0 ? null : same[1], null,
                        true, null, mod), "date.month-of-that-year");
            }
        }
        if (mod != null) {
            return null; // handled by bareMonth with the modifier in the span
        }
        return bareMonth(s, j, first, null, false);
    }

    /** A month alone: needs a cue before it ("in February", "this November", "early September"). */
    private Found bareMonth(SentenceTokens s, int j, int first, String mod, boolean hasModifier) {
        Integer m = monthAt(s, j);
        if (m == null) {
            return null;
        }
        Token name = tok(s, j);
        Token prev = tok(s, first - 1);
        int spanFirst = first;
        Integer rel = null;
        if (!hasModifier && prev != null && (prev.is("this") || prev.is("last") || prev.is("next"))) {
            spanFirst = first - 1;
            rel = prev.is("this") ? 0 : prev.is("last") ? -1 : 1;
            prev = tok(s, first - 2);
        }
        boolean cued = hasModifier || rel != null || (prev != null && CUES.contains(prev.lower()));
        if (!cued && prev != null && prev.isSymbol(",") && tok(s, first - 2) != null
                && calendar.month(tok(s, first - 2).text()) != null) {
            cued = true; // "in May, June and July": a list of months after one cued
        }
        if (!cued && prev != null && prev.isWord() && (prev.lower().endsWith("est") || prev.is("worst"))
                && prev.lower().length() > 4 && tok(s, first - 2) != null && tok(s, first - 2).is("the")
                && !calendar.needsCue(name.text())) {
            cued = true; // "the worst September since records began", "the wettest June": a month ranked
        }
        if (!cued) {
            // a month opening a sentence stands alone only as a time ("February was cold", "June, ..."),
            // not as a modifier ("December corn futures rose")
            Token after = tok(s, j + 1);
            boolean rowLabel = first == 0 && after != null && after.isSymbol("|"); // "March | 1,500,000 | +16%": a table row's label
            if (!rowLabel && (calendar.needsCue(name.text()) || first != 0 || after == null
                    || !(after.isSymbol(",") || SENTENCE_START_VERBS.contains(after.lower())))) {
                return null;
            }
        }
        // "May" and "March" are verbs and nouns too: "in March" yes, "the March of progress" no
        if (calendar.needsCue(name.text()) && prev != null && prev.is("the")) {
            return null;
        }
        Token next = tok(s, j + 1);
        if (next != null && next.isWord() && next.isCapitalized() && !next.spaceBefore()) {
            return null;
        }
        int last = afterMonth(s, j) - 1;
        TimeValue tv = TimeValue.ymd(null, m, null).withMod(mod);
        if (rel != null) {
            tv = new TimeValue(null, m, null, null, null, rel, null, false, null, mod);
        }
        return new Found(spanFirst, last, tv, rel != null ? "date.relative-month" : "date.month");
    }

    /** {@code 13 November 2018}, {@code 23–24 October}, {@code 13 to 15 July}, {@code 5th of May}. */
    private Found dayFirst(SentenceTokens s, int i) {
        int[] day = dayAt(s, i);
        if (day == null || !s.free(i)) {
            return null;
        }
        int k = day[1] + 1;
        int[] day2 = null;
        if (isRangeLink(s, k)) {
            day2 = dayAt(s, k + 1);
            if (day2 == null || day2[0] <= day[0]) {
                return null;
            }
            k = day2[1] + 1;
        }
        if (tok(s, k) != null && tok(s, k).is("of")) {
            k++;
        }
        Integer m = monthAt(s, k);
        if (m == null) {
            return null;
        }
        int last = afterMonth(s, k) - 1;
        return withYearAndEnd(s, i, last, TimeValue.ymd(null, m, day[0]), m, day2, "date.day-range-month", "date.day-month");
    }

    /** A day date with the year that may follow it ("June 7, 2018") and the end day of its range, if any. */
    private Found withYearAndEnd(SentenceTokens s, int first, int last, TimeValue tv, int month, int[] day2,
                                 String rangeRule, String dayRule) {
        int[] year = yearAfterComma(s, last + 1);
        if (year != null) {
            tv = tv.withYear(year[0]);
            last = year[1];
        }
        if (day2 != null) {
            tv = tv.withEnd(TimeValue.ymd(tv.year(), month, day2[0]));
        }
        return new Found(first, last, tv, day2 != null ? rangeRule : dayRule);
    }

    /** {@code 13.11.2018}, {@code 2018-11-13}, {@code 13/11/2018}. */
    private Found numericDate(SentenceTokens s, int i) {
        Token t = tok(s, i);
        if (t == null || !t.isNumber()) {
            return null;
        }
        String x = t.text();
        // 8 to 10 chars with a dot, as the pattern needs: most numbers are spared a matcher
        if (x.length() >= 8 && x.length() <= 10 && x.indexOf('.') > 0 && DOTTED_DATE.matcher(x).matches()) {
            String[] p = x.split("\\.");
            return dmy(i, i, Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), "date.numeric-dmy");
        }
        // 2018-11-13: year, dash, month, dash, day, all glued
        if (x.length() == 4 && allDigits(x) && glued(s, i + 1, i + 4) && tok(s, i + 1).isSymbol("-") && tok(s, i + 3).isSymbol("-")
                && isDigits(tok(s, i + 2), 2) && isDigits(tok(s, i + 4), 2)) {
            return dmy(i, i + 4, Integer.parseInt(tok(s, i + 4).text()), Integer.parseInt(tok(s, i + 2).text()),
                    Integer.parseInt(x), "date.iso");
        }
        // 13/11/2018 or 11/13/2018: day first unless that is impossible
        if (x.length() <= 2 && allDigits(x) && glued(s, i + 1, i + 4) && tok(s, i + 1).isSymbol("/") && tok(s, i + 3).isSymbol("/")
                && isDigits(tok(s, i + 2), 1, 2) && isDigits(tok(s, i + 4), 4)) {
            int a = Integer.parseInt(x);
            int b = Integer.parseInt(tok(s, i + 2).text());
            int y = Integer.parseInt(tok(s, i + 4).text());
            return b > 12 ? dmy(i, i + 4, b, a, y, "date.numeric-mdy") : dmy(i, i + 4, a, b, y, "date.numeric-dmy");
        }
        return null;
    }

    private static Found dmy(int first, int last, int d, int m, int y, String rule) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2199) {
            return null;
        }
        return new Found(first, last, TimeValue.ymd(y, m, d), rule);
    }

    // ---- years ----

    /** A year alone, a year range ({@code 2014–2017}, {@code 2012–13}, {@code 2003 and 2008} after "between"). */
    private Found yearForm(SentenceTokens s, int i) {
        if (!isYear(s, i)) {
            return null;
        }
        int y = Integer.parseInt(tok(s, i).text());
        Token prev = tok(s, i - 1);
        // 2014–2017, 2012–13, 2019/20: glued range
        if (tok(s, i + 1) != null && (tok(s, i + 1).isDash() || tok(s, i + 1).isSymbol("/"))
                && !tok(s, i + 1).spaceBefore() && tok(s, i + 2) != null && !tok(s, i + 2).spaceBefore()
                && tok(s, i + 2).isNumber()) {
            Integer y2 = secondYear(y, tok(s, i + 2).text());
            if (y2 != null && !gluedWordAfter(s, i + 2)) {
                return new Found(i, i + 2, TimeValue.ymd(y, null, null).withEnd(TimeValue.ymd(y2, null, null)), "date.year-range");
            }
        }
        // between 2003 and 2008, from 1999 to 2012: the preposition stays outside the span
        if (prev != null && (prev.is("between") || prev.is("from")) && tok(s, i + 1) != null) {
            Token link = tok(s, i + 1);
            boolean ok = prev.is("between") ? link.is("and")
                    : link.is("to") || link.is("until") || link.is("till") || link.is("through") || link.isDash();
            if (ok && isYear(s, i + 2)) {
                int y2 = Integer.parseInt(tok(s, i + 2).text());
                if (y2 > y) {
                    return new Found(i, i + 2, TimeValue.ymd(y, null, null).withEnd(TimeValue.ymd(y2, null, null)),
                            "date.year-range-words");
                }
            }
        }
        if (!standaloneYear(s, i)) {
            return null;
        }
        return new Found(i, i, TimeValue.ymd(y, null, null), "date.year");
    }

    /**
     * A fiscal or financial year ({@code fiscal-years.tsv}): {@code FY2019/20}, {@code FY 2019},
     * {@code FY19}, {@code fiscal 2019}, {@code fiscal year 2019-20}, {@code the 2019/20 financial
     * year}. The value is the year or split year written ({@code 2019}, {@code 2019/2020}); the span
     * covers the fiscal words, and a leading "the" when the phrase ends in its noun ("the 2019 fiscal
     * year", "the fiscal year 2019"; not "the fiscal 2019 budget").
     */
    private Found fiscalYear(SentenceTokens s, int i) {
        int first = i;
        if (tok(s, i) != null && tok(s, i).is("the")) {
            i++;
        }
        int words = calendar.fiscalBeforeYear(s.tokens(), i);
        if (words >= 0) {
            Token year = tok(s, words + 1);
            if (year == null) {
                return null; // the sentence ends with the fiscal words
            }
            // "FY19" is only read glued: a two-digit year needs the prefix to be a year at all
            boolean shortYear = tok(s, i).text().equals("FY") && !year.spaceBefore();
            int[] spec = fiscalYearSpec(s, words + 1, shortYear);
            if (spec == null) {
                return null;
            }
            boolean nounLast = tok(s, words).is("year");
            return new Found(nounLast ? first : i, spec[2], fiscalValue(spec), "date.fiscal-year");
        }
        int[] spec = fiscalYearSpec(s, i, false);
        int after = spec == null ? -1 : calendar.fiscalAfterYear(s.tokens(), spec[2] + 1);
        if (after < 0) {
            return relativeFiscalYear(s, first);
        }
        return new Found(first, after, fiscalValue(spec), "date.fiscal-year");
    }

    /** How many fiscal years from the document's a word counts, with "the" before it and without. */
    private static final Map<String, Integer> FISCAL_STEPS_AFTER_THE = Lexicon.lookup(Map.of(
            "current", 0, "previous", -1, "last", -1, "past", -1, "next", 1, "coming", 1));
    private static final Map<String, Integer> FISCAL_STEPS = Lexicon.lookup(Map.of(
            "this", 0, "current", 0, "last", -1, "next", 1));

    /**
     * "this financial year", "last fiscal year", "the current financial year": the fiscal year so
     * many from the document's, written as its year as "fiscal 2024" is.
     */
    private Found relativeFiscalYear(SentenceTokens s, int first) {
        Token t = tok(s, first);
        boolean the = t != null && t.is("the");
        Token step = tok(s, the ? first + 1 : first);
        Integer offset = step == null || !step.isWord() ? null
                : (the ? FISCAL_STEPS_AFTER_THE : FISCAL_STEPS).get(step.lower());
        if (offset == null) {
            return null;
        }
        int last = calendar.fiscalAfterYear(s.tokens(), (the ? first + 1 : first) + 1);
        if (last < 0) {
            return null;
        }
        return new Found(first, last, TimeValue.relativeYear(offset), "date.relative-fiscal-year");
    }

    /**
     * A year, or a split year glued with a slash or dash ({@code 2019/20}, {@code 2019-2020}), at j:
     * {start year, end year or 0, last token}; or null. With {@code shortYear}, two digits are a
     * year of this century ({@code FY19}).
     */
    private int[] fiscalYearSpec(SentenceTokens s, int j, boolean shortYear) {
        Token t = tok(s, j);
        if (t == null || !t.isNumber() || !allDigits(t.text()) || !s.free(j)) {
            return null;
        }
        int y;
        if (t.text().length() == 4) {
            y = Integer.parseInt(t.text());
            if (y < 1900 || y > 2099) {
                return null;
            }
        } else if (shortYear && t.text().length() == 2) {
            y = 2000 + Integer.parseInt(t.text());
        } else {
            return null;
        }
        Token link = tok(s, j + 1);
        Token end = tok(s, j + 2);
        if (link != null && (link.isDash() || link.isSymbol("/")) && !link.spaceBefore() && end != null
                && !end.spaceBefore() && end.isNumber()) {
            Integer y2 = secondYear(y, end.text());
            if (y2 != null && y2 == y + 1 && !gluedWordAfter(s, j + 2)) {
                return new int[] {y, y2, j + 2};
            }
            return null;
        }
        if (gluedWordAfter(s, j)) {
            return null;
        }
        return new int[] {y, 0, j};
    }

    private static TimeValue fiscalValue(int[] spec) {
        TimeValue start = TimeValue.ymd(spec[0], null, null);
        return spec[1] == 0 ? start : start.withEnd(TimeValue.ymd(spec[1], null, null));
    }

    private static Integer secondYear(int y, String t) {
        if (t.length() == 4 && allDigits(t)) {
            int y2 = Integer.parseInt(t);
            return y2 > y && y2 - y <= 100 ? y2 : null;
        }
        if (t.length() == 2 && allDigits(t)) {
            int y2 = y / 100 * 100 + Integer.parseInt(t);
            return y2 > y ? y2 : null;
        }
        return null;
    }

    /** A four-digit token in the range of years, not glued to letters or other numbers. */
    private boolean isYear(SentenceTokens s, int i) {
        Token t = tok(s, i);
        if (t == null || !t.isNumber() || t.text().length() != 4 || !allDigits(t.text()) || !s.free(i)) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        if (y < 1000 || y > 2099) {
            return false;
        }
        Token prev = tok(s, i - 1);
        if (y < 1800 && (prev == null || !(prev.is("in") || prev.is("since") || prev.is("of") || prev.is("from")))) {
            return false;
        }
        if (prev != null && !t.spaceBefore()) {
            if (prev.isWord() || prev.isNumber() || prev.isSymbol("$€£¥₽₹#№+:.,")) {
                return false; // S2018, $2018, 10:2018, 1.2018
            }
            Token before = tok(s, i - 2);
            if (prev.isDash() && before != null && !prev.spaceBefore() && (before.isWord() || before.isNumber())
                    && !(before.isNumber() && before.text().length() == 4)
                    && !(before.is("mid") || before.is("early") || before.is("late") || before.is("end") || before.is("start"))) {
                return false; // Mi-2018 style designations (a year range is read elsewhere)
            }
        }
        Token next = tok(s, i + 1);
        boolean prevGluedToWord = prev != null && !prev.spaceBefore() && tok(s, i - 2) != null && tok(s, i - 2).isWord();
        if ((prev != null && prev.isNumber() && !prevGluedToWord
                && !(prev.text().length() <= 2 && tok(s, i - 2) != null && calendar.month(tok(s, i - 2).text()) != null))
                || (next != null && next.isNumber() && !(next.spaceBefore() && isClockTime(s, i + 1)))) {
            return false; // "+44 20 2019 0500": a phone number, not a year; but "12 May 2023 09.30 BST"
        }
        if (next != null && !next.spaceBefore()) {
            if (next.isWord() && !next.text().equals("s") && !next.is("'s") && !next.is("’s")) {
                return false; // 2019nCoV; but "2019's budget" is the year's
            }
            if (next.isSymbol(":") && tok(s, i + 2) != null && tok(s, i + 2).spaceBefore()) {
                return true; // "(2023: $4.5bn)", "2019: a year of records": a label, not "2019:30"
            }
            if (next.isSymbol("%:") || next.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** A time of day at token j: "09.30", "9:30", "23:05" (hours to 23, minutes to 59). */
    private static boolean isClockTime(SentenceTokens s, int j) {
        Token t = tok(s, j);
        String x = t.text();
        int dot = x.indexOf('.');
        if (dot > 0) {
            return x.length() - dot == 3 && dot <= 2 && allDigits(x.substring(0, dot)) && allDigits(x.substring(dot + 1))
                    && clock(Integer.parseInt(x.substring(0, dot)), Integer.parseInt(x.substring(dot + 1)));
        }
        Token colon = tok(s, j + 1);
        Token minutes = tok(s, j + 2);
        return x.length() <= 2 && allDigits(x) && colon != null && colon.isSymbol(":") && !colon.spaceBefore()
                && minutes != null && !minutes.spaceBefore() && minutes.text().length() == 2 && allDigits(minutes.text())
                && clock(Integer.parseInt(x), Integer.parseInt(minutes.text()));
    }

    private static boolean clock(int hours, int minutes) {
        return hours <= 23 && minutes <= 59;
    }

    private boolean gluedWordAfter(SentenceTokens s, int i) {
        Token next = tok(s, i + 1);
        return next != null && !next.spaceBefore() && (next.isWord() || next.isNumber());
    }

    /** The extra guards for a year standing alone: not a name, designator, amount or count. */
    private boolean standaloneYear(SentenceTokens s, int i) {
        Token prev = tok(s, i - 1);
        Token next = tok(s, i + 1);
        if (next != null && !next.spaceBefore() && next.text().equals("s")) {
            return false; // a decade, read elsewhere
        }
        if (prev != null && prev.isWord()) {
            if (DESIGNATORS.contains(prev.lower())) {
                return false; // Vision 2030, Article 2018, No. 2019
            }
            if (prev.isCapitalized() && calendar.month(prev.text()) == null && !functionWords.contains(prev.lower())
                    && !CUES.contains(prev.lower())) {
                return false; // a name: Workshop 2019, Expo 2020
            }
        }
        if (prev != null && prev.isSymbol("$€£¥₽₹#№")) {
            return false;
        }
        if (currencies.marks.matchEndingAt(s.tokens(), i - 1) != null) {
            return false; // an amount after any sign or code of the table: ₩2019, Rs. 1999
        }
        boolean cued = prev != null && CUES.contains(prev.lower());
        if (!cued && next != null && next.spaceBefore() && !(tok(s, i + 2) != null && tok(s, i + 2).isNumber())) {
            dev.factx.normalize.PhraseTable.Match<Currencies.Currency> code = currencies.marks.matchAt(s.tokens(), i + 1);
            if (code != null && code.value().isCode()) {
                return false; // worth 2004 USD; but "in 2019 USD ..." and "2019 USD 5 billion" keep the year
            }
        }
        if (next != null && next.isWord()) {
            if (numbers.scaleWord(next) != null || next.is("percent") || next.is("per")) {
                return false;
            }
            if (!cued && !next.isCapitalized() && nouns.isPluralNoun(next) && !yearLabelNouns.contains(next.lower())) {
                return false; // 2000 people; but "below 2019 levels"
            }
        }
        if (next != null && next.isSymbol("%")) {
            return false;
        }
        return true;
    }

    // ---- relative dates ----

    /**
     * {@code last year}, {@code this year}, {@code next year}, {@code last month}, {@code two years ago},
     * {@code that same year}, {@code the same year}, {@code the following year}, {@code the previous year}.
     */
    private Found relative(SentenceTokens s, int i) {
        Token t = tok(s, i);
        if (t == null || !(t.isWord() || t.isNumber())) {
            return null; // every form below starts with a word ("last", "the", "a") or a count ("two years ago")
        }
        if (t.isNumber()) {
            return countAgo(s, i, t); // the only form that starts with digits
        }
        Token n1 = tok(s, i + 1);
        if (n1 == null) {
            n1 = new Token(t.end(), t.end(), Token.Type.SYMBOL, "", true); // end of sentence
        }
        Token prev = tok(s, i - 1);
        if ((t.is("last") || t.is("this") || t.is("next")) && (n1.is("year") || n1.is("month"))) {
            if (prev != null && (prev.is("the") || prev.is("every") || prev.is("each"))) {
                return null; // "over the last year" is a duration
            }
            int off = t.is("last") ? -1 : t.is("this") ? 0 : 1;
            TimeValue tv = n1.is("year") ? TimeValue.relativeYear(off) : TimeValue.relativeMonth(off);
            return new Found(i, i + 1, tv, "date.relative-" + n1.lower());
        }
        // "the year before last", "the year after next"
        if (t.is("the") && n1.is("year") && tok(s, i + 2) != null && tok(s, i + 3) != null
                && ((tok(s, i + 2).is("before") && tok(s, i + 3).is("last")) || (tok(s, i + 2).is("after") && tok(s, i + 3).is("next")))) {
            return new Found(i, i + 3, TimeValue.relativeYear(tok(s, i + 2).is("before") ? -2 : 2), "date.relative-year");
        }
        int[] same = sameYear(s, i);
        if (same != null) {
            return new Found(i, same[0], anaphoricYear(same[1]), "date.anaphoric-year");
        }
        Found anchored = anchored(s, i);
        if (anchored != null) {
            return anchored;
        }
        Found ago = countAgo(s, i, t);
        if (ago != null) {
            return ago;
        }
        // "the end of the year", "the beginning of next year": the year, with a modifier
        if (t.is("the") && (n1.is("end") || n1.is("beginning") || n1.is("start") || n1.is("middle"))
                && tok(s, i + 2) != null && tok(s, i + 2).is("of") && tok(s, i + 3) != null) {
            String mod = n1.is("end") ? "late" : n1.is("middle") ? "mid" : "early";
            Token y1 = tok(s, i + 3);
            Token y2 = tok(s, i + 4);
            if (y1.is("the") && y2 != null && y2.is("year")) {
                return new Found(i, i + 4, TimeValue.relativeYear(0).withMod(mod), "date.year-part");
            }
            if ((y1.is("this") || y1.is("next") || y1.is("last")) && y2 != null && y2.is("year")) {
                int off = y1.is("this") ? 0 : y1.is("last") ? -1 : 1;
                return new Found(i, i + 4, TimeValue.relativeYear(off).withMod(mod), "date.year-part");
            }
            if ((y1.is("this") || y1.is("next") || y1.is("last")) && y2 != null && y2.is("month")) {
                int off = y1.is("this") ? 0 : y1.is("last") ? -1 : 1;
                return new Found(i, i + 4, TimeValue.relativeMonth(off).withMod(mod), "date.month-part");
            }
            if (isYear(s, i + 3)) {
                return new Found(i, i + 3, TimeValue.ymd(Integer.parseInt(y1.text()), null, null).withMod(mod), "date.year-part");
            }
            // "the end of August", "the beginning of March 2020": the month, with a modifier
            Found month = monthFirst(s, i + 3, i, mod);
            if (month == null && monthAt(s, i + 3) != null) {
                month = bareMonth(s, i + 3, i, mod, true);
            }
            if (month != null && month.time().day() == null) {
                return month;
            }
        }
        if (t.is("yesterday") || t.is("today") || t.is("tomorrow")) {
            if (t.is("today") && (n1.is("'s") || n1.is("’s"))) {
                return null; // "today's climate" means the present, not a day
            }
            int off = t.is("yesterday") ? -1 : t.is("today") ? 0 : 1;
            return new Found(i, i, TimeValue.relativeDay(off), "date.relative-day");
        }
        // "the evening of 3 June", "the morning of Tuesday": that day at that part
        if (t.is("the") && calendar.partOfDay(n1.lower()) != null && tok(s, i + 2) != null && tok(s, i + 2).is("of")) {
            Found day = weekdayForm(s, i + 3);
            if (day == null) {
                day = dayFirst(s, i + 3);
            }
            if (day == null) {
                day = monthFirst(s, i + 3, i + 3, null);
            }
            if (day != null && day.first() == i + 3 && day.time().oneDay()) {
                return new Found(i, day.last(), day.time().withPartOfDay(calendar.partOfDay(n1.lower())),
                        day.rule() + "+part-of-day");
            }
        }
        // "this morning", "last night", "tonight": the document's day, or the day before, at that part
        if (t.is("tonight")) {
            return new Found(i, i, TimeValue.relativeDay(0).withPartOfDay("NI"), "date.part-of-day");
        }
        String part = calendar.partOfDay(n1.lower());
        if (part != null && !n1.is("overnight") && (t.is("this") || (t.is("last") && n1.is("night")))
                && !(prev != null && (prev.is("the") || prev.is("every") || prev.is("each")))) {
            return new Found(i, i + 1, TimeValue.relativeDay(t.is("last") ? -1 : 0).withPartOfDay(part), "date.part-of-day");
        }
        if ((t.is("last") || t.is("this") || t.is("next") || t.is("current")) && n1.is("quarter")
                && !(prev != null && prev.is("the") && !t.is("current"))) {
            int off = t.is("last") ? -1 : t.is("next") ? 1 : 0;
            int from = t.is("current") && prev != null && prev.is("the") ? i - 1 : i;
            return new Found(from, i + 1, TimeValue.relativeQuarter(off), "date.relative-quarter");
        }
        if ((t.is("last") || t.is("this") || t.is("next")) && n1.is("week") && !(prev != null && prev.is("the"))) {
            int off = t.is("last") ? -1 : t.is("this") ? 0 : 1;
            return new Found(i, i + 1, TimeValue.relativeWeek(off), "date.relative-week");
        }
        // "last weekend", "this weekend", "next weekend", "this past weekend"; not "the last weekend of May"
        if ((t.is("last") || t.is("this") || t.is("next")) && !(prev != null && prev.is("the"))) {
            boolean past = t.is("this") && n1.is("past");
            Token unit = past ? tok(s, i + 2) : n1;
            if (unit != null && unit.is("weekend")) {
                int off = t.is("last") || past ? -1 : t.is("this") ? 0 : 1;
                return new Found(i, past ? i + 2 : i + 1, TimeValue.relativeWeekend(off), "date.relative-weekend");
            }
        }
        if (t.is("a") || t.is("an")) {
            return ago(s, i, i + 1, 1); // "a year ago", "a week ago"
        }
        return null;
    }

    /** Two years ago, three weeks ago, 10 days ago: a count at {@code i}, then a unit and "ago". */
    private Found countAgo(SentenceTokens s, int i, Token t) {
        NumberPhrase n = t.isNumber() || numbers.isNumberWord(t.lower()) ? s.number(numbers, i) : null;
        if (n != null && !n.vague() && n.value().scale() <= 0 && n.value().signum() > 0) {
            return ago(s, i, n.last() + 1, n.value().intValue());
        }
        return null;
    }

    /**
     * {@code N years ago}, {@code N months ago}, {@code N weeks ago}, {@code N days ago}, the unit at
     * {@code unit}: a date that many steps before the document's, at the unit's granularity
     * ({@code 2017}, {@code 2019-03}, {@code 2019-W22}, {@code 2019-06-12}). Hours and minutes ago
     * are times or page stamps ("54 mins ago"), not dates.
     */
    private Found ago(SentenceTokens s, int first, int unit, int count) {
        Token u = tok(s, unit);
        Token ago = tok(s, unit + 1);
        if (u == null || ago == null || !ago.is("ago") || !u.isWord()) {
            return null;
        }
        String step = calendar.step(u.lower());
        Integer years = calendar.yearsPer(u.lower());
        if (step == null && years != null) {
            // "a decade ago" is the year ten years back, as TIMEX3 writes it
            return new Found(first, unit + 1, TimeValue.relativeYear(-count * years), "date.years-ago");
        }
        Integer weeks = calendar.weeksPer(u.lower());
        if (step == null && weeks != null) {
            return new Found(first, unit + 1, TimeValue.relativeWeek(-count * weeks), "date.weeks-ago"); // "a fortnight ago"
        }
        if (step == null) {
            return null;
        }
        TimeValue tv = switch (step) {
            case "year" -> TimeValue.relativeYear(-count);
            case "month" -> TimeValue.relativeMonth(-count);
            case "week" -> TimeValue.relativeWeek(-count);
            case "day" -> TimeValue.relativeDay(-count);
            default -> null;
        };
        return tv == null ? null : new Found(first, unit + 1, tv, "date." + step + "s-ago");
    }

    /** The year last mentioned ({@code offset} 0), or the one after (1) or before (-1) it. */
    private static TimeValue anaphoricYear(int offset) {
        return offset == 0 ? TimeValue.sameYear() : new TimeValue(null, null, null, null, null, offset, null, true, null, null);
    }

    /**
     * {@code that same year}, {@code that year}, {@code the same year}, {@code the following year},
     * {@code the previous year} starting at j: returns {last token, year offset}, or null.
     */
    private int[] sameYear(SentenceTokens s, int j) {
        Token a = tok(s, j);
        Token b = tok(s, j + 1);
        Token c = tok(s, j + 2);
        if (a == null || b == null) {
            return null;
        }
        if (a.is("that") && b.is("year")) {
            return new int[] {j + 1, 0};
        }
        if (a.is("the") && b.is("year") && c != null && c.isWord() && anchorAfterUnit.containsKey(c.lower())
                && atClauseEdge(tok(s, j + 3))) {
            // "up from $4bn the year before": the year before the one last mentioned, as "the day
            // before" is; "the year before the vote" counts from the vote, and is left alone
            return new int[] {j + 2, anchorAfterUnit.get(c.lower())};
        }
        if (c == null || !c.is("year")) {
            return null;
        }
        Integer offset = anchorOffset(s, j);
        return offset == null ? null : new int[] {j + 2, offset};
    }

    /**
     * The offset of "the following", "the previous", "the same", "that same" at j, before a unit
     * of time; null for anything else, and for "the next" after a word that opens a stretch of time
     * ("over the next year", "within the next month": from now on, not a date).
     */
    private Integer anchorOffset(SentenceTokens s, int j) {
        Token a = tok(s, j);
        Token b = tok(s, j + 1);
        Integer offset = a == null || b == null ? null : anchorBeforeUnit.get(b.lower());
        if (offset == null || !(a.is("the") || (a.is("that") && offset == 0))) {
            return null;
        }
        Token before = tok(s, j - 1);
        if (b.is("next") && before != null && windowWords.contains(before.lower())) {
            return null;
        }
        return offset;
    }

    /**
     * A day, week or month counted from the date last mentioned: {@code the following day},
     * {@code the previous week}, {@code the same month}, {@code that same day}, {@code the day
     * before} (at a clause edge; "the day before the vote" counts from the vote); and
     * {@code the day before yesterday}, {@code the day after tomorrow} from the document's day.
     */
    private Found anchored(SentenceTokens s, int i) {
        Token a = tok(s, i);
        Token b = tok(s, i + 1);
        Token c = tok(s, i + 2);
        if (a == null || b == null || c == null || !c.isWord()) {
            return null;
        }
        if (!a.is("the") && !a.is("that")) {
            return null; // every form below starts with one of them
        }
        Token after = tok(s, i + 3);
        if (a.is("the") && (b.is("day") || b.is("week") || b.is("month")) && anchorAfterUnit.containsKey(c.lower())) {
            // "the day before,", "compared with 73.0% the month before."
            int offset = anchorAfterUnit.get(c.lower());
            if (b.is("day") && after != null && (after.is("yesterday") || after.is("tomorrow"))) {
                return after.is("yesterday") == offset < 0
                        ? new Found(i, i + 3, TimeValue.relativeDay(2 * offset), "date.relative-day") : null;
            }
            return atClauseEdge(after) ? new Found(i, i + 2, TimeValue.anchored(b.lower(), offset), "date.anchored-" + b.lower()) : null;
        }
        String step = calendar.step(c.lower());
        if (step == null || !c.is(step) || !(step.equals("day") || step.equals("week") || step.equals("month"))) {
            return null; // a singular day, week or month; years are read by sameYear
        }
        Integer offset = anchorOffset(s, i);
        if (offset == null || (after != null && (after.is("or") || (offset == 0 && after.is("as"))))) {
            return null; // "the next day or two" is vague; "the same day as the vote" counts from the vote
        }
        return new Found(i, i + 2, TimeValue.anchored(step, offset), "date.anchored-" + step);
    }

    /** True when {@code after}, the token after a phrase, ends its clause: none, a stop, a spaced dash, "and", "but". */
    private static boolean atClauseEdge(Token after) {
        return after == null || after.isSymbol(".,;:)!?") || (after.isDash() && after.spaceBefore())
                || after.is("and") || after.is("but");
    }

    // ---- quarters, halves, seasons ----

    /** Words before a year-less quarter code that make it a time: "in Q3", "during H1". */
    private static final Set<String> QUARTER_CODE_CUES = Lexicon.words("in", "during", "for", "since", "by", "over",
            "until", "through", "from", "throughout");
    /** Nouns after a year-less quarter code that make it a period of a report: "Q3 results", "H1 sales". */
    private static final Set<String> QUARTER_CODE_NOUNS = Lexicon.words("results", "earnings", "revenue", "revenues",
            "sales", "profit", "profits", "loss", "losses", "growth", "figures", "guidance", "report", "output", "deliveries");

    /** {@code the first quarter of 2019}, {@code Q1 2019}, {@code H1 2019}, {@code the second half of 2018}. */
    private Found quarterOrHalf(SentenceTokens s, int j, int first) {
        Token t = tok(s, j);
        if (t == null) {
            return null;
        }
        if (t.isNumber()) {
            return quarterNumberFirst(s, j, first);
        }
        String suffix = null;
        int k;
        if (t.isWord() && (t.text().equals("Q") || t.text().equals("H")) && tok(s, j + 1) != null
                && tok(s, j + 1).isNumber() && !tok(s, j + 1).spaceBefore()) {
            int n = Integer.parseInt(tok(s, j + 1).text().length() == 1 ? tok(s, j + 1).text() : "0");
            if (t.text().equals("Q") && n >= 1 && n <= 4) {
                suffix = "-Q" + n;
            } else if (t.text().equals("H") && n >= 1 && n <= 2) {
                suffix = "-H" + n;
            } else {
                return null;
            }
            k = j + 2;
            int[] year = yearAt(s, k);
            if (year == null) {
                // "Q3 FY24", "Q1 fiscal 2025": that quarter of the fiscal year, written as its year
                Found fiscal = tok(s, k) != null && tok(s, k).spaceBefore() ? fiscalYear(s, k) : null;
                if (fiscal != null && fiscal.first() == k && fiscal.time().end() == null && fiscal.time().year() != null) {
                    return new Found(first, fiscal.last(), fiscal.time().withSuffix(suffix), "date.quarter-code");
                }
                Token before = tok(s, first - 1);
                Token after = tok(s, k);
                if ((before != null && QUARTER_CODE_CUES.contains(before.lower()))
                        || (after != null && after.isWord() && QUARTER_CODE_NOUNS.contains(after.lower()))) {
                    // "in Q3", "Q3 results": a quarter of no stated year, as "third-quarter profit" is
                    return new Found(first, k - 1, TimeValue.ymd(null, null, null).withSuffix(suffix), "date.quarter-code");
                }
                return null; // "Q1" alone is too often something else: a car, a building, a poll question
            }
            return new Found(first, year[1], TimeValue.ymd(year[0], null, null).withSuffix(suffix), "date.quarter-code");
        }
        Integer n = t.isWord() ? calendar.ordinal(t.lower()) : null;
        Token unit = tok(s, j + 1);
        if (n == null || unit == null) {
            return null;
        }
        if (unit.isDash() && !unit.spaceBefore() && tok(s, j + 2) != null && !tok(s, j + 2).spaceBefore()) {
            // "third-quarter profit", "first-half sales": the adjective names a quarter of no stated year
            Token adjUnit = tok(s, j + 2);
            Token noun = tok(s, j + 3);
            String adj = adjUnit.is("quarter") && n <= 4 ? "-Q" + n : adjUnit.is("half") && n <= 2 ? "-H" + n : null;
            if (adj == null || noun == null || !noun.isWord() || noun.isCapitalized() || noun.is("of")) {
                return null;
            }
            return new Found(j, j + 2, TimeValue.ymd(null, null, null).withSuffix(adj), "date.quarter-adjective"); // "the" is the noun's
        }
        if (unit.is("quarter") && n <= 4) {
            suffix = "-Q" + n;
        } else if (unit.is("half") && n <= 2) {
            suffix = "-H" + n;
        } else {
            return null;
        }
        k = j + 2;
        if (tok(s, k) != null && tok(s, k).is("of")) {
            int[] year = yearAt(s, k + 1);
            if (year != null) {
                return new Found(first, year[1], TimeValue.ymd(year[0], null, null).withSuffix(suffix), "date.quarter");
            }
            int[] same = sameYear(s, k + 1);
            if (same != null) {
                return new Found(first, same[0], anaphoricYear(same[1]).withSuffix(suffix), "date.quarter");
            }
            Found fiscal = fiscalYear(s, k + 1);
            if (fiscal != null && fiscal.first() == k + 1 && fiscal.time().end() == null && fiscal.time().year() != null) {
                // "the first half of fiscal 2026": that half of the fiscal year, written as its year
                return new Found(first, fiscal.last(), fiscal.time().withSuffix(suffix), "date.quarter");
            }
            Token ty = tok(s, k + 1);
            if (ty != null && ty.is("the") && tok(s, k + 2) != null && tok(s, k + 2).is("year") && first != j) {
                return new Found(first, k + 2, TimeValue.relativeYear(0).withSuffix(suffix), "date.quarter"); // the second half of the year
            }
            if (ty != null && (ty.is("this") || ty.is("last") || ty.is("next")) && tok(s, k + 2) != null && tok(s, k + 2).is("year")) {
                int off = ty.is("this") ? 0 : ty.is("last") ? -1 : 1;
                return new Found(first, k + 2, TimeValue.relativeYear(off).withSuffix(suffix), "date.quarter");
            }
            return null; // "the first half of the match"
        }
        if (first == j) {
            return null; // "first quarter" without "the" or a year is too vague
        }
        Token before = tok(s, first - 1);
        if (suffix.startsWith("-H") && (before == null || !QUARTER_CODE_CUES.contains(before.lower()))) {
            return null; // "ran the second half in 61 minutes": a half of a race or match, not of a year
        }
        return new Found(first, j + 1, TimeValue.ymd(null, null, null).withSuffix(suffix), "date.quarter");
    }

    /**
     * A year's quarter or half named with a possessive: {@code 1998's first half}, {@code 2019's
     * fourth quarter}, {@code last year's third quarter}, {@code this year's second-half} (as in
     * "second-half sales").
     */
    private Found possessiveQuarter(SentenceTokens s, int i) {
        TimeValue year;
        int k;
        Token t = tok(s, i);
        if (isYear(s, i)) {
            year = TimeValue.ymd(Integer.parseInt(t.text()), null, null);
            k = i + 1;
        } else if (t != null && (t.is("last") || t.is("this") || t.is("next")) && tok(s, i + 1) != null
                && tok(s, i + 1).is("year") && !(tok(s, i - 1) != null && tok(s, i - 1).is("the"))) {
            year = TimeValue.relativeYear(t.is("last") ? -1 : t.is("this") ? 0 : 1);
            k = i + 2;
        } else {
            return null;
        }
        Token owner = tok(s, k);
        Token ordinal = tok(s, k + 1);
        if (owner == null || !(owner.is("'s") || owner.is("’s")) || ordinal == null || !ordinal.isWord()) {
            return null;
        }
        Integer n = calendar.ordinal(ordinal.lower());
        int u = k + 2;
        if (tok(s, u) != null && tok(s, u).isDash() && !tok(s, u).spaceBefore()) {
            u++; // "second-half sales"
        }
        Token unit = tok(s, u);
        if (n == null || unit == null) {
            return null;
        }
        String suffix = unit.is("quarter") && n <= 4 ? "-Q" + n : unit.is("half") && n <= 2 ? "-H" + n : null;
        return suffix == null ? null : new Found(i, u, year.withSuffix(suffix), "date.quarter");
    }

    /** {@code summer 2019}, {@code the summer of 2019}, {@code this summer}, {@code early spring 2020}. */
    private Found seasonForm(SentenceTokens s, int j, int first, String mod) {
        Token t = tok(s, j);
        if (t == null || !t.isWord()) {
            return null;
        }
        String code = calendar.season(t.lower());
        if (code == null) {
            return null;
        }
        int k = j + 1;
        if (tok(s, k) != null && tok(s, k).is("of")) {
            k++;
        }
        int[] year = yearAt(s, k);
        if (year != null) {
            return new Found(first, year[1], TimeValue.ymd(year[0], null, null).withSuffix("-" + code).withMod(mod), "date.season");
        }
        Token and = tok(s, j + 1);
        Token other = tok(s, j + 2);
        if (and != null && (and.is("and") || and.is("or")) && other != null && other.isWord()
                && calendar.season(other.lower()) != null) {
            int k2 = j + 3;
            if (tok(s, k2) != null && tok(s, k2).is("of")) {
                k2++;
            }
            int[] shared = yearAt(s, k2);
            if (shared != null) {
                // "the spring and summer of 2018": the first season takes the year written after the second
                return new Found(first, j, TimeValue.ymd(shared[0], null, null).withSuffix("-" + code).withMod(mod),
                        "date.season+shared-year");
            }
        }
        Token rel = tok(s, k);
        if (rel != null && (rel.is("last") || rel.is("this") || rel.is("next")) && tok(s, k + 1) != null
                && tok(s, k + 1).is("year")) {
            // "spring last year", "the summer of next year"
            int off = rel.is("this") ? 0 : rel.is("last") ? -1 : 1;
            return new Found(first, k + 1, TimeValue.relativeYear(off).withSuffix("-" + code).withMod(mod), "date.relative-season");
        }
        Token prev = tok(s, first - 1);
        if (mod == null && prev != null && (prev.is("this") || prev.is("last") || prev.is("next"))) {
            int off = prev.is("this") ? 0 : prev.is("last") ? -1 : 1;
            return new Found(first - 1, j, TimeValue.relativeYear(off).withSuffix("-" + code), "date.relative-season");
        }
        // "a slump in the spring", "during the summer": a season of no stated year, placed as a
        // year-less month is; not "in the fall" (a collapse as often as autumn) nor "the spring of life"
        Token after = tok(s, j + 1);
        if (mod == null && first == j - 1 && tok(s, first).is("the") && prev != null && SEASON_CUES.contains(prev.lower())
                && !t.is("fall") && !(after != null && after.is("of"))) {
            return new Found(first, j, TimeValue.ymd(null, null, null).withSuffix("-" + code), "date.season-yearless");
        }
        return null;
    }

    /** Prepositions before "the summer" that make it a time: "in the summer", "during the winter". */
    private static final Set<String> SEASON_CUES = Lexicon.words("in", "during", "over", "by", "since", "until", "through",
            "throughout");

    // ---- small readers ----

    /** A day of the month at j (1-31, optionally with st/nd/rd/th): {day, last token}, or null. */
    private int[] dayAt(SentenceTokens s, int j) {
        Token t = tok(s, j);
        if (t == null || !t.isNumber() || t.text().length() > 2 || !allDigits(t.text())) {
            return null;
        }
        int d = Integer.parseInt(t.text());
        if (d < 1 || d > 31) {
            return null;
        }
        Token suffix = tok(s, j + 1);
        if (suffix != null && suffix.isWord() && DAY_SUFFIXES.contains(suffix.lower())) {
            return new int[] {d, j + 1};
        }
        if (suffix != null && !suffix.spaceBefore() && (suffix.isWord() || suffix.isNumber())) {
            return null;
        }
        if (suffix != null && suffix.isSymbol("%:.,") && !suffix.spaceBefore() && tok(s, j + 2) != null
                && tok(s, j + 2).isNumber() && !tok(s, j + 2).spaceBefore()) {
            return null; // 10:30, not a day
        }
        return new int[] {d, j};
    }

    /** A year at j: {year, last token}, or null. */
    private int[] yearAt(SentenceTokens s, int j) {
        if (!isYear(s, j)) {
            return null;
        }
        return new int[] {Integer.parseInt(tok(s, j).text()), j};
    }

    /** {@code , 2018} or {@code 2018} right after a day. */
    private int[] yearAfterComma(SentenceTokens s, int j) {
        Token t = tok(s, j);
        if (t != null && t.isSymbol(",")) {
            return yearAt(s, j + 1);
        }
        return yearAt(s, j);
    }

    /**
     * "1Q24", "3Q2024", "2H23": the quarter or half first, glued to its letter and its year, as
     * analysts write them; a two-digit year is of this century, as in "FY19".
     */
    private Found quarterNumberFirst(SentenceTokens s, int j, int first) {
        Token n = tok(s, j);
        Token letter = tok(s, j + 1);
        Token year = tok(s, j + 2);
        if (n.text().length() != 1 || letter == null || year == null || letter.spaceBefore() || year.spaceBefore()
                || !(letter.text().equals("Q") || letter.text().equals("H")) || !year.isNumber() || !allDigits(year.text())) {
            return null;
        }
        Token after = tok(s, j + 3);
        if (after != null && !after.spaceBefore() && (after.isWord() || after.isNumber())) {
            return null; // "1Q24A", part of a code
        }
        int q = n.text().charAt(0) - '0';
        int max = letter.text().equals("Q") ? 4 : 2;
        String digits = year.text();
        int y = digits.length() == 2 ? 2000 + Integer.parseInt(digits) : digits.length() == 4 ? Integer.parseInt(digits) : -1;
        if (q < 1 || q > max || y < 1900 || y > 2099) {
            return null;
        }
        return new Found(first, j + 2, TimeValue.ymd(y, null, null).withSuffix("-" + letter.text() + q), "date.quarter-code");
    }

    /** A dash, "to", "through", "until" or "and" joining the two ends of a range. */
    private static boolean isRangeLink(SentenceTokens s, int j) {
        Token t = tok(s, j);
        return t != null && (t.isDash() || t.is("to") || t.is("through") || t.is("until") || t.is("till") || t.is("and"));
    }

    private static boolean glued(SentenceTokens s, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tok(s, k);
            if (t == null || t.spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(Token t, int len) {
        return isDigits(t, len, len);
    }

    private static boolean isDigits(Token t, int min, int max) {
        return t != null && t.isNumber() && t.text().length() >= min && t.text().length() <= max && allDigits(t.text());
    }

    private static boolean allDigits(String x) {
        for (int k = 0; k < x.length(); k++) {
            if (!Character.isDigit(x.charAt(k))) {
                return false;
            }
        }
        return !x.isEmpty();
    }

    private static Token tok(SentenceTokens s, int i) {
        return s.at(i);
    }
}
