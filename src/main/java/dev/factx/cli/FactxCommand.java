package dev.factx.cli;

import dev.factx.ExtractOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command {@code factx}; its work is done by subcommands ({@code extract}, {@code timeline}, {@code text}). Called
 * without one it is a usage error.
 *
 * <p>Not thread-safe: picocli fills the fields of one instance per run.
 */
@Command(name = "factx",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Extracts every figure (money, percent, count, quantity, ratio, duration, date)"
                + " from news articles, one record per fact.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs read",
            "1:some input could not be read, or the output not written",
            "2:usage error"})
public final class FactxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("factx: missing command (try 'factx extract FILE...')");
        err.print(spec.commandLine().getUsageMessage(spec.commandLine().getColorScheme()));
        err.flush();
        return ExitCodes.USAGE_ERROR;
    }

    /** The names of the subcommands, in the order help lists them. */
    static final java.util.List<String> SUBCOMMANDS = java.util.List.of("extract", "timeline", "text");

    /** The complete command line, extracting with the real {@link dev.factx.Extractor}. */
    public static CommandLine commandLine(StandardStreams io) {
        return commandLine(io, (String) null);
    }

    /** The command line for a run whose first argument is {@code first} (null: any run). */
    static CommandLine commandLine(StandardStreams io, String first) {
        return commandLine(io, options -> {
            dev.factx.Extractor extractor = LoadedExtractor.with(options);
            return new FactSource() {
                @Override
                public java.util.List<dev.factx.model.Fact> extract(String file, String text, boolean html) {
                    return extractor.extract(file, text, html);
                }

                @Override
                public void extract(String file, String text, boolean html, java.util.function.Consumer<dev.factx.model.Fact> sink) {
                    extractor.extract(file, text, html, sink);
                }
            };
        }, first);
    }

    /** The complete command line with {@code sources} in place of the extractor (for tests). */
    static CommandLine commandLine(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        return commandLine(io, sources, null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: when that names a
     * subcommand, only that one is built. picocli reads each command's options by reflection
     * from its annotations, the larger part of a short run's start-up, and a run of
     * {@code factx extract} never needs {@code timeline}'s or {@code text}'s.
     */
    static CommandLine commandLine(StandardStreams io, Function<ExtractOptions, FactSource> sources, String first) {
        CommandLine cl = new CommandLine(new FactxCommand());
        boolean all = first == null || !SUBCOMMANDS.contains(first);
        if (all || first.equals("extract")) {
            cl.addSubcommand(new CommandLine(new ExtractCommand(io, sources)));
        }
        if (all || first.equals("timeline")) {
            cl.addSubcommand(new CommandLine(new TimelineCommand(io, sources)));
        }
        if (all || first.equals("text")) {
            cl.addSubcommand(new CommandLine(new TextCommand(io)));
        }
        // Applied after the subcommands are added: picocli copies these settings down the
        // command tree only to the subcommands that exist at the time.
        cl.setOut(new PrintWriter(io.stdout()));
        cl.setErr(io.stderr());
        cl.setColorScheme(Help.defaultColorScheme(ansi(io)));
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new InternalErrorHandler(io.stderr()));
        return cl;
    }

    /** Colour in help only on a terminal, and never when {@code NO_COLOR} is set (no-color.org). */
    static Help.Ansi ansi(StandardStreams io) {
        String noColor = io.env().get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? Help.Ansi.OFF : Help.Ansi.AUTO;
    }
}
