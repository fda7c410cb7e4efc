package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A currency name that several countries share ("som", "peso", "franc") takes its code from the
 * country its sentence names, else from the nearest country named before it in the article,
 * else the table's default. Each text is an article of a page with a title; the figure checked
 * is the last money fact.
 */
class SharedCurrencyTest {

    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " ## ", value = {
        // the sentence names no country: the dateline before it does
        "Budget passes\\n\\nBISHKEK, Feb 28 (Staff) - Parliament approved the budget.\\n\\nRevenue is put at 396.5 bln som. ## KGS",
        // the nearest country before the sentence wins
        "Peso update\\n\\nArgentina and Chile held talks. Chile signed first.\\n\\nThe deal is worth 40 billion pesos. ## CLP",
        // the sentence's own country wins over the article's
        "Peso update\\n\\nArgentina held talks.\\n\\nColombia will pay 40 billion pesos. ## COP",
        // no country anywhere: the default
        "Budget passes\\n\\nParliament approved the budget.\\n\\nRevenue is put at 396.5 bln som. ## UZS",
    })
    void takesTheCountryOfTheArticle(String text, String code) {
        List<Fact> money = EXTRACTOR.extract("page.txt", text.replace("\\n", "\n"), false).stream()
                .filter(f -> f.kind() == Kind.MONEY).toList();
        assertThat(money).isNotEmpty();
        assertThat(money.get(money.size() - 1).unit()).isEqualTo(code);
    }
}
