package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.FactWriter;
import dev.factx.output.OutputFormat;
import dev.factx.output.StdoutSink;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code factx extract}: reads each input, extracts its facts and writes them in one format.
 *
 * <p>Inputs are processed in argument order and their facts written in the order the extractor
 * returns them, so the same inputs always give the same bytes. An input that cannot be read is
 * reported on standard error and skipped; the run goes on and ends with
 * {@link ExitCodes#INPUT_ERROR}. When the reader of standard output goes away
 * ({@code factx extract ... | head}) the run stops at once without a message.
 *
 * <p>Not thread-safe: picocli fills the fields of one instance per run.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Extracts the facts of each FILE and writes one record per fact.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs read",
            "1:some input could not be read, or the output not written",
            "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    /** File name extensions that {@code --recursive} takes from a directory. */
    static final List<String> RECURSIVE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");

    private static final String STDIN = "-";

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Text or HTML files to read; '-' or none reads standard input."
                    + " Use '--' before names that start with '-'; '@FILE' reads arguments from FILE.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            converter = Converters.FormatConverter.class,
            completionCandidates = Converters.FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; FILE appears only when the run"
                    + " has written everything.")
    private String output;

    @Option(names = "--kinds", paramLabel = "KIND", split = ",",
            converter = Converters.KindConverter.class,
            completionCandidates = Converters.KindNames.class,
            description = "Report only these kinds, comma-separated: ${COMPLETION-CANDIDATES}"
                    + " (default: all).")
    private List<Kind> kinds;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            converter = Converters.ReferenceDateConverter.class,
            description = "The date that year-less and relative dates resolve against,"
                    + " in place of the date the document gives.")
    private LocalDate referenceDate;

    @Option(names = {"-r", "--recursive"},
            description = "Read directories, taking their .txt, .text, .html and .htm files"
                    + " in sorted order.")
    private boolean recursive;

    @Option(names = "--no-formula-guard", negatable = false,
            description = "CSV: write text cells starting with = + - @ tab or CR as they are,"
                    + " without the ' that stops spreadsheets running them as formulas.")
    private boolean noFormulaGuard;

    @Option(names = "--stacktrace", description = "Print the stack trace of errors.")
    private boolean stacktrace;

    private final StandardStreams io;
    private final Function<ExtractOptions, FactSource> sources;

    ExtractCommand(StandardStreams io, Function<ExtractOptions, FactSource> sources) {
        this.io = io;
        this.sources = sources;
    }

    @Override
    public Integer call() {
        ErrorReporter reporter = new ErrorReporter(io.stderr(), stacktrace);
        OutputTarget target;
        try {
            target = openTarget();
        } catch (IOException | InvalidPathException e) {
            reporter.error(output, e instanceof IOException io ? Reasons.of(io) : "invalid file name", e);
            return ExitCodes.OUTPUT_ERROR;
        }
        Run run = new Run(reporter, sources.apply(extractOptions()), target);
        return run.execute(files.isEmpty() ? List.of(STDIN) : files);
    }

    private OutputTarget openTarget() throws IOException {
        if (output == null || output.equals(STDIN)) {
            return OutputTarget.stdout(io.stdout());
        }
        return OutputTarget.file(output, Path.of(output));
    }

    private ExtractOptions extractOptions() {
        Set<Kind> selected = kinds == null ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        return new ExtractOptions(selected, referenceDate);
    }

    /** The state of one run: where facts go and whether any input failed. */
    private final class Run {
        private final ErrorReporter reporter;
        private final FactSource source;
        private final OutputTarget target;
        private FactWriter writer;
        private boolean inputFailed;

        Run(ErrorReporter reporter, FactSource source, OutputTarget target) {
            this.reporter = reporter;
            this.source = source;
            this.target = target;
        }

        /** Processes {@code names} in order and returns the exit code. */
        int execute(List<String> names) {
            try {
                writer = format.open(target.writer(), !noFormulaGuard);
                for (String name : names) {
                    input(name);
                }
                writer.finish();
                target.commit();
            } catch (OutputFailure e) {
                return outputFailed(e.getCause());
            } catch (IOException e) {
                return outputFailed(e);
            }
            return inputFailed ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
        }

        /** Reads one command-line argument: standard input, a file, or a directory. */
        private void input(String name) throws OutputFailure {
            if (name.equals(STDIN)) {
                readAndWrite(name, null);
                return;
            }
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                fail(name, "invalid file name", e);
                return;
            }
            if (Files.isDirectory(path)) {
                if (recursive) {
                    walk(path);
                } else {
                    fail(name, "is a directory (use --recursive)", null);
                }
                return;
            }
            readAndWrite(name, path);
        }

        /**
         * Visits {@code dir} depth-first, entries sorted by name, so the order never depends on
         * the file system. Links to directories are not followed: they could form a cycle.
         */
        private void walk(Path dir) throws OutputFailure {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                fail(dir.toString(), Reasons.of(e), e);
                return;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    walk(entry);
                } else if (Files.isRegularFile(entry) && hasRecursiveExtension(entry)) {
                    readAndWrite(entry.toString(), entry);
                }
            }
        }

        /** Reads one input ({@code path} null for standard input), extracts and writes its facts. */
        private void readAndWrite(String name, Path path) throws OutputFailure {
            DecodedInput input;
            try {
                input = path == null ? InputDecoder.read(io.stdin()) : InputDecoder.read(path);
            } catch (IOException e) {
                fail(name, Reasons.of(e), e);
                return;
            }
            if (input.invalidSequences() > 0) {
                int n = input.invalidSequences();
                reporter.warning(name, n + " invalid UTF-8 sequence" + (n == 1 ? "" : "s") + " replaced");
            }
            List<Fact> facts;
            try {
                facts = source.extract(name, input.text(), input.html());
            } catch (RuntimeException e) {
                // A bug met on one document should not cost the user the facts of the others.
                fail(name, "extraction failed: " + e, e);
                return;
            }
            try {
                for (Fact fact : facts) {
                    writer.write(fact);
                }
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }

        private void fail(String name, String reason, Throwable cause) {
            reporter.error(name, reason, cause);
            inputFailed = true;
        }

        /** Ends the run after an output error: quietly for a closed pipe, with a message otherwise. */
        private int outputFailed(IOException e) {
            target.discard();
            if (target.isStdout() && StdoutSink.isBrokenPipe(e)) {
                return inputFailed ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
            }
            reporter.error(target.name(), Reasons.of(e), e);
            return ExitCodes.OUTPUT_ERROR;
        }
    }

    private static boolean hasRecursiveExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return RECURSIVE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** An error writing the output, kept apart from the input errors that are only reported. */
    private static final class OutputFailure extends Exception {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
