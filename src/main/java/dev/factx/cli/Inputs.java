package dev.factx.cli;

import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.InputStream;
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
 * Reads the inputs a command names, in order, has each one processed and hands the result to the
 * command: a file, standard input ({@code -}), or with {@code --recursive} a directory walked in
 * sorted order. An input that cannot be read, is larger than {@code --max-file-size}, is empty or
 * binary, or whose processing fails, is reported on standard error and skipped; {@link #failed()}
 * then says so, for the exit code, and a summary line at the end says how many were skipped.
 * With {@code --fail-fast} the first skipped input ends the reading.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class Inputs {

    /** File name extensions that {@code --recursive} takes from a directory. */
    static final List<String> RECURSIVE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");

    static final String STDIN = "-";

    /** What a command makes of one decoded input: its facts, its text. */
    @FunctionalInterface
    interface Processor<T> {
        T process(String name, DecodedInput input);
    }

    /** What a command does with the result for one input; an IOException is an output failure. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(String name, T result) throws IOException;
    }

    private final StandardStreams io;
    private final ErrorReporter reporter;
    private final boolean recursive;
    private final boolean failFast;
    private final long maxFileSize;
    private int seen;
    private int skipped;
    /** The size of the last file found too large, for its message; 0 when unknown (standard input). */
    private long lastSize;

    Inputs(StandardStreams io, ErrorReporter reporter, boolean recursive) {
        this(io, reporter, recursive, false, Long.MAX_VALUE);
    }

    /**
     * @param failFast    stop at the first input that is skipped
     * @param maxFileSize skip inputs of more bytes than this
     */
    Inputs(StandardStreams io, ErrorReporter reporter, boolean recursive, boolean failFast, long maxFileSize) {
        this.io = io;
        this.reporter = reporter;
        this.recursive = recursive;
        this.failFast = failFast;
        this.maxFileSize = maxFileSize;
    }

    /** True when some input was reported and skipped. */
    boolean failed() {
        return skipped > 0;
    }

    /** True when {@code --fail-fast} has stopped the run. */
    private boolean stopped() {
        return failFast && skipped > 0;
    }

    /** The facts of each input, extracted by {@code source}. */
    void readFacts(List<String> names, FactSource source, Sink<List<Fact>> sink) throws IOException {
        readAll(names, (name, input) -> source.extract(name, input.text(), input.html()), sink);
    }

    /**
     * Reads {@code names} in order ({@code -} alone when empty), processes each and gives the
     * result to {@code sink}. Stops at the first output failure, which it throws.
     */
    <T> void readAll(List<String> names, Processor<T> processor, Sink<T> sink) throws IOException {
        for (String name : names.isEmpty() ? List.of(STDIN) : names) {
            if (stopped()) {
                break;
            }
            input(name, processor, sink);
        }
        if (skipped > 0) {
            // after a long run the per-file messages have scrolled away: say how many were lost
            reporter.summary(String.format(Locale.US, "%,d of %,d %s skipped%s", skipped, seen,
                    seen == 1 ? "file" : "files", stopped() ? " (--fail-fast: stopped at the first)" : ""));
        }
    }

    private <T> void input(String name, Processor<T> processor, Sink<T> sink) throws IOException {
        seen++;
        if (name.equals(STDIN)) {
            read(name, null, processor, sink);
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
                seen--; // a directory is counted by its files
                walk(path, processor, sink);
            } else {
                fail(name, "is a directory (use --recursive)", null);
            }
            return;
        }
        read(name, path, processor, sink);
    }

    /**
     * Visits {@code dir} depth-first, entries sorted by name, so the order never depends on the
     * file system. Links to directories are not followed: they could form a cycle.
     */
    private <T> void walk(Path dir, Processor<T> processor, Sink<T> sink) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            fail(dir.toString(), Reasons.of(e), e);
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (stopped()) {
                return;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, processor, sink);
            } else if (Files.isRegularFile(entry) && hasRecursiveExtension(entry)) {
                seen++;
                read(entry.toString(), entry, processor, sink);
            }
        }
    }

    /** Reads one input ({@code path} null for standard input) and processes it. */
    private <T> void read(String name, Path path, Processor<T> processor, Sink<T> sink) throws IOException {
        DecodedInput input;
        try {
            byte[] bytes = path == null ? readLimited(io.stdin()) : readLimited(path);
            if (bytes == null) {
                fail(name, (lastSize > 0 ? Sizes.human(lastSize) + ", " : "") + "larger than --max-file-size ("
                        + Sizes.human(maxFileSize) + ")", null);
                lastSize = 0;
                return;
            }
            input = InputDecoder.decode(bytes, path == null || path.getFileName() == null ? "" : path.getFileName().toString());
        } catch (IOException e) {
            fail(name, Reasons.of(e), e);
            return;
        }
        String notText = TextCheck.problem(input.text());
        if (notText != null) {
            fail(name, notText, null);
            return;
        }
        // How the bytes were read, when it is not plain UTF-8, so a user can check the £ and € facts.
        input.notes().forEach(note -> reporter.warning(name, note));
        T result;
        try {
            result = processor.process(name, input);
        } catch (RuntimeException e) {
            // A bug met on one document should not cost the user the facts of the others.
            fail(name, "extraction failed: " + e, e);
            return;
        }
        sink.accept(name, result);
    }

    private void fail(String name, String reason, Throwable cause) {
        reporter.error(name, reason, cause);
        skipped++;
    }

    /** The file's bytes, or null when it is larger than the limit (then its content is not read). */
    private byte[] readLimited(Path path) throws IOException {
        long size = Files.size(path);
        if (size > maxFileSize) {
            lastSize = size;
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readLimited(in); // the file may have grown since
        }
    }

    /** The stream's bytes up to its end, or null when there are more than the limit. */
    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        return bytes.length > maxFileSize ? null : bytes;
    }

    private static boolean hasRecursiveExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return RECURSIVE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
