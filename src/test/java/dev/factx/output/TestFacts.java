package dev.factx.output;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import java.math.BigDecimal;

/** Hand-made facts for writer and command tests: a money fact whose fields can be changed one by one. */
public final class TestFacts {

    private String file = "a.txt";
    private int article = 1;
    private String title = "Trade news";
    private int start = 10;
    private int end = 24;
    private String text = "$3.5 billion";
    private Kind kind = Kind.MONEY;
    private BigDecimal value = new BigDecimal("3500000000");
    private String unit = "USD";
    private Qualifier qualifier = Qualifier.EXACT;
    private String date;
    private String period = "2018";
    private String metric = "trade";
    private String sentence = "Exports rose to $3.5 billion in 2018.";
    private String rule = "money.sign_scale";
    private String docDate;
    private String docDateSource;
    private String mod;
    private String event;
    private String site;
    private String url;

    public static TestFacts money() {
        return new TestFacts();
    }

    public TestFacts file(String v) { file = v; return this; }
    public TestFacts article(int v) { article = v; return this; }
    public TestFacts title(String v) { title = v; return this; }
    public TestFacts span(int s, int e) { start = s; end = e; return this; }
    public TestFacts text(String v) { text = v; return this; }
    public TestFacts kind(Kind v) { kind = v; return this; }
    public TestFacts value(String v) { value = v == null ? null : new BigDecimal(v); return this; }
    public TestFacts unit(String v) { unit = v; return this; }
    public TestFacts qualifier(Qualifier v) { qualifier = v; return this; }
    public TestFacts date(String v) { date = v; return this; }
    public TestFacts period(String v) { period = v; return this; }
    public TestFacts metric(String v) { metric = v; return this; }
    public TestFacts sentence(String v) { sentence = v; return this; }
    public TestFacts rule(String v) { rule = v; return this; }
    public TestFacts docDate(String v, String source) { docDate = v; docDateSource = source; return this; }
    public TestFacts mod(String v) { mod = v; return this; }
    public TestFacts event(String v) { event = v; return this; }
    public TestFacts page(String siteName, String address) { site = siteName; url = address; return this; }

    public Fact build() {
        return new Fact(file, article, title, start, end, text, kind, value, unit, qualifier, date,
                period, metric, sentence, rule, docDate, docDateSource, mod, event, site, url);
    }
}
