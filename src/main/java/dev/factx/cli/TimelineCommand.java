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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code factx timeline}: the dated events of all inputs, in chronological order.
 *
 * <p>An event is a date that the extractor found anchoring something that happened or is planned
 * (held, signed, met, visited, launched, scheduled, a summit, an election), not a year that only
 * labels a figure. Events can only be ordered once every input is read, so nothing is written
 * before the end; inputs that fail are reported and skipped as in {@code extract}.
 *
 * <p>Not thread-safe: picocli fills the fields of one instance per run.
 */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Prints the dated events of all FILEs in chronological order: date, event,"
                + " sentence, article and file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs read",
            "1:some input could not be read, or the output not written",
            "2:usage error"})
final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            converter = Converters.TimelineFormatConverter.class,
            completionCandidates = Converters.TimelineFormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                    + " md is a Markdown table for reading.")
    private TimelineFormat format;

    @Mixin
    private CommonOptions common;

    private final StandardStreams io;
    private final Function<ExtractOptions, FactSource> sources;

    TimelineCommand(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        this.io = io;
        this.sources = sources;
    }

    @Override
    public Integer call() {
        ErrorReporter reporter = new ErrorReporter(io.stderr(), common.stacktrace);
        OutputTarget target;
        try {
            target = common.openTarget(io);
        } catch (IOException | InvalidPathException e) {
            reporter.error(common.output, e instanceof IOException io ? Reasons.of(io) : "invalid file name", e);
            return ExitCodes.OUTPUT_ERROR;
        }
        FactSource source = sources.apply(new ExtractOptions(EnumSet.of(Kind.DATE), common.referenceDate));
        Inputs inputs = common.inputs(io, reporter);
        Timeline timeline = new Timeline();
        try {
            inputs.readFacts(common.files, source, (name, facts) -> timeline.add(facts));
            TimelineWriter writer = format.open(target.writer(), !common.noFormulaGuard);
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
