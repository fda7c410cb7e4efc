package dev.factx.cli;

import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.model.Fact;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the inputs a command names, in order, and hands the facts of each to the command: a file,
 * standard input ({@code -}), or with {@code --recursive} a directory walked in sorted order. An
 * input that cannot be read, or on which extraction fails, is reported on standard error and
 * skipped; {@link #failed()} then says so, for the exit code.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class Inputs {

    /** File name extensions that {@code --recursive} takes from a directory. */
    static final List<String> RECURSIVE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");

    static final String STDIN = "-";

    /** What a command does with the facts of one input; an IOException is an output failure. */
    @FunctionalInterface
    interface FactSink {
        void accept(String name, List<Fact> facts) throws IOException;
    }

    private final StandardStreams io;
    private final ErrorReporter reporter;
    private final FactSource source;
    private final boolean recursive;
    private boolean failed;

    Inputs(StandardStreams io, ErrorReporter reporter, FactSource source, boolean recursive) {
        this.io = io;
        this.reporter = reporter;
        this.source = source;
        this.recursive = recursive;
    }

    /** True when some input was reported and skipped. */
    boolean failed() {
        return failed;
    }

    /**
     * Reads {@code names} in order ({@code -} alone when empty) and gives each input's facts to
     * {@code sink}. Stops at the first output failure, which it throws.
     */
    void readAll(List<String> names, FactSink sink) throws IOException {
        for (String name : names.isEmpty() ? List.of(STDIN) : names) {
            input(name, sink);
        }
    }

    private void input(String name, FactSink sink) throws IOException {
        if (name.equals(STDIN)) {
            read(name, null, sink);
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
                walk(path, sink);
            } else {
                fail(name, "is a directory (use --recursive)", null);
            }
            return;
        }
        read(name, path, sink);
    }

    /**
     * Visits {@code dir} depth-first, entries sorted by name, so the order never depends on the
     * file system. Links to directories are not followed: they could form a cycle.
     */
    private void walk(Path dir, FactSink sink) throws IOException {
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
                walk(entry, sink);
            } else if (Files.isRegularFile(entry) && hasRecursiveExtension(entry)) {
                read(entry.toString(), entry, sink);
            }
        }
    }

    /** Reads one input ({@code path} null for standard input) and extracts its facts. */
    private void read(String name, Path path, FactSink sink) throws IOException {
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
        sink.accept(name, facts);
    }

    private void fail(String name, String reason, Throwable cause) {
        reporter.error(name, reason, cause);
        failed = true;
    }

    private static boolean hasRecursiveExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return RECURSIVE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
