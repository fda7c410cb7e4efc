package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.input.DecodedInput.CharsetSource;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A windows-1252 article, as a page that declares it and as a text file that does not, read
 * from the file to the money facts: {@code £} (0xA3) and {@code €} (0x80) survive decoding.
 */
class LegacyEncodingExtractionTest {

    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    /** The article's money: text, value, currency. */
    private static final Tuple[] MONEY = {
        tuple("£2.5m", "2500000", "GBP"),
        tuple("£2.5m", "2500000", "GBP"),
        tuple("about €40 million", "40000000", "EUR"),
        tuple("£2.80", "2.8", "GBP"),
        tuple("£3.45", "3.45", "GBP"),
        tuple("£18.4m", "18400000", "GBP"),
    };

    @Test
    void aPageDeclaringWindows1252GivesItsPoundsAndEuros() throws Exception {
        DecodedInput input = InputDecoder.read(resource("windows-1252-article.html"));
        assertThat(input.charset().name()).isEqualTo("windows-1252");
        assertThat(input.charsetSource()).isEqualTo(CharsetSource.DECLARED);
        assertThat(input.html()).isTrue();
        assertThat(money(input)).containsExactly(MONEY);
    }

    @Test
    void anUndeclaredWindows1252TextFileGivesThemToo() throws Exception {
        DecodedInput input = InputDecoder.read(resource("windows-1252-article.txt"));
        assertThat(input.charset().name()).isEqualTo("windows-1252");
        assertThat(input.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(input.notes()).containsExactly("not valid UTF-8; read as windows-1252");
        assertThat(input.text()).contains("“cautious but honest”", "Anaïs", "five years – a sum");
        assertThat(money(input)).containsExactly(MONEY);
    }

    @Test
    void readAsUtf8TheSameBytesLoseEveryPoundAndEuroSign() throws Exception {
        // What factx did before it told encodings apart: the signs became U+FFFD.
        byte[] bytes = Files.readAllBytes(resource("windows-1252-article.txt"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Fact> facts = EXTRACTOR.extract("a.txt", text, false);
        assertThat(facts).noneMatch(f -> "GBP".equals(f.unit()) || "EUR".equals(f.unit()));
    }

    private static List<Tuple> money(DecodedInput input) {
        return EXTRACTOR.extract("article", input.text(), input.html()).stream()
                .filter(f -> f.kind() == Kind.MONEY)
                .map(f -> tuple(f.text(), f.value().stripTrailingZeros().toPlainString(), f.unit()))
                .toList();
    }

    private static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(LegacyEncodingExtractionTest.class.getResource("/input/" + name).toURI());
    }
}
