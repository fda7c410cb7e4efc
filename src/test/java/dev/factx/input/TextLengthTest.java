package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether an element's text is long enough, told without making the text, must agree with the text's length. */
class TextLengthTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<div id=t>Exports rose to $3.5 billion in 2018.</div>",
        "<div id=t>  padded\n\n  words \t with   runs  </div>",
        "<div id=t><p>One</p><p>Two</p><br>three<span>four</span></div>",
        "<div id=t>no\u00A0break, zero\u200Bwidth, soft\u00ADhyphen, \u000B vertical tab</div>",
        "<div id=t><pre>  kept   as\n  written  </pre> and   after</div>",
        "<div id=t><script>var hidden = 'not text';</script>shown<style>p{}</style></div>",
        "<div id=t><textarea>typed text</textarea><title>a title</title></div>",
        "<div id=t>emoji \uD83D\uDE00 and CJK 漢字</div>",
        "<div id=t>   </div>",
        "<div id=t></div>",
    })
    void agreesWithTheLengthOfTheText(String html) {
        Element e = Jsoup.parse(html).getElementById("t");
        int length = e.text().length();
        for (int atLeast = 0; atLeast <= length + 2; atLeast++) {
            assertThat(FurnitureMarker.hasTextOfAtLeast(e, atLeast)).as("%d in %s", atLeast, html)
                    .isEqualTo(length >= atLeast);
        }
    }
}
