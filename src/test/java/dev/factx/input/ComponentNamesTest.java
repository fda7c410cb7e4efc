package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComponentNamesTest {

    private static final ComponentNames SHARING = new ComponentNames(
            Set.of("share", "comments", "related"), Set.of("most read", "screen reader"));

    private static Element element(String attributes) {
        return Jsoup.parseBodyFragment("<div " + attributes + ">x</div>").selectFirst("div");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            class="share"                          | true
            class="ShareWrapper"                   | true
            class="c-share__wrapper"               | true
            class="  body   share-bar "            | true
            class="shared"                         | false
            class="most-read"                      | true
            class="c-most-popular__item mostRead"  | true
            class="read-most"                      | false
            class="relatedPosts"                   | true
            class="relatedposts"                   | true
            class="unrelated"                      | false
            class="tag-share-prices"               | false
            class="Category_comments story"        | false
            class="story tag-x share"              | true
            class=""                               | false
            id="comments"                          | true
            id="ScreenReaderText"                  | true
            id="main"                              | false
            data-component="share-tools"           | true
            data-testid="Comments"                 | true
            data-module="   "                      | false
            class="story" id="body" data-widget="x" | false
            """)
    void aClassIdOrComponentNameNamesTheComponentByItsWords(String attributes, boolean named) {
        assertThat(SHARING.named(element(attributes))).isEqualTo(named);
        // asked again, the remembered verdict is the same
        assertThat(SHARING.named(element(attributes))).isEqualTo(named);
    }

    @Test
    void aClassAttributeSplitsAtWhiteSpaceIntoNonEmptyNames() {
        assertThat(ComponentNames.classNames("  body\tshare-bar \n x ")).containsExactly("body", "share-bar", "x");
        assertThat(ComponentNames.classNames("   ")).isEmpty();
        assertThat(ComponentNames.classNames("")).isEmpty();
    }

    @Test
    void verdictsStayTheSameAfterTheMemoryIsFull() {
        ComponentNames names = new ComponentNames(Set.of("share"), Set.of());
        for (int i = 0; i < 3 * RememberedVerdicts.REMEMBERED; i++) {
            String value = (i % 7 == 0 ? "share-" : "box-") + i;
            assertThat(names.named(element("class=\"" + value + "\""))).as(value).isEqualTo(i % 7 == 0);
            assertThat(names.named(element("id=\"" + value + "\""))).as(value).isEqualTo(i % 7 == 0);
        }
    }
}
