package dev.factx.cli;

import dev.factx.ExtractOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command {@code factx}; its work is done by subcommands ({@code extract}, {@code timeline}, {@code text}). Called
 * without one it is a usage error.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
public final class FactxCommand implements Callable<Integer> {

    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("factx: missing command (try 'factx extract FILE...')");
        err.print(spec.commandLine().getUsageMessage(spec.commandLine().getColorScheme()));
        err.flush();
        return ExitCodes.USAGE_ERROR;
    }

    /** The command's declaration: its name, help and options, run by this instance. */
    CommandSpec spec() {
        spec = CommandSpecs.command(this, "factx",
                "Extracts every figure (money, percent, count, quantity, ratio, duration, date)"
                        + " from news articles, one record per fact.");
        spec.usageMessage().sortOptions(true).synopsisSubcommandLabel("COMMAND");
        CommandSpecs.addHelpOptions(spec);
        return spec;
    }

    /** The names of the subcommands, in the order help lists them. */
    static final java.util.List<String> SUBCOMMANDS = java.util.List.of("extract", "timeline", "text");

    /** The complete command line, extracting with the real {@link dev.factx.Extractor}. */
    public static CommandLine commandLine(StandardStreams io) {
        return commandLine(io, (String) null);
    }

    /** The command line for a run whose first argument is {@code first} (null: any run). */
    static CommandLine commandLine(StandardStreams io, String first) {
        return commandLine(io, options -> new FactSource() {
            // Taken on the first document, not when the command starts: meanwhile the command
            // opens its output and reads its first input while the lexicons are still loading.
            private volatile dev.factx.Extractor extractor;

            private dev.factx.Extractor extractor() {
                dev.factx.Extractor e = extractor;
                if (e == null) {
                    e = LoadedExtractor.with(options); // threads that race here get equal ones
                    extractor = e;
                }
                return e;
            }

            @Override
            public java.util.List<dev.factx.model.Fact> extract(String file, String text, boolean html) {
                return extractor().extract(file, text, html);
            }

            @Override
            public void extract(String file, String text, boolean html, java.util.function.Consumer<dev.factx.model.Fact> sink) {
                extractor().extract(file, text, html, sink);
            }
        }, first);
    }

    /** The complete command line with {@code sources} in place of the extractor (for tests). */
    static CommandLine commandLine(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        return commandLine(io, sources, null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: when that names a
     * subcommand, only that one is built: a run of {@code factx extract} never needs
     * {@code timeline}'s or {@code text}'s options.
     */
    static CommandLine commandLine(StandardStreams io, Function<ExtractOptions, FactSource> sources, String first) {
        CommandLine cl = CommandSpecs.commandLine(new FactxCommand().spec());
        boolean all = first == null || !SUBCOMMANDS.contains(first);
        if (all || first.equals("extract")) {
            cl.addSubcommand(CommandSpecs.commandLine(new ExtractCommand(io, sources).spec()));
        }
        if (all || first.equals("timeline")) {
            cl.addSubcommand(CommandSpecs.commandLine(new TimelineCommand(io, sources).spec()));
        }
        if (all || first.equals("text")) {
            cl.addSubcommand(CommandSpecs.commandLine(new TextCommand(io).spec()));
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
