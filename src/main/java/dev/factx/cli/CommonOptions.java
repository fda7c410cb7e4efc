package dev.factx.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The inputs, output and error options that {@code extract}, {@code timeline} and {@code text}
 * share, so that all read files, directories and standard input the same way and write the same
 * way. {@link #addTo} declares them on a command; after parsing, the accessors give their values.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class CommonOptions {

    static {
        // for ${sys:factx.cores} in the help of --jobs
        System.setProperty("factx.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    private final PositionalParamSpec files = PositionalParamSpec.builder()
            .paramLabel("FILE").arity("0..*").type(List.class).auxiliaryTypes(String.class)
            .description("Text or HTML files to read; '-' or none reads standard input."
                    + " Use '--' before names that start with '-'; '@FILE' reads arguments from FILE.")
            .build();

    private final OptionSpec output = OptionSpec.builder("-o", "--output")
            .paramLabel("FILE").type(String.class)
            .description("Write to FILE instead of standard output; FILE appears only when the run"
                    + " has written everything.")
            .build();

    private final OptionSpec referenceDate = OptionSpec.builder("--reference-date")
            .paramLabel("YYYY-MM-DD").type(LocalDate.class).converters(new Converters.ReferenceDateConverter())
            .description("The date that year-less and relative dates resolve against,"
                    + " in place of the date the document gives.")
            .build();

    private final OptionSpec recursive = CommandSpecs.flag(
            "Read directories, taking their .txt, .text, .html and .htm files in sorted order.",
            "-r", "--recursive");

    private final OptionSpec noFormulaGuard = CommandSpecs.flag(
            "CSV: write text cells starting with = + - @ tab or CR as they are,"
                    + " without the ' that stops spreadsheets running them as formulas.",
            "--no-formula-guard");

    private final OptionSpec stacktrace = CommandSpecs.flag("Print the stack trace of errors.", "--stacktrace");

    private final OptionSpec failFast = CommandSpecs.flag(
            "Stop at the first input that cannot be read (what was written stays; exit 1).", "--fail-fast");

    private final OptionSpec maxFileSize = OptionSpec.builder("--max-file-size")
            .paramLabel("SIZE").type(long.class).defaultValue("64MiB").converters(new Converters.SizeConverter())
            .description("Skip inputs larger than SIZE: bytes, or with k, M, G (powers of 1024;"
                    + " KiB, MiB, GiB and KB, MB, GB mean the same). Default: ${DEFAULT-VALUE}.")
            .build();

    private final OptionSpec jobs = OptionSpec.builder("-j", "--jobs")
            .paramLabel("N").type(int.class).initialValue(Runtime.getRuntime().availableProcessors())
            .converters(new Converters.JobsConverter())
            .description("Process N files at once (default: the number of cores, ${sys:factx.cores} here)."
                    + " The output is the same bytes whatever N.")
            .build();

    private final OptionSpec progress = CommandSpecs.flag(
            "Show a progress line on standard error even when it is not a terminal"
                    + " (one line every few seconds).",
            "--progress");

    private final OptionSpec quiet = CommandSpecs.flag(
            "Show no progress line (by default one appears on a terminal when a run"
                    + " takes more than two seconds).",
            "-q", "--quiet");

    /** Declares these options on {@code spec}, after the ones it has: the files first, in help too. */
    void addTo(CommandSpec spec) {
        spec.addPositional(files);
        for (OptionSpec option : List.of(output, referenceDate, recursive, noFormulaGuard, stacktrace,
                failFast, maxFileSize, jobs, progress, quiet)) {
            spec.addOption(option);
        }
    }

    /** The inputs named on the command line (empty: standard input). */
    List<String> files() {
        return CommandSpecs.strings(files.getValue());
    }

    /** {@code -o FILE}, or null. */
    String output() {
        return output.getValue();
    }

    /** {@code --reference-date}, or null. */
    LocalDate referenceDate() {
        return referenceDate.getValue();
    }

    boolean noFormulaGuard() {
        return noFormulaGuard.getValue();
    }

    boolean stacktrace() {
        return stacktrace.getValue();
    }

    /**
     * The input reader for this run, with these options; with a progress line when standard error
     * is a terminal (unless {@code --quiet}) or {@code --progress} asks for one, which
     * {@code reporter} erases before each message.
     */
    Inputs inputs(StandardStreams io, ErrorReporter reporter) {
        Inputs inputs = new Inputs(io, reporter, recursive.getValue(), failFast.getValue(),
                maxFileSize.<Long>getValue(), jobs.<Integer>getValue());
        ProgressLine line = progressLine(io);
        if (line != null) {
            inputs.listener(line);
            reporter.beforeMessage(line::clear);
        }
        return inputs;
    }

    /** This run's progress line, made on the first call; null when none is to be shown. */
    ProgressLine progressLine(StandardStreams io) {
        boolean forced = progress.getValue();
        if (progressLine == null && !quiet.<Boolean>getValue() && (forced || io.stderrIsTerminal())) {
            progressLine = new ProgressLine(io.stderr(), io.stderrIsTerminal(), forced, System::nanoTime);
            ProgressLine line = progressLine;
            List<String> names = files();
            if (!recursive.<Boolean>getValue()) {
                line.total(names.isEmpty() ? 1 : names.size());
            } else {
                // counting a large tree takes a while: the line shows no total until it is done
                Thread counter = new Thread(() -> line.total(Inputs.count(names, true)), "factx-count");
                counter.setDaemon(true);
                counter.start();
            }
        }
        return progressLine;
    }

    private ProgressLine progressLine;

    /** Standard output, or a temporary file beside {@code -o FILE} that becomes FILE on commit. */
    OutputTarget openTarget(StandardStreams io) throws IOException {
        String name = output();
        if (name == null || name.equals(Inputs.STDIN)) {
            return OutputTarget.stdout(io.stdout());
        }
        return OutputTarget.file(name, Path.of(name));
    }
}
