package dev.factx;

import dev.factx.classify.Clauses;
import dev.factx.classify.DatedMention;
import dev.factx.classify.DocumentDate;
import dev.factx.classify.DocumentDater;
import dev.factx.classify.EventDetector;
import dev.factx.classify.MetricClassifier;
import dev.factx.classify.PeriodAttributor;
import dev.factx.classify.QualifierReader;
import dev.factx.classify.Tense;
import dev.factx.classify.YearChooser;
import dev.factx.input.Article;
import dev.factx.input.ArticleSplitter;
import dev.factx.input.DecodedInput;
import dev.factx.input.HtmlArticle;
import dev.factx.input.HtmlPage;
import dev.factx.input.HtmlReader;
import dev.factx.input.InputDecoder;
import dev.factx.input.Page;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.normalize.CalendarWords;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.TimeValue;
import dev.factx.normalize.Units;
import dev.factx.normalize.WordSet;
import dev.factx.recognize.CountNouns;
import dev.factx.recognize.DateRecognizer;
import dev.factx.recognize.FigureRecognizer;
import dev.factx.recognize.Mention;
import dev.factx.recognize.MentionCues;
import dev.factx.recognize.RatioRecognizer;
import dev.factx.recognize.Recognizer;
import dev.factx.recognize.SentenceTokens;
import dev.factx.text.OffsetMap;
import dev.factx.text.Sentence;
import dev.factx.text.SentenceSplitter;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library facade: turns one document into facts.
 *
 * <p>For a JVM program that wants what {@code factx extract} gives without the command line:
 * <pre>{@code
 * Extractor extractor = new Extractor(ExtractOptions.defaults());
 * List<Fact> facts = extractor.extract(Path.of("article.html"));
 * }</pre>
 * {@link #extract(Path)} and {@link #extract(String, byte[])} read raw bytes the way the command
 * line does: the encoding from a byte order mark, the page's declared charset or windows-1252
 * detection, and HTML from the name's extension or the content's first tag (see
 * {@link InputDecoder}). {@link #extract(String, String, boolean)} takes text that is already
 * decoded. Facts are in document order, and the same input and options always give equal facts.
 *
 * <p>The pipeline, in the order a figure travels through it: the page is split into articles
 * and furniture ({@link ArticleSplitter}); each article into sentences ({@link SentenceSplitter})
 * and tokens ({@link Tokenizer}); recognizers find dates, ratios and figures with units, each
 * claiming its tokens; the article's own date is found ({@link DocumentDater}) and its dates are
 * resolved against it in reading order; each figure gets its qualifier (while recognized), period
 * ({@link PeriodAttributor}) and metric ({@link MetricClassifier}); facts come out in document order.
 *
 * <p>Immutable and thread-safe: lexicons and patterns are loaded once, in the constructor, and
 * only read after it; each call keeps its working state in its own locals. Build one instance
 * (loading the lexicons takes a moment) and share it among threads, or keep one per worker.
 */
public final class Extractor {

    /** URLs and e-mail addresses hold digits that are never figures. */
    private static final Pattern LINKS = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"”)]{1,2000}|[\\w.+-]{1,200}@[\\w-]{1,200}\\.[\\w.]{1,100}");

    /** How many words before (or after) a year-less date tell whether it is reported or planned. */
    private static final int TENSE_WINDOW = 16;

    private final ExtractOptions options;
    private final ArticleSplitter articles;
    private final SentenceSplitter sentences;
    private final List<Recognizer> recognizers;
    /** The words any recognizer may start a mention at, looked up once per word of a sentence. */
    private final Set<String> openingWords;
    /** The recognizers' cues: a sentence without one is not tokenized. */
    private final MentionCues cues;
    private final DateRecognizer dateRecognizer;
    /** The currency table, shared with the figure recognizer: a shared name ("som") is settled by the article. */
    private final Currencies currencies;
    private final DocumentDater dater;
    private final PeriodAttributor periods;
    private final EventDetector events;
    private final MetricClassifier metrics;

    /** Loads the lexicons; {@code options} say which kinds to report and how dates resolve. */
    public Extractor(ExtractOptions options) {
        this.options = options;
        this.articles = new ArticleSplitter();
        this.sentences = new SentenceSplitter();
        NumberParser numbers = new NumberParser();
        QualifierReader qualifiers = new QualifierReader();
        CountNouns nouns = new CountNouns();
        this.currencies = new Currencies();
        this.dateRecognizer = new DateRecognizer(new CalendarWords(), numbers, nouns);
        this.recognizers = List.of(
                dateRecognizer,
                new RatioRecognizer(numbers, qualifiers),
                new FigureRecognizer(numbers, currencies, new Units(), nouns, qualifiers));
        Set<String> opening = new HashSet<>();
        for (Recognizer r : recognizers) {
            opening.addAll(r.openingWords());
        }
        this.openingWords = WordSet.of(opening);
        this.cues = MentionCues.of(recognizers);
        this.dater = new DocumentDater();
        this.periods = new PeriodAttributor();
        this.events = new EventDetector();
        this.metrics = new MetricClassifier(nouns);
    }

    private Extractor(ExtractOptions options, Extractor loaded) {
        this.options = options;
        this.articles = loaded.articles;
        this.sentences = loaded.sentences;
        this.recognizers = loaded.recognizers;
        this.openingWords = loaded.openingWords;
        this.cues = loaded.cues;
        this.dateRecognizer = loaded.dateRecognizer;
        this.currencies = loaded.currencies;
        this.dater = loaded.dater;
        this.periods = loaded.periods;
        this.events = loaded.events;
        this.metrics = loaded.metrics;
    }

    /**
     * An extractor with other options that shares this one's lexicons: costs nothing, where the
     * constructor reads every lexicon again.
     */
    public Extractor withOptions(ExtractOptions options) {
        return new Extractor(options, this);
    }

    /** The options this extractor was built with. */
    public ExtractOptions options() {
        return options;
    }

    /**
     * Reads the file at {@code file}, decodes it and extracts its facts, as
     * {@code factx extract FILE} does: same encoding rules, same HTML detection, same facts.
     * Each fact's {@code file} field is {@code file.toString()}.
     *
     * @throws IOException when the file cannot be read
     */
    public List<Fact> extract(Path file) throws IOException {
        return extract(file.toString(), InputDecoder.read(file));
    }

    /**
     * Decodes one document's raw bytes and extracts its facts, as the command line does for a
     * file of that name: {@code name}'s extension ({@code .html}, {@code .htm}) counts for HTML,
     * as does content that starts like a page. Use this for documents that do not come from the
     * local file system (an archive entry, an object store, a Spark {@code binaryFiles} record).
     * Never fails on bad bytes: they decode to U+FFFD, which {@link InputDecoder#decode} counts.
     *
     * @param name  the name written into each fact's {@code file} field; a path or URI is fine
     * @param bytes the document as stored, byte order mark and all
     */
    public List<Fact> extract(String name, byte[] bytes) {
        return extract(name, InputDecoder.decode(bytes, name));
    }

    /**
     * Extracts the facts of a document decoded by {@link InputDecoder}: the way to both extract
     * and see how the input was decoded ({@link DecodedInput#notes()}, the warnings the command
     * line prints).
     *
     * @param name the name written into each fact's {@code file} field
     */
    public List<Fact> extract(String name, DecodedInput input) {
        return extract(name, input.text(), input.html());
    }

    /**
     * Extracts the facts of one document, in document order.
     *
     * @param file the name written into each fact's {@code file} field
     * @param text the decoded document (BOM already removed); {@code start} and {@code end} of
     *             each fact count code points into exactly this string (for HTML, into the
     *             article text that {@link #text} shows)
     * @param html true to read {@code text} as an HTML page
     */
    public List<Fact> extract(String file, String text, boolean html) {
        List<Fact> out = new ArrayList<>();
        extract(file, text, html, out::add);
        return out;
    }

    /**
     * Extracts the facts of one document and hands each to {@code sink} as soon as it is made, in
     * document order: for documents too large to hold all their facts at once (memory then stays
     * bounded by the sentences kept for dating, see {@link #RETAINED_TOKENS}). What the sink
     * throws stops the extraction and is thrown on.
     */
    public void extract(String file, String text, boolean html, java.util.function.Consumer<Fact> sink) {
        Document doc = read(text, html);
        for (Article article : doc.page.articles()) {
            extractArticle(file, doc.forArticle(article), article, sink);
        }
    }

    /**
     * The articles of one document as the extractor sees them: the text of each (its paragraphs,
     * separated by blank lines), its title and the date its relative dates resolve against, plus
     * the page's site and address. What is not in an article is furniture, which makes no facts.
     */
    public DocumentText text(String text, boolean html) {
        Document doc = read(text, html);
        List<DocumentText.ArticleText> articles = new ArrayList<>();
        for (Article article : doc.page.articles()) {
            StringBuilder body = new StringBuilder();
            for (Article.Block block : article.blocks()) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(doc.body, block.start(), block.end());
            }
            DocumentDate date = extractArticle("", doc.forArticle(article), article, fact -> { });
            articles.add(new DocumentText.ArticleText(article.index(), article.title(), body.toString(),
                    date.iso(), date.source()));
        }
        return new DocumentText(doc.site, doc.url, articles);
    }

    /**
     * A document read and split into articles: the first stage of the pipeline. {@code metadata}
     * is the date the page declares for the article being extracted; {@code articleDates} holds
     * it per article index for an HTML page, whose articles are each dated by their own markup
     * (null for plain text, which declares no date).
     */
    private record Document(String body, Page page, DocumentDate metadata, String site, String url, OffsetMap offsets,
                            java.util.Map<Integer, DocumentDate> articleDates, LinkMarks links) {

        /** This document as one of its articles sees it: with that article's declared date. */
        Document forArticle(Article article) {
            if (articleDates == null) {
                return this;
            }
            return new Document(body, page, articleDates.get(article.index()), site, url, offsets, articleDates, links);
        }
    }

    private Document read(String text, boolean html) {
        if (!html) {
            return new Document(text, articles.split(text, null), null, null, null, new OffsetMap(text), null,
                    LinkMarks.in(text));
        }
        // offsets of HTML facts point into the article text the reader extracts, as the schema says:
        // the articles' texts joined by blank lines, each split on its own so that none runs into the next.
        // Each article's text is its blocks joined by blank lines, as `factx text` prints it: what the
        // splitter leaves out of a page article (a heading between two parts) is left out here too.
        HtmlPage page = HtmlReader.read(text);
        StringBuilder body = new StringBuilder();
        List<Article> all = new ArrayList<>();
        java.util.Map<Integer, DocumentDate> dates = new java.util.HashMap<>();
        Integer footerYear = page.footerYear();
        for (HtmlArticle one : page.articles()) {
            Page parts = articles.split(one.text(), one.title());
            if (footerYear == null) {
                footerYear = parts.footerYear();
            }
            for (Article part : parts.articles()) {
                if (!all.isEmpty()) {
                    body.append("\n\n");
                }
                List<Article.Block> blocks = new ArrayList<>();
                for (Article.Block b : part.blocks()) {
                    if (!blocks.isEmpty()) {
                        body.append("\n\n");
                    }
                    int start = body.length();
                    body.append(one.text(), b.start(), b.end());
                    blocks.add(new Article.Block(start, body.length()));
                }
                // the page's markup names the article; text lines only name the parts it splits into
                String title = parts.articles().size() == 1 ? one.title() : part.title();
                // a byline or stamp the reader dropped dates an article its markup does not
                String dateline = part.datelineText() != null || one.publishedDate() != null ? part.datelineText() : one.dateline();
                Article shifted = new Article(all.size() + 1, title, List.copyOf(blocks), dateline);
                all.add(shifted);
                DocumentDate date = metadataDate(one.publishedDate());
                if (date != null) {
                    dates.put(shifted.index(), date);
                }
            }
        }
        String joined = body.toString();
        Page split = new Page(List.copyOf(all), footerYear);
        return new Document(joined, split, metadataDate(page.publishedDate()), page.siteName(), page.url(),
                new OffsetMap(joined), dates, LinkMarks.in(joined));
    }

    /** The page's published date (YYYY-MM-DD) as a document date, or null. */
    private static DocumentDate metadataDate(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        return new DocumentDate(Integer.valueOf(iso.substring(0, 4)), Integer.valueOf(iso.substring(5, 7)),
                Integer.valueOf(iso.substring(8, 10)), "metadata");
    }

    /** The mentions the recognizers find in {@code sentence}: what the cues spare them (for the assertion above). */
    private List<Mention> mentions(Document document, Sentence sentence) {
        List<Token> toks = Tokenizer.tokenize(document.body, sentence.start(), sentence.end());
        SentenceTokens st = new SentenceTokens(sentence, toks, ignoredTokens(document.body, document.links, sentence, toks));
        List<Mention> mentions = new ArrayList<>();
        for (Recognizer r : recognizers) {
            r.recognize(st, mentions);
        }
        return mentions;
    }

    /** A sentence as the later stages see it. */
    private record Analyzed(Sentence sentence, SentenceTokens tokens, List<Mention> mentions) {
    }

    /**
     * How many tokens of analyzed sentences an article keeps before their facts are made. An
     * article's date can only be settled once its dates are seen, so its sentences wait for it;
     * past this many (a 50 MB "article" of one line) the date is settled on what was seen so far
     * and the sentences are let go, so memory stays bounded whatever the size of the input.
     */
    static final int RETAINED_TOKENS = 200_000;

    /** Adds the facts of one article to {@code out} and returns the date its dates were resolved against. */
    private DocumentDate extractArticle(String file, Document document, Article article, java.util.function.Consumer<Fact> out) {
        String text = document.body;
        // 1. sentences and mentions; sentences with none make no fact and are not kept
        List<Analyzed> analyzed = new ArrayList<>();
        List<DocumentDater.Seen> seenDates = new ArrayList<>();
        List<DocumentDater.YearsSpan> spans = new ArrayList<>();
        Resolver resolver = null;
        int retained = 0;
        // each sentence's chars, copied out of the text for the cues to read (grown as needed)
        char[] chars = new char[1024];
        for (Article.Block block : article.blocks()) {
            for (Sentence sentence : sentences.split(text, block.start(), block.end())) {
                int length = sentence.end() - sentence.start();
                if (chars.length < length) {
                    chars = new char[Math.max(length, 2 * chars.length)];
                }
                text.getChars(sentence.start(), sentence.end(), chars, 0);
                if (!cues.mayHoldMention(chars, 0, length)) {
                    // no digit, no cue word: most sentences of a page; the tests run with
                    // assertions on, and so check the cues on every sentence they extract from
                    assert mentions(document, sentence).isEmpty() : "mentions without a cue in: " + sentence.text();
                    continue;
                }
                List<Token> toks = Tokenizer.tokenize(text, sentence.start(), sentence.end());
                SentenceTokens st = new SentenceTokens(sentence, toks, ignoredTokens(text, document.links, sentence, toks), openingWords);
                List<Mention> mentions = new ArrayList<>();
                for (Recognizer r : recognizers) {
                    r.recognize(st, mentions);
                }
                if (mentions.isEmpty()) {
                    continue;
                }
                mentions.sort(Comparator.comparingInt(Mention::first));
                analyzed.add(new Analyzed(sentence, st, mentions));
                retained += toks.size();
                if (resolver == null) {
                    for (Mention m : mentions) {
                        if (m.kind() == Kind.DATE) {
                            seenDates.add(new DocumentDater.Seen(m, toks));
                        } else if (m.kind() == Kind.DURATION && "year".equals(m.unit()) && m.value() != null) {
                            spans.add(new DocumentDater.YearsSpan(m.value(), toks));
                        }
                    }
                }
                if (retained > RETAINED_TOKENS) {
                    if (resolver == null) {
                        resolver = new Resolver(file, document, article, articleDate(document, article, seenDates, spans));
                    }
                    resolver.resolve(analyzed, out);
                    analyzed.clear();
                    retained = 0;
                }
            }
        }
        // 2. the article's date, then its dates resolved in reading order
        if (resolver == null) {
            resolver = new Resolver(file, document, article, articleDate(document, article, seenDates, spans));
        }
        resolver.resolve(analyzed, out);
        return resolver.doc;
    }

    private DocumentDate articleDate(Document document, Article article, List<DocumentDater.Seen> seenDates,
                                     List<DocumentDater.YearsSpan> spans) {
        return dater.date(options.referenceDate(), headerDate(article), document.metadata, seenDates, spans,
                document.page.footerYear());
    }

    /**
     * The second stage for one article: resolves its dates against the article's date in reading
     * order (the last year and date seen carry over from sentence to sentence), attributes each
     * figure and makes the facts.
     */
    private final class Resolver {
        private final String file;
        private final Document document;
        private final Article article;
        private final DocumentDate doc;
        /** The document date's ISO form, written into every fact of the article: made once. */
        private final String docIso;
        private Integer lastYear;
        private String lastDate;

        Resolver(String file, Document document, Article article, DocumentDate doc) {
            this.file = file;
            this.document = document;
            this.article = article;
            this.doc = doc;
            this.docIso = doc.iso();
        }

        void resolve(List<Analyzed> analyzed, java.util.function.Consumer<Fact> out) {
            String text = document.body;
            OffsetMap offsets = document.offsets;
            for (Analyzed a : analyzed) {
                List<Token> toks = a.tokens.tokens();
                List<DatedMention> dates = new ArrayList<>();
                String lastDateBefore = lastDate;
                a.mentions.removeIf(m -> m.kind() == Kind.DATE && m.time().needsDay() && doc.day() == null);
                Mention listed = null; // the last year-less month date placed in this sentence
                for (int k = 0; k < a.mentions.size(); k++) {
                    Mention m = a.mentions.get(k);
                    if (m.kind() == Kind.DATE) {
                        if (YearChooser.isYearless(m.time()) && doc.year() != null) {
                            boolean monthOnly = m.time().month() != null && m.time().end() == null;
                            if (monthOnly && listed != null && inAList(toks, listed, m)) {
                                // "in March and June": a list shares its year; "December and January" runs on
                                int y = listed.time().year();
                                m = m.withTime(m.time().withYear(m.time().month() < listed.time().month() ? y + 1 : y));
                            } else {
                                Tense tense = Tense.of(toks, m.first(), m.last(), TENSE_WINDOW);
                                m = m.withTime(YearChooser.withYear(m.time(), doc, tense));
                            }
                            listed = monthOnly && m.time().year() != null ? m : null;
                            a.mentions.set(k, m);
                        } else if (m.time().weekdayShift() != null) {
                            m = m.withTime(YearChooser.withWeekdayDirection(m.time(), Tense.of(toks, m.first(), m.last(), TENSE_WINDOW)));
                            a.mentions.set(k, m);
                        }
                        TimeValue.Anchor anchor = new TimeValue.Anchor(doc.year(), doc.month(), doc.day(), lastYear, lastDate);
                        String value = m.time().resolve(anchor);
                        if (value == null && m.time().anchoredStep()) {
                            a.mentions.remove(k--); // "the following day" after a date that names no day
                            continue;
                        }
                        dates.add(new DatedMention(m, value));
                        Integer y = m.time().resolvedYear(anchor);
                        if (y != null && m.time().fixed() == null) {
                            lastYear = m.time().end() != null && m.time().end().year() != null ? m.time().end().year() : y;
                        }
                        lastDate = value;
                    }
                }
                Clauses clauses = new Clauses(toks);
                int d = 0;
                Mention previous = null;
                String previousMetric = null;
                for (Mention m : a.mentions) {
                    String date = null;
                    String period = null;
                    String metric = null;
                    String event = null;
                    if (m.kind() == Kind.DATE) {
                        date = dates.get(d++).value();
                        event = events.event(toks, clauses, m);
                    } else {
                        period = periods.period(toks, clauses, dates, m, lastDateBefore);
                        metric = metrics.metric(toks, clauses, m);
                        if (isUpperBound(previous, m) || (previous != null && m.rule().endsWith("+ellipsis")
                                && previous.kind() == m.kind() && java.util.Objects.equals(previous.unit(), m.unit()))) {
                            metric = previousMetric; // both ends of "growth of 11.2 to 12.9 percent" measure the same thing
                        } else if ((m.kind() == Kind.PERCENT || m.kind() == Kind.MONEY) && previous != null && restates(toks, previous, m)
                                && ("growth".equals(previousMetric) || isChange(toks, previous))
                                && !(m.last() + 1 < toks.size() && toks.get(m.last() + 1).is("of"))) {
                            // "rose $1.20, or 1.5%", "fell 45 points (0.6%)", "gained 4%, or 12p": the change again;
                            // not "cut 1,200 jobs, or 8% of its workforce", a share
                            metric = "growth";
                        } else if (m.kind() == Kind.PERCENT && previous != null && previous.kind() == Kind.PERCENT
                                && "growth".equals(previousMetric) && coordinated(toks, previous, m, a.mentions)
                                && !(m.last() + 1 < toks.size() && toks.get(m.last() + 1).is("of"))) {
                            metric = "growth"; // "to rise 8% next year and 10% in 2026": the verb is not repeated
                        }
                        previous = m;
                        previousMetric = metric;
                    }
                    if (!options.kinds().contains(m.kind())) {
                        continue;
                    }
                    int start = toks.get(m.first()).start();
                    int end = toks.get(m.last()).end();
                    if (m.kind() == Kind.MONEY && m.rule().equals("money.name") && currencies.isShared(toks.get(m.last()).text())
                            && currencies.codeInContext(toks.get(m.last()).text(), null, toks) == null && !article.blocks().isEmpty()) {
                        // no cue in the sentence: the nearest one before it in the article names the country
                        int from = article.blocks().get(0).start();
                        String code = currencies.codeInText(toks.get(m.last()).text(), m.unit(), text, from,
                                Math.max(from, a.sentence.start()));
                        m = new Mention(m.first(), m.last(), m.kind(), m.value(), code, m.qualifier(), m.rule(), m.time(), m.numberAt());
                    }
                    out.accept(new Fact(file, article.index(), article.title(), offsets.codePoints(start), offsets.codePoints(end),
                            text.substring(start, end), m.kind(), canonical(m.value()), m.unit(), m.qualifier(), date, period, metric,
                            a.sentence.text(), m.rule(), docIso, doc.source(), m.time() == null ? null : m.time().modOfWhole(), event,
                            document.site, document.url));
                }
            }
        }
    }

    /** Ten significant digits, no trailing zeros, never an exponent: 3400000000, 0.3333333333, 0.9071847. */
    static java.math.BigDecimal canonical(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal r = v.round(new java.math.MathContext(10, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static boolean isUpperBound(Mention lower, Mention upper) {
        return lower != null && lower.kind() == upper.kind() && lower.qualifier() == dev.factx.model.Qualifier.MIN
                && upper.qualifier() == dev.factx.model.Qualifier.MAX && java.util.Objects.equals(lower.unit(), upper.unit());
    }

    /** Words that may stand with dates between two coordinated figures: "8% next year and 10% in 2026". */
    private static final java.util.Set<String> COORDINATE_LINKS = java.util.Set.of("and", ",", "in", "by", "for", "over",
            "then", "the");

    /**
     * True when only "and" or a comma, a few prepositions and dates stand between two figures, so
     * the second shares the first's verb: "to rise 8% next year and 10% in 2026".
     */
    private static boolean coordinated(List<Token> toks, Mention before, Mention figure, List<Mention> mentions) {
        boolean link = false;
        int k = before.last() + 1;
        while (k < figure.first()) {
            Mention date = null;
            for (Mention m : mentions) {
                if (m.kind() == Kind.DATE && m.first() == k) {
                    date = m;
                    break;
                }
            }
            if (date != null) {
                k = date.last() + 1;
                continue;
            }
            Token t = toks.get(k);
            if (!COORDINATE_LINKS.contains(t.lower())) {
                return false;
            }
            link |= t.is("and") || t.isSymbol(",");
            k++;
        }
        return link;
    }

    /** True when a word of change or "by", "up", "down" stands right before the figure: "fell 45 points". */
    private static boolean isChange(List<Token> toks, Mention figure) {
        if (figure.first() == 0) {
            return false;
        }
        Token before = toks.get(figure.first() - 1);
        return before.is("by") || before.is("up") || before.is("down")
                || dev.factx.normalize.ChangeWords.contains(before.lower());
    }

    /** True when only ", or" or an opening bracket stands between two figures: "$1.20, or 1.5%,", "$1.20 (1.5%)". */
    private static boolean restates(List<Token> toks, Mention before, Mention figure) {
        if (before.last() + 1 >= figure.first()) {
            return false;
        }
        boolean link = false;
        for (int k = before.last() + 1; k < figure.first(); k++) {
            Token t = toks.get(k);
            if (t.is("or") || t.isSymbol("(")) {
                link = true;
            } else if (!t.isSymbol(",")) {
                return false;
            }
        }
        return link;
    }

    /** True when only "and", "or" and commas stand between two dates: "in March and June", "May, June or July". */
    private static boolean inAList(List<Token> toks, Mention before, Mention date) {
        if (before.last() >= date.first()) {
            return false;
        }
        for (int k = before.last() + 1; k < date.first(); k++) {
            Token t = toks.get(k);
            if (!(t.is("and") || t.is("or") || t.isSymbol(","))) {
                return false;
            }
        }
        return true;
    }

    /** The date in the article header ("Published on 12 April 2019", "Thu 14 Nov"), read with the date recognizer. */
    private TimeValue headerDate(Article article) {
        String line = article.datelineText();
        if (line == null) {
            return null;
        }
        List<Token> toks = Tokenizer.tokenize(line, 0, line.length());
        SentenceTokens st = new SentenceTokens(new Sentence(0, line.length(), line), toks, new boolean[toks.size()]);
        List<Mention> found = new ArrayList<>();
        dateRecognizer.recognize(st, found);
        for (Mention m : found) {
            TimeValue t = m.time();
            if (t.end() == null && t.relYears() == null && !t.needsDay() && (t.year() != null || t.day() != null)) {
                return t;
            }
        }
        return null;
    }

    /** Tokens inside URLs and e-mail addresses. */
    private static boolean[] ignoredTokens(String text, LinkMarks links, Sentence sentence, List<Token> toks) {
        boolean[] ignored = new boolean[toks.size()];
        if (!links.anyWithin(sentence.start(), sentence.end())) {
            return ignored; // the common case: no link to look for
        }
        Matcher m = LINKS.matcher(text).region(sentence.start(), sentence.end());
        int k = 0;
        while (m.find()) {
            while (k < toks.size() && toks.get(k).end() <= m.start()) {
                k++;
            }
            int j = k;
            while (j < toks.size() && toks.get(j).start() < m.end()) {
                ignored[j++] = true;
            }
        }
        return ignored;
    }
}
