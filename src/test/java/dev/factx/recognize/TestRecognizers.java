package dev.factx.recognize;

import dev.factx.classify.QualifierReader;
import dev.factx.normalize.CalendarWords;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.Units;
import java.util.List;

/** The extractor's recognizers, in its order, built once for the tests that run them on their own. */
final class TestRecognizers {

    private TestRecognizers() {
    }

    static final List<Recognizer> ALL = build();

    private static List<Recognizer> build() {
        NumberParser numbers = new NumberParser();
        QualifierReader qualifiers = new QualifierReader();
        CountNouns nouns = new CountNouns();
        return List.of(
                new DateRecognizer(new CalendarWords(), numbers, nouns),
                new RatioRecognizer(numbers, qualifiers),
                new FigureRecognizer(numbers, new Currencies(), new Units(), nouns, qualifiers));
    }
}
