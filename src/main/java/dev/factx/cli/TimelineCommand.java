package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.model.Kind;
import dev.factx.output.TimelineFormat;
import dev.factx.output.TimelineWriter;
import dev.factx.timeline.Timeline;
import dev.factx.timeline.TimelineEvent;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code factx timeline}: the dated events of all inputs, in chronological order.
 *
 * <p>An event is a date that the extractor found anchoring something that happened or is planned
 * (held, signed, met, visited, launched, scheduled, a summit, an election), not a year that only
 * labels a figure. Events can only be ordered once every input is read, so nothing is written
 * before the end; inputs that fail are reported and skipped as in {@code extract}.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class TimelineCommand implements Callable<Integer> {

    private final OptionSpec format = OptionSpec.builder("--format")
            .paramLabel("FORMAT").type(TimelineFormat.class).defaultValue("csv")
            .converters(new Converters.TimelineFormatConverter())
            .completionCandidates(new Converters.TimelineFormatNames())
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                    + " md is a Markdown table for reading.")
            .build();

    private final CommonOptions common = new CommonOptions();

    private final StandardStreams io;
    private final Function<ExtractOptions, FactSource> sources;

    TimelineCommand(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        this.io = io;
        this.sources = sources;
    }

    /** The command's declaration: its name, help and options, run by this instance. */
    CommandSpec spec() {
        CommandSpec spec = CommandSpecs.command(this, "timeline",
                "Prints the dated events of all FILEs in chronological order: date, event,"
                        + " sentence, article and file.");
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
        FactSource source = sources.apply(new ExtractOptions(EnumSet.of(Kind.DATE), common.referenceDate()));
        Inputs inputs = common.inputs(io, reporter);
        Timeline timeline = new Timeline();
        try {
            inputs.readFacts(common.files(), source, (name, facts) -> timeline.add(facts));
            TimelineWriter writer = format.<TimelineFormat>getValue().open(target.writer(), !common.noFormulaGuard());
            for (TimelineEvent event : timeline.inOrder()) {
                writer.write(event);
            }
            writer.finish();
            target.commit();
        } catch (IOException e) {
            return Outputs.failed(target, reporter, inputs, e);
        }
        return inputs.failed() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }
}
