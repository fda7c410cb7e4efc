package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.FactWriter;
import dev.factx.output.OutputFormat;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code factx extract}: reads each input, extracts its facts and writes them in one format.
 *
 * <p>Inputs are processed in argument order and their facts written as soon as each input is
 * done, in the order the extractor returns them, so the same inputs always give the same bytes.
 * An input that cannot be read is reported on standard error and skipped; the run goes on and
 * ends with {@link ExitCodes#INPUT_ERROR}. When the reader of standard output goes away
 * ({@code factx extract ... | head}) the run stops at once without a message.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class ExtractCommand implements Callable<Integer> {

    private final OptionSpec format = OptionSpec.builder("--format")
            .paramLabel("FORMAT").type(OutputFormat.class).defaultValue("csv")
            .converters(new Converters.FormatConverter()).completionCandidates(new Converters.FormatNames())
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build();

    private final OptionSpec kinds = OptionSpec.builder("--kinds")
            .paramLabel("KIND").type(List.class).auxiliaryTypes(Kind.class).splitRegex(",")
            .converters(new Converters.KindConverter()).completionCandidates(new Converters.KindNames())
            .description("Report only these kinds, comma-separated: ${COMPLETION-CANDIDATES}"
                    + " (default: all).")
            .build();

    private final CommonOptions common = new CommonOptions();

    private final StandardStreams io;
    private final Function<ExtractOptions, FactSource> sources;

    ExtractCommand(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        this.io = io;
        this.sources = sources;
    }

    /** The command's declaration: its name, help and options, run by this instance. */
    CommandSpec spec() {
        CommandSpec spec = CommandSpecs.command(this, "extract",
                "Extracts the facts of each FILE and writes one record per fact.");
        spec.addOption(format);
        spec.addOption(kinds);
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
        List<Kind> chosen = kinds.getValue();
        Set<Kind> selected = chosen == null ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(chosen);
        FactSource source = sources.apply(new ExtractOptions(selected, common.referenceDate()));
        Inputs inputs = common.inputs(io, reporter);
        try {
            FactWriter writer = format.<OutputFormat>getValue().open(target.writer(), !common.noFormulaGuard());
            ProgressLine progress = common.progressLine(io);
            inputs.readFacts(common.files(), source, (name, facts) -> {
                for (Fact fact : facts) {
                    writer.write(fact);
                }
                if (progress != null) {
                    progress.facts(facts.size());
                }
            }, fact -> {
                writer.write(fact);
                if (progress != null) {
                    progress.facts(1);
                }
            });
            writer.finish();
            target.commit();
        } catch (IOException e) {
            return Outputs.failed(target, reporter, inputs, e);
        }
        return inputs.failed() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }
}
