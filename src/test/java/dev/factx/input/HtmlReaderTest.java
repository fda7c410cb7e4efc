package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReaderTest {

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Nested
    class Title {

        @Test
        void ogTitleWinsOverH1AndTitleTag() {
            HtmlPage p = HtmlReader.read(page(
                    "<title>Tag headline | Daily Wire Co</title><meta property=\"og:title\" content=\"Social headline\">",
                    "<article><h1>Visible headline</h1><p>Body.</p></article>"));
            assertThat(p.title()).isEqualTo("Social headline");
        }

        @Test
        void firstH1WhenNoOgTitle() {
            HtmlPage p = HtmlReader.read(page(
                    "<title>Tag headline | Daily Wire Co</title>",
                    "<article><h1>Visible  headline</h1><p>Body.</p><h1>Second</h1></article>"));
            assertThat(p.title()).isEqualTo("Visible headline");
        }

        @Test
        void h1InThePageHeaderIsNotTheHeadline() {
            HtmlPage p = HtmlReader.read(page(
                    "<title>Ports reopen after strike - Harbour Post</title>",
                    "<header><h1>Harbour Post</h1></header><main><p>Dockers returned on Monday.</p></main>"));
            assertThat(p.title()).isEqualTo("Ports reopen after strike");
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
                "Wheat prices ease | Grain Desk;Wheat prices ease;Grain Desk",
                "Wheat prices ease - Grain Desk;Wheat prices ease;Grain Desk",
                "Wheat prices ease — Grain Desk;Wheat prices ease;Grain Desk",
                "Wheat prices ease – Grain Desk;Wheat prices ease;Grain Desk",
                "EU-China talks stall - Grain Desk;EU-China talks stall;Grain Desk",
                "Oil - the old story - Grain Desk;Oil - the old story;Grain Desk",
        })
        void titleTagLosesTrailingSiteName(String titleTag, String title, String site) {
            HtmlPage p = HtmlReader.read(page("<title>" + titleTag + "</title>", "<p>Body.</p>"));
            assertThat(p.title()).isEqualTo(title);
            assertThat(p.siteName()).isEqualTo(site);
        }

        @Test
        void titleTagWithoutSeparatorIsKeptWhole() {
            HtmlPage p = HtmlReader.read(page("<title>Cotton-picking season opens</title>", "<p>Body.</p>"));
            assertThat(p.title()).isEqualTo("Cotton-picking season opens");
            assertThat(p.siteName()).isNull();
        }

        @Test
        void ogTitleLosesTheSiteNameOnlyWhenTheSiteIsKnown() {
            HtmlPage known = HtmlReader.read(page(
                    "<meta property=\"og:site_name\" content=\"Grain Desk\">"
                            + "<meta property=\"og:title\" content=\"Rice stocks build | Grain Desk\">",
                    "<p>Body.</p>"));
            HtmlPage unknown = HtmlReader.read(page(
                    "<meta property=\"og:title\" content=\"Rice - a crop in trouble\">", "<p>Body.</p>"));
            assertThat(known.title()).isEqualTo("Rice stocks build");
            assertThat(unknown.title()).isEqualTo("Rice - a crop in trouble");
        }

        @Test
        void noTitleAnywhereIsNull() {
            HtmlPage p = HtmlReader.read(page("", "<p>Only a paragraph.</p>"));
            assertThat(p.title()).isNull();
            assertThat(p.text()).isEqualTo("Only a paragraph.");
        }
    }

    @Nested
    class PublishedDate {

        @Test
        void fromArticlePublishedTimeMeta() {
            HtmlPage p = HtmlReader.read(page(
                    "<meta property=\"article:published_time\" content=\"2019-03-05T23:10:00-05:00\">"
                            + "<script type=\"application/ld+json\">{\"datePublished\":\"2018-01-01\"}</script>",
                    "<article><time datetime=\"2017-02-02\">2 Feb</time><p>Body.</p></article>"));
            // The date part as written: a time-zone shift would move this late-evening story to March 6.
            assertThat(p.publishedDate()).isEqualTo("2019-03-05");
        }

        @Test
        void fromJsonLdWhenNoMeta() {
            HtmlPage p = HtmlReader.read(page(
                    "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
                            + "{\"@type\":\"NewsArticle\",\"datePublished\" : \"2019-06-14T08:00:00Z\"}]}</script>",
                    "<article><time datetime=\"2017-02-02\">2 Feb</time><p>Body.</p></article>"));
            assertThat(p.publishedDate()).isEqualTo("2019-06-14");
        }

        @Test
        void fromFirstTimeInsideTheArticleNotFromTheSidebar() {
            HtmlPage p = HtmlReader.read(page("",
                    "<aside><time datetime=\"2016-01-01\">old</time></aside>"
                            + "<article><p>By A. Writer <time datetime=\"2019-09-30T10:00\">30 Sept</time></p>"
                            + "<p>Body.</p><time datetime=\"2019-10-01\">later</time></article>"));
            assertThat(p.publishedDate()).isEqualTo("2019-09-30");
        }

        @Test
        void impossibleDateFallsThroughToTheNextSource() {
            HtmlPage p = HtmlReader.read(page(
                    "<meta property=\"article:published_time\" content=\"2019-13-45\">"
                            + "<script type=\"application/ld+json\">{\"datePublished\":\"2019-12-31\"}</script>",
                    "<p>Body.</p>"));
            assertThat(p.publishedDate()).isEqualTo("2019-12-31");
        }

        @Test
        void nullWhenThePageGivesNone() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"article:published_time\" content=\"Friday\">",
                    "<article><time>yesterday</time><p>Body.</p></article>"));
            assertThat(p.publishedDate()).isNull();
        }
    }

    @Nested
    class SiteAndUrl {

        @Test
        void fromOpenGraph() {
            HtmlPage p = HtmlReader.read(page(
                    "<meta property=\"og:site_name\" content=\"Grain Desk\">"
                            + "<meta property=\"og:url\" content=\"https://grain.example.org/a/1\">"
                            + "<link rel=\"canonical\" href=\"https://grain.example.org/a/1?amp\">",
                    "<p>Body.</p>"));
            assertThat(p.siteName()).isEqualTo("Grain Desk");
            assertThat(p.url()).isEqualTo("https://grain.example.org/a/1");
        }

        @Test
        void fromJsonLdPublisherAndCanonicalLink() {
            HtmlPage p = HtmlReader.read(page(
                    "<link rel=\"canonical\" href=\"https://grain.example.org/a/2\">"
                            + "<script type=\"application/ld+json\">{\"author\":{\"name\":\"A. Writer\"},"
                            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Grain \\u0026 Feed Desk\"}}</script>",
                    "<p>Body.</p>"));
            assertThat(p.siteName()).isEqualTo("Grain & Feed Desk");
            assertThat(p.url()).isEqualTo("https://grain.example.org/a/2");
        }

        @Test
        void nullWhenAbsent() {
            HtmlPage p = HtmlReader.read(page("", "<p>Body.</p>"));
            assertThat(p.siteName()).isNull();
            assertThat(p.url()).isNull();
            assertThat(p.publishedDate()).isNull();
        }
    }

    @Nested
    class Text {

        @Test
        void oneParagraphPerBlockHeadlineFirst() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article><h1>Barley exports climb</h1>"
                            + "<p>Shipments rose in May.\n   Buyers were   mostly in Asia.</p>"
                            + "<h2>Who bought</h2>"
                            + "<ul><li>China</li><li>Saudi <b>Arabia</b></li></ul>"
                            + "<blockquote>Demand is steady, a trader said.</blockquote>"
                            + "<figure><img src=x.jpg><figcaption>A barley field.</figcaption></figure>"
                            + "<table><tr><th>Year</th><th>Tonnes</th></tr><tr><td>2018</td><td>4,100</td></tr></table>"
                            + "<div>Reporting by the desk.</div></article>"));
            assertThat(p.text()).isEqualTo(String.join("\n\n",
                    "Barley exports climb",
                    "Shipments rose in May. Buyers were mostly in Asia.",
                    "Who bought",
                    "China",
                    "Saudi Arabia",
                    "Demand is steady, a trader said.",
                    "A barley field.",
                    "Year | Tonnes",
                    "2018 | 4,100",
                    "Reporting by the desk."));
        }

        @Test
        void inlineElementsDoNotBreakAParagraph() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><p>Mills ground <strong>3,000</strong> tonnes of <a href=#>wheat</a>"
                            + "<sup>[2]</sup> in <time datetime=\"2019-05\">May</time>.</p></main>"));
            assertThat(p.text()).isEqualTo("Mills ground 3,000 tonnes of wheat[2] in May.");
        }

        @Test
        void divWithDirectTextIsItsOwnParagraph() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><div>Lead text of the story.<p>First paragraph.</p>Tail after it.</div></main>"));
            assertThat(p.text()).isEqualTo("Lead text of the story.\n\nFirst paragraph.\n\nTail after it.");
        }

        @Test
        void singleLineBreakIsASpaceADoubleOneEndsTheParagraph() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><p>Exports rose<br>in June.<br><br>Imports fell.</p></main>"));
            assertThat(p.text()).isEqualTo("Exports rose in June.\n\nImports fell.");
        }

        @Test
        void entitiesAreDecodedAndNbspBecomesASpace() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><p>A &pound;600m bond, a &euro;3&nbsp;mln grant and 11&nbsp;ministers &amp; aides.</p></main>"));
            assertThat(p.text()).isEqualTo("A £600m bond, a €3 mln grant and 11 ministers & aides.");
            assertThat(p.text()).doesNotContain("\u00A0");
        }

        @Test
        void thinAndNarrowSpacesInGroupedNumbersBecomePlainSpaces() {
            HtmlPage p = HtmlReader.read(page("", "<main><p>Some 3\u202F000 or 4\u2009500 bags.</p></main>"));
            assertThat(p.text()).isEqualTo("Some 3 000 or 4 500 bags.");
        }

        @Test
        void pageFurnitureIsDropped() {
            HtmlPage p = HtmlReader.read(page(
                    "<title>Copper output rises | Metals Note</title><style>p{color:red}</style>",
                    "<div id=\"cookieConsent\"><p>We use cookies.</p><button>OK</button></div>"
                            + "<header class=\"masthead\"><p>Metals Note masthead</p></header>"
                            + "<nav><ul><li>Home</li><li>Markets</li></ul></nav>"
                            + "<div class=\"breadcrumb\">Home › Metals</div>"
                            + "<main>"
                            + "<h1>Copper output rises</h1>"
                            + "<div class=\"social-share\"><a>Share 2.3k</a></div>"
                            + "<p>Mines produced more copper in March.</p>"
                            + "<script>var views = 1234;</script>"
                            + "<div class=\"advert\">Buy gold coins</div>"
                            + "<form><label>Email</label><input name=e></form>"
                            + "<iframe src=\"https://video.example.com/1\"></iframe>"
                            + "<p>Smelters were busy too.</p>"
                            + "<div class=\"newsletter_box\">Sign up for 5 free issues</div>"
                            + "<section class=\"related-stories\"><p>Zinc slumps 8%</p></section>"
                            + "<div id=\"comments\"><p>First comment!</p></div>"
                            + "</main>"
                            + "<aside><p>Most read: Nickel hits 9-month high</p></aside>"
                            + "<footer><p>Copyright © 2019 Metals Note</p></footer>"
                            + "<noscript>Enable JavaScript</noscript>"));
            assertThat(p.text()).isEqualTo(
                    "Copper output rises\n\nMines produced more copper in March.\n\nSmelters were busy too.");
        }

        @Test
        void headerInsideTheArticleIsKept() {
            HtmlPage p = HtmlReader.read(page("",
                    "<header><p>Site banner</p></header>"
                            + "<article><header><h1>Tin prices jump</h1><p class=\"byline\">By R. Mora</p></header>"
                            + "<p>Tin rose sharply.</p></article>"));
            assertThat(p.text()).isEqualTo("Tin prices jump\n\nBy R. Mora\n\nTin rose sharply.");
        }

        @Test
        void hiddenElementsAreDropped() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><p>Seen one.</p>"
                            + "<p hidden>Hidden by attribute.</p>"
                            + "<div aria-hidden=\"true\">Hidden from readers.</div>"
                            + "<p style=\"color: grey; DISPLAY : none\">Hidden by style.</p>"
                            + "<p style=\"visibility:hidden\">Invisible.</p>"
                            + "<p aria-hidden=\"false\">Seen two.</p></main>"));
            assertThat(p.text()).isEqualTo("Seen one.\n\nSeen two.");
        }

        @Test
        void classNamesAreMatchedAsWholeWordsNotPrefixes() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article class=\"commentary\"><h1>Why rates matter</h1>"
                            + "<p class=\"shareholder-note\">Shareholders met in June.</p></article>"));
            assertThat(p.text()).isEqualTo("Why rates matter\n\nShareholders met in June.");
        }

        @Test
        void headlineOutsideTheArticleBodyIsPutFirst() {
            HtmlPage p = HtmlReader.read(page("",
                    "<div class=\"top\"><h1>Rail freight to Europe grows</h1></div>"
                            + "<div itemprop=\"articleBody\"><p>Container trains ran more often.</p></div>"));
            assertThat(p.text()).isEqualTo("Rail freight to Europe grows\n\nContainer trains ran more often.");
        }

        @Test
        void headlineAfterAKickerIsMovedToTheFront() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article><p class=\"kicker\">Energy</p><h1>Gas storage is full</h1><p>Tanks are full.</p></article>"));
            assertThat(p.text()).isEqualTo("Gas storage is full\n\nEnergy\n\nTanks are full.");
        }

        @Test
        void theLongestArticleIsTheStoryAndTeaserCardsAreIgnored() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article class=\"card\"><h2>Short teaser</h2></article>"
                            + "<article><h1>Main story</h1><p>The main story has the longest text of all.</p></article>"
                            + "<aside><article><h2>A related story with a rather long headline indeed</h2>"
                            + "<p>And a long teaser paragraph that is longer than the main story text is.</p></article></aside>"));
            assertThat(p.title()).isEqualTo("Main story");
            assertThat(p.text()).isEqualTo("Main story\n\nThe main story has the longest text of all.");
        }

        @Test
        void noArticleMarkupReadsTheWholeBodyWithoutFurniture() {
            HtmlPage p = HtmlReader.read(page("<title>Plain page</title>",
                    "<nav>Menu</nav><h1>Plain page</h1><p>One.</p><p>Two.</p><footer>© 2019</footer>"));
            assertThat(p.text()).isEqualTo("Plain page\n\nOne.\n\nTwo.");
        }
    }

    @Test
    void theSampleForumPageReadsAsItsArticle() throws IOException {
        Path sample = Path.of(System.getProperty("basedir", "."), "samples", "forum-report.html");
        HtmlPage p = HtmlReader.read(Files.readString(sample, StandardCharsets.UTF_8));

        assertThat(p.title()).isEqualTo("EU and Central Asia Sign Deals Worth €3.4 Billion in Samarkand");
        assertThat(p.publishedDate()).isEqualTo("2019-11-22");
        assertThat(p.siteName()).isEqualTo("Eurasia Brief");
        assertThat(p.url()).startsWith("https://eurasiabrief.example.com/");
        assertThat(p.text()).startsWith(p.title() + "\n\n");
        assertThat(p.text()).contains(
                "Delegates at the opening session in Samarkand on November 20. Photo: Eurasia Brief",
                "\n\na €6 mln grant for water meters in the Fergana valley;\n\n",
                "11 ministers among the guests");
        assertThat(p.text()).doesNotContain(
                "cookies", "Top 10", "Facebook", "Advertisement", "Subscriber-only", "Draft note",
                "morning email", "Comments", "Related stories", "Kyrgyz gold", "Navoi Street", "©", "dataLayer");
    }
}
