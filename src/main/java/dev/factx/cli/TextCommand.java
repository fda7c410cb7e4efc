package dev.factx.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.factx.DocumentText;
import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code factx text}: the article text factx reads in each input, with the articles and their
 * titles marked, so that a user can see what was kept and what was dropped as furniture before
 * trusting the facts.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class TextCommand implements Callable<Integer> {

    /** The formats of this command: readable text, or one JSON object per article. */
    enum Format { TEXT, JSONL }

    private final OptionSpec format = OptionSpec.builder("--format")
            .paramLabel("FORMAT").type(Format.class).defaultValue("text").converters(new FormatConverter())
            .description("Output format: text or jsonl (default: ${DEFAULT-VALUE}); jsonl is one object"
                    + " per article with file, article, title, doc_date, doc_date_source, site, url, text.")
            .build();

    private final CommonOptions common = new CommonOptions();

    private final StandardStreams io;

    TextCommand(StandardStreams io) {
        this.io = io;
    }

    /** The command's declaration: its name, help and options, run by this instance. */
    CommandSpec spec() {
        CommandSpec spec = CommandSpecs.command(this, "text",
                "Prints the article text factx reads in each FILE: one block per article,"
                        + " headed by its number, title and date; page furniture is left out.");
        spec.addOption(format);
        common.addTo(spec);
        CommandSpecs.addHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        ErrorReporter reporter = new ErrorReporter(io.stderr(), common.stacktrace());
        OutputTarget target;
        try {
            target = common.openTarget(io);
        } catch (IOException | InvalidPathException e) {
            reporter.error(common.output(), e instanceof IOException io ? Reasons.of(io) : "invalid file name", e);
            return ExitCodes.OUTPUT_ERROR;
        }
        Extractor extractor = LoadedExtractor.with(new ExtractOptions(EnumSet.noneOf(dev.factx.model.Kind.class),
                common.referenceDate()));
        Inputs inputs = common.inputs(io, reporter);
        Writer out = target.writer();
        try {
            JsonGenerator json = format.getValue() == Format.JSONL ? JSON.createGenerator(out) : null;
            inputs.readAll(common.files(), (name, input) -> extractor.text(input.text(), input.html()),
                    (name, doc) -> {
                        if (json != null) {
                            writeJson(json, name, doc);
                        } else {
                            writeText(out, name, doc);
                        }
                    });
            if (json != null) {
                json.close(); // AUTO_CLOSE_TARGET is off: flushes and leaves the sink open
            }
            out.flush();
            target.commit();
        } catch (IOException e) {
            return Outputs.failed(target, reporter, inputs, e);
        }
        return inputs.failed() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator("")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * One input as readable text:
     * <pre>
     * ==&gt; FILE &lt;==
     * site: NAME                       (HTML pages that name one)
     * url: ADDRESS                     (HTML pages that give one)
     *
     * === article 1: TITLE
     * doc_date: 2019-04-12 (dateline)
     *
     * First paragraph.
     *
     * Second paragraph.
     * </pre>
     * A file with no article says {@code (no article text)}.
     */
    static void writeText(Writer out, String name, DocumentText doc) throws IOException {
        out.write("==> " + name + " <==\n");
        if (doc.site() != null) {
            out.write("site: " + oneLine(doc.site()) + "\n");
        }
        if (doc.url() != null) {
            out.write("url: " + oneLine(doc.url()) + "\n");
        }
        if (doc.articles().isEmpty()) {
            out.write("\n(no article text)\n");
        }
        for (DocumentText.ArticleText a : doc.articles()) {
            out.write("\n=== article " + a.index() + (a.title() == null ? "" : ": " + oneLine(a.title())) + "\n");
            out.write("doc_date: " + (a.docDate() == null ? "unknown" : a.docDate() + " (" + a.docDateSource() + ")") + "\n\n");
            out.write(a.text());
            out.write("\n");
        }
        out.write("\n");
    }

    private static void writeJson(JsonGenerator json, String name, DocumentText doc) throws IOException {
        for (DocumentText.ArticleText a : doc.articles()) {
            json.writeStartObject();
            json.writeStringField("file", name);
            json.writeNumberField("article", a.index());
            json.writeStringField("title", a.title());
            json.writeStringField("doc_date", a.docDate());
            json.writeStringField("doc_date_source", a.docDateSource());
            json.writeStringField("site", doc.site());
            json.writeStringField("url", doc.url());
            json.writeStringField("text", a.text());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Header values on one line: a title with a line break would break the layout. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (expected text, jsonl)");
        }
    }
}
