package dev.factx.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs, output and error options that {@code extract} and {@code timeline} share, so that
 * both read files, directories and standard input the same way and write the same way.
 *
 * <p>Not thread-safe: picocli fills the fields of one instance per run.
 */
final class CommonOptions {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Text or HTML files to read; '-' or none reads standard input."
                    + " Use '--' before names that start with '-'; '@FILE' reads arguments from FILE.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; FILE appears only when the run"
                    + " has written everything.")
    String output;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            converter = Converters.ReferenceDateConverter.class,
            description = "The date that year-less and relative dates resolve against,"
                    + " in place of the date the document gives.")
    LocalDate referenceDate;

    @Option(names = {"-r", "--recursive"},
            description = "Read directories, taking their .txt, .text, .html and .htm files"
                    + " in sorted order.")
    boolean recursive;

    @Option(names = "--no-formula-guard", negatable = false,
            description = "CSV: write text cells starting with = + - @ tab or CR as they are,"
                    + " without the ' that stops spreadsheets running them as formulas.")
    boolean noFormulaGuard;

    @Option(names = "--stacktrace", description = "Print the stack trace of errors.")
    boolean stacktrace;

    @Option(names = "--fail-fast",
            description = "Stop at the first input that cannot be read (what was written stays; exit 1).")
    boolean failFast;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "64MiB",
            converter = Converters.SizeConverter.class,
            description = "Skip inputs larger than SIZE: bytes, or with k, M, G (powers of 1024;"
                    + " KiB, MiB, GiB and KB, MB, GB mean the same). Default: ${DEFAULT-VALUE}.")
    long maxFileSize;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = Converters.JobsConverter.class,
            description = "Process N files at once (default: the number of cores, ${sys:factx.cores} here)."
                    + " The output is the same bytes whatever N.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress",
            description = "Show a progress line on standard error even when it is not a terminal"
                    + " (one line every few seconds).")
    boolean progress;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress line (by default one appears on a terminal when a run"
                    + " takes more than two seconds).")
    boolean quiet;

    static {
        // for ${sys:factx.cores} in the help of --jobs
        System.setProperty("factx.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The input reader for this run, with these options; with a progress line when standard error
     * is a terminal (unless {@code --quiet}) or {@code --progress} asks for one, which
     * {@code reporter} erases before each message.
     */
    Inputs inputs(StandardStreams io, ErrorReporter reporter) {
        Inputs inputs = new Inputs(io, reporter, recursive, failFast, maxFileSize, jobs);
        ProgressLine line = progressLine(io);
        if (line != null) {
            inputs.listener(line);
            reporter.beforeMessage(line::clear);
        }
        return inputs;
    }

    /** This run's progress line, made on the first call; null when none is to be shown. */
    ProgressLine progressLine(StandardStreams io) {
        if (progressLine == null && !quiet && (progress || io.stderrIsTerminal())) {
            progressLine = new ProgressLine(io.stderr(), io.stderrIsTerminal(), progress, System::nanoTime);
            ProgressLine line = progressLine;
            if (!recursive) {
                line.total(files.isEmpty() ? 1 : files.size());
            } else {
                // counting a large tree takes a while: the line shows no total until it is done
                Thread counter = new Thread(() -> line.total(Inputs.count(files, true)), "factx-count");
                counter.setDaemon(true);
                counter.start();
            }
        }
        return progressLine;
    }

    private ProgressLine progressLine;

    /** Standard output, or a temporary file beside {@code -o FILE} that becomes FILE on commit. */
    OutputTarget openTarget(StandardStreams io) throws IOException {
        if (output == null || output.equals(Inputs.STDIN)) {
            return OutputTarget.stdout(io.stdout());
        }
        return OutputTarget.file(output, Path.of(output));
    }
}
