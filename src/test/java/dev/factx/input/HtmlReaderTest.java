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
        void headerInsideTheArticleIsKeptWithoutItsByline() {
            HtmlPage p = HtmlReader.read(page("",
                    "<header><p>Site banner</p></header>"
                            + "<article><header><h1>Tin prices jump</h1><p class=\"byline\">By R. Mora</p>"
                            + "<p class=\"dek\">Smelters in Asia bought more than they sold, traders said.</p></header>"
                            + "<p>Tin rose sharply.</p></article>"));
            assertThat(p.text()).isEqualTo("Tin prices jump\n\nSmelters in Asia bought more than they sold, traders said."
                    + "\n\nTin rose sharply.");
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
        void aSectionKickerAboveTheHeadlineIsDropped() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article><p class=\"kicker\">Energy</p><h1>Gas storage is full</h1><p>Tanks are full.</p></article>"));
            assertThat(p.text()).isEqualTo("Gas storage is full\n\nTanks are full.");
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

    @Nested
    class MainContent {

        private String para(String s) {
            return "<p>" + s + "</p>";
        }

        @Test
        void aBodySplitAroundAnAdvertAndABoxIsReadWhole() {
            HtmlPage p = HtmlReader.read(page("<title>Bank raises rates to 4.5% - Money Post</title>",
                    "<div class=\"page\"><div class=\"col-main\"><h1>Bank raises rates to 4.5%</h1>"
                            + "<div class=\"article-text\">" + para("The central bank raised its main rate by a quarter point to 4.5%, "
                            + "the tenth rise in a row, and said inflation was still far too high.") + "</div>"
                            + "<div class=\"adblock\"><div>Advertisement</div></div>"
                            + "<div class=\"article-text\">" + para("Markets had priced in the move, and the pound was little "
                            + "changed at $1.24 after the announcement on Thursday.") + "</div>"
                            + "<div class=\"box\"><h3>Get our money newsletter</h3><p>Every Friday, free.</p>"
                            + "<form><input type=email><button>Go</button></form></div>"
                            + "<div class=\"article-text\">" + para("The next decision is due on 22 June.") + "</div></div>"
                            + "<div class=\"col-side\"><h3>Most read</h3><ol><li><a href=/1>Petrol falls 3p a litre</a></li>"
                            + "<li><a href=/2>Five ways to save £500</a></li></ol></div></div>"));
            assertThat(p.text()).isEqualTo(String.join("\n\n", "Bank raises rates to 4.5%",
                    "The central bank raised its main rate by a quarter point to 4.5%, the tenth rise in a row, and said "
                            + "inflation was still far too high.",
                    "Markets had priced in the move, and the pound was little changed at $1.24 after the announcement on Thursday.",
                    "The next decision is due on 22 June."));
        }

        @Test
        void oneParagraphPerWrapperAndAStandfirstBesideTheBody() {
            HtmlPage p = HtmlReader.read(page("<title>Rail fares frozen for 2024 | The Courier</title>"
                            + "<meta property=\"og:site_name\" content=\"The Courier\">",
                    "<div class=\"layout with-sidebar\"><div class=\"breaking\">Live: budget 2024 reaction</div>"
                            + "<div class=\"post-wrap\"><h1 class=\"title\">Rail fares frozen for 2024</h1>"
                            + "<div class=\"sub\">Commuters will pay the same in January, saving about £180 a year.</div>"
                            + "<div class=\"p-wrap\"><div class=\"para\">" + para("Regulated rail fares will not rise in 2024, "
                            + "the transport secretary announced on Tuesday.") + "</div></div>"
                            + "<div class=\"p-wrap\"><div class=\"para\">" + para("Fares went up by 5.9% last March, the largest "
                            + "increase for a decade.") + "</div></div></div>"
                            + "<div class=\"reader-responses\"><h2>12 comments</h2><div class=\"r\">"
                            + para("About time. I have paid £4,200 a year since 2019 and the trains are worse.") + "</div></div></div>"));
            assertThat(p.text()).isEqualTo(String.join("\n\n", "Rail fares frozen for 2024",
                    "Commuters will pay the same in January, saving about £180 a year.",
                    "Regulated rail fares will not rise in 2024, the transport secretary announced on Tuesday.",
                    "Fares went up by 5.9% last March, the largest increase for a decade."));
        }

        @Test
        void anOldTableLayoutWithLineBreaksAndAPostedByLine() {
            HtmlPage p = HtmlReader.read(page("<title>Village fete raises record sum</title>",
                    "<table><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/a\">Archive 1998-2008</a></td>"
                            + "<td><b>Village fete raises record sum</b><br><br>The summer fete raised &pound;3,412 for the "
                            + "church roof.<br><br>More than 800 people came through the gate.<br><br>"
                            + "<i>Posted by webmaster, 14 July 2008</i></td></tr></table>"
                            + "<div><small>Copyright &copy; 2008 Little Marston Parish</small></div>"));
            assertThat(p.text()).isEqualTo(String.join("\n\n", "Village fete raises record sum",
                    "The summer fete raised £3,412 for the church roof.", "More than 800 people came through the gate."));
            assertThat(p.footerYear()).isEqualTo(2008);
        }

        @Test
        void aPageWideFormKeepsItsContent() {
            HtmlPage p = HtmlReader.read(page("<title>Port handles 2 million boxes</title>",
                    "<form id=\"aspnetForm\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\">"
                            + "<div id=\"content\"><h1>Port handles 2 million boxes</h1>"
                            + para("The port handled 2 million containers in the first half, up 8% on last year.")
                            + "</div><div id=\"footer\">© 2023 Port Authority</div></form>"));
            assertThat(p.text()).isEqualTo("Port handles 2 million boxes\n\n"
                    + "The port handled 2 million containers in the first half, up 8% on last year.");
        }

        @Test
        void aWrapperNamedLikeFurnitureDoesNotHideTheArticle() {
            HtmlPage p = HtmlReader.read(page("<title>Harbour dredging to start in May</title>",
                    "<div class=\"l-page ad-free sidebar-left\"><div class=\"txt\">"
                            + para("Dredging of the harbour mouth will start in May and last about 14 weeks, the port said.")
                            + "</div></div>"));
            assertThat(p.text()).contains("Dredging of the harbour mouth will start in May");
        }

        @Test
        void aFactBoxInTheArticleIsKeptButPullQuotesAndEmbeddedPostsAreNot() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"og:title\" content=\"City budget: what you need to know\">",
                    "<article><h1>City budget: what you need to know</h1><p class=\"byline\">By Ana Silva · 2 hours ago</p>"
                            + para("The council approved a budget of €1.2 billion for next year, 4% more than this year.")
                            + "<aside class=\"factbox\"><h3>Key figures</h3><ul><li>Schools: €310 million, up 6%</li>"
                            + "<li>Housing: 1,400 new flats by 2027</li></ul></aside>"
                            + para("Property tax will rise by 2.5%, the first increase since 2019, the mayor said.")
                            + "<aside class=\"pullquote\">\"The first increase since 2019\"</aside>"
                            + "<blockquote class=\"twitter-tweet\"><p>Budget passed 31 to 20.</p>&mdash; City Hall "
                            + "<a href=\"https://x.example/1\">December 14, 2023</a></blockquote>"
                            + "<aside class=\"related\"><a href=/r>Budget 2023: the €1.1bn plan</a></aside></article>"));
            assertThat(p.text()).isEqualTo(String.join("\n\n", "City budget: what you need to know",
                    "The council approved a budget of €1.2 billion for next year, 4% more than this year.",
                    "Key figures", "Schools: €310 million, up 6%", "Housing: 1,400 new flats by 2027",
                    "Property tax will rise by 2.5%, the first increase since 2019, the mayor said."));
            assertThat(p.author()).isEqualTo("Ana Silva");
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
                "Rescuers reach Alder Bank on Sunday. (Photo by Jo Marsh/Getty Images);Rescuers reach Alder Bank on Sunday.",
                "A road near Ferry Cross. Photograph: Lee Tan/Reuters;A road near Ferry Cross.",
                "Sandbags at the bridge. © Sam Reed;Sandbags at the bridge.",
                "A grain store, half full. Ann Lee/Field & Market;A grain store, half full.",
                "Figures for 2020 are provisional. Source: National Statistics Office;Figures for 2020 are provisional.",
                "Image source, PA Media;''",
                "Chart: wheat output by region, 2019 and 2020;Chart: wheat output by region, 2019 and 2020",
                "The source of the river, photographed in May;The source of the river, photographed in May",
        })
        void captionsLoseTheirCredits(String caption, String expected) {
            assertThat(HtmlReader.withoutCredit(caption)).isEqualTo(expected);
        }

        @Test
        void textOnAPictureOutsideItsCaptionIsDropped() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><h1>Floods cut off villages</h1><figure><div><img src=a.jpg><span>Enlarge this image</span>"
                            + "<span class=\"pic-source\">River Pictures</span></div>"
                            + "<figcaption>Rescuers reach Alder Bank on Sunday. Photo: Jo Marsh</figcaption></figure>"
                            + para("Floodwater cut off six villages on Sunday after 120mm of rain fell in two days.") + "</main>"));
            assertThat(p.text()).isEqualTo("Floods cut off villages\n\nRescuers reach Alder Bank on Sunday.\n\n"
                    + "Floodwater cut off six villages on Sunday after 120mm of rain fell in two days.");
        }

        @Test
        void labelsAroundTheTextAndHeadingsWithNothingUnderThemAreDropped() {
            HtmlPage p = HtmlReader.read(page("<title>Steel tariffs cut</title>",
                    "<div class=\"story\"><span class=\"section\">Markets</span><h1>Steel tariffs cut</h1>"
                            + "<div>Ruth Ade</div><div>Trade correspondent</div><div>Updated 14 March 2023, 10:12</div>"
                            + para("The government cut tariffs on imported steel to 10% from 25%.")
                            + para("Mills said the move would cost jobs.")
                            + "<h2>More on this</h2><h2>Topics</h2><div>Steel</div><div>Trade</div></div>"));
            assertThat(p.text()).isEqualTo("Steel tariffs cut\n\nThe government cut tariffs on imported steel to 10% from 25%."
                    + "\n\nMills said the move would cost jobs.");
        }

        @Test
        void aTeaserHeadingDropsTheListItOpens() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><h1>Ferry fares rise</h1>" + para("Fares on the island route rise 6% from May, the operator said.")
                            + "<section><h2>More on this story</h2><ul><li><span>Island route to get a second ship, 2 June</span></li>"
                            + "<li><span>Fares frozen for 2022</span></li></ul></section>"
                            + "<div><h3>Most read</h3><div><span>1</span><span>Snow closes 40 schools</span></div></div></main>"));
            assertThat(p.text()).isEqualTo("Ferry fares rise\n\nFares on the island route rise 6% from May, the operator said.");
        }

        @Test
        void dataTableRowsKeepALinkedName() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><h1>Bank results</h1>" + para("Profits rose at all three banks, by 12% on average.")
                            + "<table><tr><th>Bank</th><th>Profit</th></tr><tr><td><a href=/a>Alder Bank</a></td><td>+14%</td></tr>"
                            + "<tr><td><a href=/b>Birch</a></td><td>+9%</td></tr></table></main>"));
            assertThat(p.text()).endsWith("Bank | Profit\n\nAlder Bank | +14%\n\nBirch | +9%");
        }

        @Test
        void manyLinkListsAmongTheParagraphsDoNotSplitTheArticle() {
            StringBuilder body = new StringBuilder("<div><h1>Long read</h1>");
            for (int i = 0; i < 30; i++) {
                body.append("<div class=\"c\">").append(para("Paragraph " + i + " says that exports rose to $" + i
                        + " million, officials said.")).append("</div>");
                if (i % 3 == 0) {
                    body.append("<ul>");
                    for (int j = 0; j < 15; j++) {
                        body.append("<li><a href=/x").append(j).append(">Link ").append(j).append("</a></li>");
                    }
                    body.append("</ul>");
                }
            }
            HtmlPage p = HtmlReader.read(page("", body.append("</div>").toString()));
            assertThat(p.text()).startsWith("Long read\n\nParagraph 0 says").endsWith("Paragraph 29 says that exports rose to $29 "
                    + "million, officials said.").doesNotContain("Link");
        }

        @Test
        void anUnnamedCommentSectionBesideTheArticleElementIsLeftOut() {
            HtmlPage p = HtmlReader.read(page("<title>New library opens</title>",
                    "<article class=\"post\"><h1>New library opens</h1>" + para("The £6m library on Station Road opened on "
                            + "Saturday with 40,000 books.") + "</article><section class=\"feedback\"><h3>What readers say</h3>"
                            + "<article class=\"note\"><h4>Jim</h4>" + para("Lovely building, but why did it cost £6m when the old "
                            + "one was refurbished for £800,000 in 2009?") + "</article></section>"));
            assertThat(p.text()).isEqualTo("New library opens\n\nThe £6m library on Station Road opened on Saturday with 40,000 books.");
        }

        @Test
        void siteBeforeTheHeadlineInTheTitleTagAndAStandfirstInTheArticlesOwnHeader() {
            HtmlPage p = HtmlReader.read(page("<title>Northfield Gazette | Ferry fares to rise 6%</title>",
                    "<header class=\"site\"><h1 class=\"brand\">Northfield Gazette</h1></header>"
                            + "<header class=\"article-header\"><h2>Ferry fares to rise 6%</h2><p class=\"standfirst\">Islanders "
                            + "will pay £1.20 more for a return ticket from May, the operator said.</p></header>"
                            + "<article><p>The ferry operator will raise fares by 6% from 1 May, blaming fuel costs.</p></article>"));
            assertThat(p.title()).isEqualTo("Ferry fares to rise 6%");
            assertThat(p.siteName()).isEqualTo("Northfield Gazette");
            assertThat(p.text()).isEqualTo("Ferry fares to rise 6%\n\nIslanders will pay £1.20 more for a return ticket "
                    + "from May, the operator said.\n\nThe ferry operator will raise fares by 6% from 1 May, blaming fuel costs.");
        }

        @Test
        void aPageWhoseTextAScriptRendersIsReadFromTheJsonLdArticleBody() {
            HtmlPage p = HtmlReader.read(page("<title>Grid upgrade approved</title><script type=\"application/ld+json\">"
                            + "{\"@type\":\"NewsArticle\",\"headline\":\"Grid upgrade approved\",\"articleBody\":"
                            + "\"The regulator approved a £2.4bn upgrade on Tuesday.\\nWork will take five years.\"}</script>",
                    "<div id=\"root\"></div><script src=\"/app.js\"></script>"));
            assertThat(p.text()).isEqualTo("Grid upgrade approved\n\nThe regulator approved a £2.4bn upgrade on Tuesday."
                    + "\n\nWork will take five years.");
        }

        @Test
        void anArticleElementAroundTheWholePageGivesOnlyItsTextNotItsSidebarOrAppeals() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"og:title\" content=\"Council tax to rise 4.99%\">",
                    "<article class=\"page\"><div class=\"main-col\"><h1>Council tax to rise 4.99%</h1><div class=\"txt\">"
                            + "<p>Council tax will rise by 4.99% in April, adding about £90 a year to a typical bill.</p></div>"
                            + "<div class=\"contributions-epic\"><p>We rely on readers like you. Support our reporting from £2 "
                            + "a month.</p></div></div><div class=\"right-rail\"><p>Our newsroom has been part of the town since "
                            + "1874 and employs 35 journalists.</p></div></article>"));
            assertThat(p.text()).isEqualTo("Council tax to rise 4.99%\n\n"
                    + "Council tax will rise by 4.99% in April, adding about £90 a year to a typical bill.");
        }

        @Test
        void pageBuilderComponentNamesAreNotFurniture() {
            HtmlPage p = HtmlReader.read(page("<title>Dairy prices fall | Farm Weekly</title>",
                    "<div class=\"elementor\"><div class=\"elementor-widget elementor-widget-theme-post-content\">"
                            + "<div class=\"elementor-widget-container\"><p>Processors cut the price paid for milk by 2p a litre "
                            + "from March.</p></div></div><div class=\"cmp-text\"><p>Farmers now receive about 38p a litre, "
                            + "down 12% since October.</p></div></div>"
                            + "<div id=\"comments\"><p>Shocking. We lost 4p in 2022 and nobody cared, the whole industry is "
                            + "in a mess.</p></div>"));
            assertThat(p.text()).contains("Processors cut", "Farmers now receive").doesNotContain("Shocking");
        }

        @Test
        void aFactBoxAmongTheParagraphsOfAPlainPageIsKept() {
            String para = "<p>The council approved a budget of €1.2 billion for next year, after a debate that ran past midnight.</p>";
            HtmlPage p = HtmlReader.read(page("<title>Budget</title>",
                    "<div class=\"content\"><h1>Budget</h1>" + para + "<aside class=\"box\"><h3>Key figures</h3>"
                            + "<p>Schools get €310 million, up 6%.</p></aside>" + para.replace("next year", "2024") + "</div>"
                            + "<aside class=\"box\"><h3>Weather</h3><p>Sunny, 24°C.</p></aside>"));
            assertThat(p.text()).contains("Key figures", "Schools get €310 million, up 6%.").doesNotContain("Sunny");
        }

        @Test
        void aPageOfFurnitureOnlyHasNoArticleText() {
            HtmlPage p = HtmlReader.read(page("",
                    "<nav><a href=/>Home</a> <a href=/top>Top 10</a></nav><div class=\"cookie-banner\"><p>We use cookies for "
                            + "30 days.</p></div><footer>© 2020 Site</footer>"));
            assertThat(p.articles()).isEmpty();
            assertThat(p.text()).isEmpty();
        }
    }

    @Nested
    class SeveralArticles {

        private final String story = "<article class=\"story\"><h1>%s</h1><p class=\"byline\">By %s "
                + "<time datetime=\"%s\">%s</time></p><div class=\"body\"><p>%s</p><p>%s</p></div></article>";

        @Test
        void twoArticleElementsWithTextAreTwoArticlesEachWithItsTitleAndDate() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"og:title\" content=\"Mine output rises 6%\">"
                            + "<meta property=\"article:published_time\" content=\"2023-05-04T08:00:00Z\">",
                    String.format(story, "Mine output rises 6%", "Ann Lee", "2023-05-04T08:00:00Z", "4 May",
                            "Output at the Karak mine rose 6% in the third quarter to 410,000 tonnes, the company said.",
                            "It expects to produce 1.6 million tonnes this year.")
                            + "<div class=\"next\">Next article</div>"
                            + String.format(story, "Airline orders 20 jets", "Tom Ray", "2023-05-02T16:00:00Z", "2 May",
                            "The airline has ordered 20 narrow-body jets worth about $2.2 billion at list prices.",
                            "It will retire 12 older aircraft over the next four years.")
                            + "<aside><article class=\"card\"><h3><a href=/c>Gold hits a record</a></h3>"
                            + "<p>Prices passed $2,100 an ounce for the first time on Tuesday afternoon in London trading.</p>"
                            + "</article></aside>"));
            assertThat(p.articles()).extracting(HtmlArticle::title)
                    .containsExactly("Mine output rises 6%", "Airline orders 20 jets");
            assertThat(p.articles()).extracting(HtmlArticle::publishedDate).containsExactly("2023-05-04", "2023-05-02");
            assertThat(p.articles()).extracting(HtmlArticle::author).containsExactly("Ann Lee", "Tom Ray");
            assertThat(p.articles().get(1).text()).isEqualTo("Airline orders 20 jets\n\n"
                    + "The airline has ordered 20 narrow-body jets worth about $2.2 billion at list prices.\n\n"
                    + "It will retire 12 older aircraft over the next four years.");
            assertThat(p.text()).doesNotContain("Next article", "Gold", "By ");
        }

        @Test
        void teaserCardsWithLinkedHeadlinesAreNotArticles() {
            HtmlPage p = HtmlReader.read(page("",
                    "<main><article><h1>Main story</h1><p>The main story has a paragraph of its own that runs on for a while, "
                            + "with figures such as 12% in it.</p></article>"
                            + "<article class=\"card\"><h2><a href=/a>Factory to close with loss of 300 jobs</a></h2>"
                            + "<p>The plant, which opened in 1987, will shut by March as orders fell by a third, it said.</p></article>"
                            + "<article class=\"card\"><h2><a href=/b>Shop prices rise 2.1%</a></h2>"
                            + "<p>Food inflation eased for the fourth month in a row, retailers said on Monday morning.</p></article></main>"));
            assertThat(p.articles()).hasSize(1);
            assertThat(p.text()).doesNotContain("Factory", "plant", "Food inflation");
        }

        @Test
        void aLiveBlogIsItsIntroductionAndOneArticlePerPost() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"og:title\" content=\"Election night: live results\">"
                            + "<meta property=\"article:published_time\" content=\"2024-07-04T21:00:00+01:00\">",
                    "<main><span class=\"badge\">Live</span><h1>Election night: live results</h1>"
                            + "<p class=\"intro\">Follow the count as results come in from 650 constituencies.</p>"
                            + "<article class=\"post\"><time datetime=\"2024-07-05T02:10:00+01:00\">02:10</time>"
                            + "<h2>Turnout at 59%</h2><p>Turnout looks set to be about 59%, the lowest since 2001, on the first "
                            + "120 results.</p></article>"
                            + "<article class=\"post\"><time datetime=\"2024-07-04T22:00:00+01:00\">22:00</time>"
                            + "<p>The exit poll suggests a majority of about 170 seats for the opposition parties.</p></article>"
                            + "</main>"));
            assertThat(p.articles()).extracting(HtmlArticle::title)
                    .containsExactly("Election night: live results", "Turnout at 59%", null);
            assertThat(p.articles()).extracting(HtmlArticle::publishedDate)
                    .containsExactly("2024-07-04", "2024-07-05", "2024-07-04");
            assertThat(p.articles().get(0).text()).isEqualTo("Election night: live results\n\n"
                    + "Follow the count as results come in from 650 constituencies.");
            assertThat(p.articles().get(2).text()).isEqualTo(
                    "The exit poll suggests a majority of about 170 seats for the opposition parties.");
        }

        @Test
        void storiesPrintedOneAfterAnotherUnderTheirOwnH1AreSeparated() {
            HtmlPage p = HtmlReader.read(page("<title>Two stories</title>",
                    "<div id=\"wrap\"><div class=\"story\"><h1>Mine output rises 6%</h1><div class=\"story-body\">"
                            + "<p>Output at the Karak mine rose 6% in the third quarter to 410,000 tonnes, the company said.</p></div></div>"
                            + "<div class=\"story\"><h1>Airline orders 20 jets</h1><div class=\"story-body\">"
                            + "<p>The airline has ordered 20 narrow-body jets worth about $2.2 billion at list prices.</p></div></div></div>"));
            // the first h1 names the page's first story better than the <title>
            assertThat(p.articles()).extracting(HtmlArticle::title).containsExactly("Mine output rises 6%", "Airline orders 20 jets");
            assertThat(p.articles().get(1).text()).startsWith("Airline orders 20 jets\n\nThe airline");
        }

        @Test
        void sectionsWithTheirOwnH1InOneArticleElementStayOneArticle() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article><h1>Budget explained</h1><p>The budget adds €2 billion of spending next year, the minister said.</p>"
                            + "<section><h1>Taxes</h1><p>Income tax bands rise by 3% from January, in line with wages.</p></section>"
                            + "</article>"));
            assertThat(p.articles()).hasSize(1);
        }
    }

    @Nested
    class Metadata {

        @Test
        void jsonLdGraphWithThePublisherByReferenceAndSeveralAuthors() {
            HtmlPage p = HtmlReader.read(page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                            + "\"@graph\":[{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"Grain Desk\"},"
                            + "{\"@type\":\"NewsArticle\",\"headline\":\"Rice stocks build\",\"datePublished\":\"2021-02-03T10:00:00Z\","
                            + "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"},\"B. Writer\"],"
                            + "\"publisher\":{\"@id\":\"#site\"}}]}</script>",
                    "<p>Rice stocks in Asia built up in January, traders said.</p>"));
            assertThat(p.title()).isEqualTo("Rice stocks build");
            assertThat(p.publishedDate()).isEqualTo("2021-02-03");
            assertThat(p.author()).isEqualTo("A. Writer, B. Writer");
            assertThat(p.siteName()).isEqualTo("Grain Desk");
        }

        @Test
        void jsonLdWithRawLineBreaksAndATrailingCommaIsStillRead() {
            HtmlPage p = HtmlReader.read(page("<script type=\"application/ld+json\">{\"@type\": \"Article\",\n"
                            + "\"headline\": \"Barley\nexports climb\", \"datePublished\": \"2020-05-06\",}</script>",
                    "<p>Body.</p>"));
            assertThat(p.publishedDate()).isEqualTo("2020-05-06");
            assertThat(p.title()).isEqualTo("Barley exports climb");
        }

        @Test
        void theVisibleHeadlineIsTheHeadingThatOneOfTheTitleTagsPartsNames() {
            HtmlPage p = HtmlReader.read(page("<title>News | Steel tariffs cut | Daily Metal</title>"
                            + "<meta property=\"og:site_name\" content=\"Daily Metal\">"
                            + "<meta property=\"og:title\" content=\"Why steel tariffs were cut\">",
                    "<header><h1 class=\"logo\">Daily Metal</h1></header><div class=\"col\"><h2 class=\"headline\">Steel "
                            + "tariffs cut</h2><p>The government cut tariffs on imported steel to 10% from 25%.</p></div>"));
            assertThat(p.title()).isEqualTo("Why steel tariffs were cut");
            assertThat(p.text()).isEqualTo("Steel tariffs cut\n\nThe government cut tariffs on imported steel to 10% from 25%.");
        }

        @Test
        void theSiteNameBeforeTheHeadlineIsRemovedWhenTheSiteIsKnown() {
            HtmlPage p = HtmlReader.read(page("<meta property=\"og:site_name\" content=\"Grain Desk\">"
                    + "<title>Grain Desk: Rice stocks build</title>", "<p>Body.</p>"));
            assertThat(p.title()).isEqualTo("Rice stocks build");
        }

        @Test
        void publishedDateFromOtherMetaNamesAndTheAuthorFromMeta() {
            HtmlPage p = HtmlReader.read(page("<meta name=\"dc.date\" content=\"2018/07/09\">"
                    + "<meta name=\"author\" content=\"C. Writer\">", "<p>Body.</p>"));
            assertThat(p.publishedDate()).isEqualTo("2018-07-09");
            assertThat(p.author()).isEqualTo("C. Writer");
        }

        @Test
        void thePublishedTimeWinsOverTheUpdatedOneAndCommentTimesDoNotCount() {
            HtmlPage p = HtmlReader.read(page("",
                    "<article><h1>Seeds</h1><div class=\"entry-meta\"><time class=\"updated\" datetime=\"2019-03-05\">5 March"
                            + "</time><time class=\"entry-date published\" datetime=\"2019-03-03\">3 March</time></div>"
                            + "<p>Seed prices rose by a fifth this spring, the growers said.</p></article>"
                            + "<div id=\"comments\"><time datetime=\"2019-03-01\">1 March</time></div>"));
            assertThat(p.publishedDate()).isEqualTo("2019-03-03");
        }

        @Test
        void theCopyrightYearOfTheFooter() {
            HtmlPage p = HtmlReader.read(page("", "<main><p>Body.</p></main><footer><p>© 2009–2020 Furrow Media</p></footer>"));
            assertThat(p.footerYear()).isEqualTo(2020);
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
                "\n\nDelegates at the opening session in Samarkand on November 20.\n\n",
                "\n\na €6 mln grant for water meters in the Fergana valley;\n\n",
                "11 ministers among the guests");
        assertThat(p.text()).doesNotContain(
                "cookies", "Top 10", "Facebook", "Advertisement", "Subscriber-only", "Draft note",
                "morning email", "Comments", "Related stories", "Kyrgyz gold", "Navoi Street", "©", "dataLayer",
                "Photo: Eurasia Brief", "By Aziza Karimova", "\n\nEconomy\n\n");
    }
}
