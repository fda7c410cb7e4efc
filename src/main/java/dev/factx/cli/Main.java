package dev.factx.cli;

import dev.factx.output.StdoutSink;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code factx} jar: runs the command line over the process's real
 * streams and exits with its code.
 *
 * <p>Records go through {@link StdoutSink#open()}, not {@code System.out}, and errors through a
 * UTF-8 writer on file descriptor 2, so that {@code €} survives {@code LC_ALL=C}.
 *
 * <p>Stateless; {@link #run} is meant to be called once per process (it owns standard output).
 */
public final class Main {

    /** picocli's switch for the built-in converters it skips: regular expressions of class names. */
    private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            LoadedExtractor.startLoading(); // a command that will extract: load while picocli parses
        }
        // picocli registers a converter for each java.sql and java.time type by reflection in every
        // command it builds, a few milliseconds of a short run; factx has no option of those types.
        if (System.getProperty(PICOCLI_EXCLUDES) == null) {
            System.setProperty(PICOCLI_EXCLUDES, "java\\.(sql|time)\\..*");
        }
        PrintWriter stderr = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        StandardStreams io = new StandardStreams(System.in, StdoutSink.open(), stderr, System.getenv(), stderrIsTerminal());
        System.exit(run(io, args));
    }

    /**
     * True when file descriptor 2 is a terminal. The JDK cannot ask isatty() of standard error
     * alone ({@code System.console()} needs standard input and output on the terminal too, and
     * {@code factx extract *.txt > facts.csv} sends standard output to a file), so on Linux the
     * descriptor's link under /proc tells; elsewhere the console test is the fallback.
     */
    private static boolean stderrIsTerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: fall back below
        }
        return System.console() != null;
    }

    /** Runs {@code args} over {@code io}, flushes standard output, and returns the exit code. */
    public static int run(StandardStreams io, String... args) {
        return run(FactxCommand.commandLine(io, args.length > 0 ? args[0] : null), io, args);
    }

    /** Runs {@code args} on {@code cl}, built over {@code io}; the seam tests use for a stand-in extractor. */
    static int run(CommandLine cl, StandardStreams io, String... args) {
        int code = cl.execute(args);
        // Help and version text sit in buffers until here; a reader that has gone is no error.
        cl.getOut().flush();
        try {
            io.stdout().flush();
        } catch (IOException e) {
            if (!StdoutSink.isBrokenPipe(e)) {
                io.stderr().println("factx: standard output: " + e.getMessage());
                io.stderr().flush();
                code = Math.max(code, ExitCodes.OUTPUT_ERROR);
            }
        }
        return code;
    }
}
