package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factx timeline} end to end with the real extractor. */
class TimelineCliTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> column(String csv, int index) {
        return csv.lines().skip(1).map(l -> l.split(",")[index]).toList();
    }

    @Test
    void eventsOfAllInputsComeInDateOrder() throws IOException {
        Path a = file("a.txt", "The treaty was signed on 5 May 2015. Trade reached $2 billion in 2010.\n");
        Path b = file("b.txt", "The first plant opened in 2009. The summit was held on 3 March 2012.\n");

        Cli.Result r = new Cli().run("timeline", a.toString(), b.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(column(r.out(), 0)).containsExactly("2009", "2012-03-03", "2015-05-05");
        assertThat(column(r.out(), 3)).containsExactly("open", "hold", "sign");
    }

    @Test
    void relativeDatesResolveAgainstTheReferenceDate() throws IOException {
        Path a = file("a.txt", "The minister visited the plant last month.\n");
        Cli.Result r = new Cli().run("timeline", "--reference-date", "2019-06-15", a.toString());
        assertThat(column(r.out(), 0)).containsExactly("2019-05");
    }

    @Test
    void markdownAndJsonLinesCarryTheSameEvents() throws IOException {
        Path a = file("a.txt", "The treaty was signed on 5 May 2015.\n");

        Cli.Result md = new Cli().run("timeline", "--format", "md", a.toString());
        Cli.Result jsonl = new Cli().run("timeline", "--format", "jsonl", a.toString());

        assertThat(md.out()).startsWith("| date | event | sentence | article | file |\n")
                .contains("| 2015-05-05 | sign | The treaty was signed on 5 May 2015. |");
        assertThat(jsonl.out()).startsWith("{\"date\":\"2015-05-05\",").endsWith("}\n").hasLineCount(1);
    }

    @Test
    void aMissingInputIsReportedAndTheOthersStillCount() throws IOException {
        Path a = file("a.txt", "The treaty was signed on 5 May 2015.\n");
        String missing = dir.resolve("missing.txt").toString();

        Cli.Result r = new Cli().run("timeline", missing, a.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("factx: " + missing + ": No such file or directory\n"
                + "factx: 1 of 2 files skipped\n");
        assertThat(column(r.out(), 0)).containsExactly("2015-05-05");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result r = new Cli().run("timeline", "--format", "json", "x.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("factx: invalid value for option '--format': unknown format 'json' (expected csv, jsonl, md)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outputFileAppearsWithEverything() throws IOException {
        Path a = file("a.txt", "The treaty was signed on 5 May 2015.\n");
        Path out = dir.resolve("timeline.md");

        Cli.Result r = new Cli().run("timeline", "--format", "md", "-o", out.toString(), a.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).contains("| 2015-05-05 | sign |");
    }

    @Test
    void standardInputIsReadWhenNoFileIsGiven() {
        Cli.Result r = new Cli().stdin("The summit was held on 3 March 2012.\n").run("timeline");
        assertThat(column(r.out(), 0)).containsExactly("2012-03-03");
        assertThat(column(r.out(), 7)).containsExactly("-");
    }
}
