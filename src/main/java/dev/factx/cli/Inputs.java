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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the inputs a command names, in order, has each one processed and hands the result to the
 * command: a file, standard input ({@code -}), or with {@code --recursive} a directory walked in
 * sorted order. An input that cannot be read, is larger than {@code --max-file-size}, is empty or
 * binary, or whose processing fails, is reported on standard error and skipped; {@link #failed()}
 * then says so, for the exit code, and a summary line at the end says how many were skipped.
 * With {@code --fail-fast} the first skipped input ends the reading.
 *
 * <p>With more than one job, files are read, decoded and processed on a pool of worker threads,
 * a bounded number ahead of the one being written; each input's outcome (its result, its
 * warnings or the reason it was skipped) is handed on in input order on the calling thread, so
 * the output and the messages are the same bytes as with one job.
 *
 * <p>Not thread-safe: one instance serves one run. The processor is called from the worker
 * threads and must be thread-safe; the sink is only called from the thread that calls
 * {@link #readAll}.
 */
final class Inputs {

    /** File name extensions that {@code --recursive} takes from a directory. */
    static final List<String> RECURSIVE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");

    static final String STDIN = "-";

    /** How many inputs each worker may have in hand beyond the one being written: bounds memory. */
    private static final int AHEAD_PER_JOB = 2;

    /**
     * Inputs larger than this are not extracted ahead by a worker, whose facts would all wait in
     * memory, but when their turn comes, with each fact written as soon as it is made.
     */
    static final int STREAMED_BYTES = 4 << 20;

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

    /** Where each fact of an input too large to hold goes, as soon as it is made. */
    @FunctionalInterface
    interface FactSink {
        void accept(Fact fact) throws IOException;
    }

    /** Processes a large input on the calling thread, handing its results on as it goes. */
    @FunctionalInterface
    interface Streamer {
        void stream(String name, DecodedInput input) throws IOException;
    }

    /** Told of each input as it is handed on, in input order: for the progress line. */
    @FunctionalInterface
    interface Listener {
        void inputDone(long bytes);

        /** The run has handed on its last input. */
        default void finished() {
        }
    }

    /**
     * What became of one input: its result and the warnings its decoding gave, or the reason it
     * was skipped ({@code error} not null).
     */
    private record Outcome<T>(String name, long bytes, List<String> warnings, T result, DecodedInput deferred,
                              String error, Throwable cause) {

        static <T> Outcome<T> skipped(String name, String error, Throwable cause) {
            return new Outcome<>(name, 0, List.of(), null, null, error, cause);
        }
    }

    private final StandardStreams io;
    private final ErrorReporter reporter;
    private final boolean recursive;
    private final boolean failFast;
    private final long maxFileSize;
    private final int jobs;
    private Listener listener = bytes -> { };
    private int seen;
    private int skipped;

    Inputs(StandardStreams io, ErrorReporter reporter, boolean recursive) {
        this(io, reporter, recursive, false, Long.MAX_VALUE, 1);
    }

    /**
     * @param failFast    stop at the first input that is skipped
     * @param maxFileSize skip inputs of more bytes than this
     * @param jobs        how many inputs to process at once (1: all on the calling thread)
     */
    Inputs(StandardStreams io, ErrorReporter reporter, boolean recursive, boolean failFast, long maxFileSize, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.io = io;
        this.reporter = reporter;
        this.recursive = recursive;
        this.failFast = failFast;
        this.maxFileSize = maxFileSize;
        this.jobs = jobs;
    }

    /** Sets who is told of each input handed on. */
    void listener(Listener listener) {
        this.listener = listener;
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
        readFacts(names, source, sink, null);
    }

    /**
     * The facts of each input, extracted by {@code source}; those of an input larger than
     * {@link #STREAMED_BYTES} go to {@code each} one by one instead (when it is not null).
     */
    void readFacts(List<String> names, FactSource source, Sink<List<Fact>> sink, FactSink each) throws IOException {
        Streamer streamer = each == null ? null : (name, input) -> {
            try {
                source.extract(name, input.text(), input.html(), fact -> {
                    try {
                        each.accept(fact);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause(); // the output failed: not the input's fault
            }
        };
        readAll(names, (name, input) -> source.extract(name, input.text(), input.html()), sink, streamer);
    }

    /**
     * Reads {@code names} in order ({@code -} alone when empty), processes each and gives the
     * result to {@code sink}. Stops at the first output failure, which it throws.
     */
    <T> void readAll(List<String> names, Processor<T> processor, Sink<T> sink) throws IOException {
        readAll(names, processor, sink, null);
    }

    /** As {@link #readAll(List, Processor, Sink)}, with inputs over {@link #STREAMED_BYTES} given to {@code streamer}. */
    private <T> void readAll(List<String> names, Processor<T> processor, Sink<T> sink, Streamer streamer) throws IOException {
        try (Run<T> run = new Run<>(processor, sink, streamer)) {
            for (String name : names.isEmpty() ? List.of(STDIN) : names) {
                if (stopped()) {
                    break;
                }
                input(name, run);
            }
            run.drain();
        } finally {
            listener.finished();
        }
        if (skipped > 0) {
            // after a long run the per-file messages have scrolled away: say how many were lost
            reporter.summary(String.format(Locale.US, "%,d of %,d %s skipped%s", skipped, seen,
                    seen == 1 ? "file" : "files", stopped() ? " (--fail-fast: stopped at the first)" : ""));
        }
    }

    /**
     * One pass over the inputs: outcomes still being worked on, oldest first, and the workers.
     * Inputs are handed on strictly in the order they were submitted.
     */
    private final class Run<T> implements AutoCloseable {

        private final Processor<T> processor;
        private final Sink<T> sink;
        private final Streamer streamer;
        private final ExecutorService workers;
        private final Deque<Future<Outcome<T>>> pending = new ArrayDeque<>();

        Run(Processor<T> processor, Sink<T> sink, Streamer streamer) {
            this.processor = processor;
            this.sink = sink;
            this.streamer = streamer;
            this.workers = jobs == 1 ? null : Executors.newFixedThreadPool(jobs, daemonThreads());
        }

        /** Queues the work for one file ({@code path}) or for bytes already read (standard input). */
        void submit(String name, Path path, byte[] bytes) throws IOException {
            if (workers == null) {
                handOn(work(name, path, bytes));
                return;
            }
            pending.add(workers.submit(() -> work(name, path, bytes)));
            while (pending.size() > jobs * AHEAD_PER_JOB && !stopped()) {
                handOn(next());
            }
        }

        /** Queues an input already known to be skipped, so that its message comes in its place. */
        void skip(String name, String reason, Throwable cause) throws IOException {
            if (workers == null) {
                handOn(Outcome.skipped(name, reason, cause));
                return;
            }
            pending.add(CompletableFuture.completedFuture(Outcome.skipped(name, reason, cause)));
        }

        /** Hands on every outcome still pending, unless --fail-fast has stopped the run. */
        void drain() throws IOException {
            while (!pending.isEmpty() && !stopped()) {
                handOn(next());
            }
        }

        private Outcome<T> next() {
            Future<Outcome<T>> head = pending.poll();
            try {
                return head.get();
            } catch (ExecutionException e) {
                // work() catches what processing throws; what is left is an Error (out of memory)
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an input", e);
            }
        }

        private void handOn(Outcome<T> outcome) throws IOException {
            seen++;
            if (outcome.error() != null) {
                reporter.error(outcome.name(), outcome.error(), outcome.cause());
                skipped++;
            } else {
                for (String warning : outcome.warnings()) {
                    reporter.warning(outcome.name(), warning);
                }
                if (outcome.deferred() == null) {
                    sink.accept(outcome.name(), outcome.result());
                } else {
                    try {
                        streamer.stream(outcome.name(), outcome.deferred());
                    } catch (RuntimeException e) {
                        // what was written of it stays: each record is whole
                        reporter.error(outcome.name(), "extraction failed: " + e, e);
                        skipped++;
                    }
                }
            }
            listener.inputDone(outcome.bytes());
        }

        /** Reads, decodes, checks and processes one input: what a worker does. */
        private Outcome<T> work(String name, Path path, byte[] bytes) {
            DecodedInput input;
            try {
                if (bytes == null) {
                    long size = Files.size(path);
                    if (size > maxFileSize) {
                        return Outcome.skipped(name, tooLarge(size), null);
                    }
                    bytes = readLimited(path);
                    if (bytes == null) {
                        return Outcome.skipped(name, tooLarge(0), null); // it has grown since
                    }
                }
                input = InputDecoder.decode(bytes, path == null || path.getFileName() == null ? "" : path.getFileName().toString());
            } catch (IOException e) {
                return Outcome.skipped(name, Reasons.of(e), e);
            } catch (OutOfMemoryError e) {
                // what this worker held is dropped with the failed allocation: the run can go on
                return Outcome.skipped(name, notEnoughMemory(path), null);
            }
            String notText = TextCheck.problem(input.text());
            if (notText != null) {
                return Outcome.skipped(name, notText, null);
            }
            if (streamer != null && bytes.length > STREAMED_BYTES) {
                return new Outcome<>(name, bytes.length, input.notes(), null, input, null, null);
            }
            try {
                // How the bytes were read, when it is not plain UTF-8, so a user can check the £ and € facts.
                return new Outcome<>(name, bytes.length, input.notes(), processor.process(name, input), null, null, null);
            } catch (RuntimeException e) {
                // A bug met on one document should not cost the user the facts of the others.
                return Outcome.skipped(name, "extraction failed: " + e, e);
            } catch (OutOfMemoryError e) {
                return Outcome.skipped(name, notEnoughMemory(path), null);
            }
        }

        @Override
        public void close() {
            if (workers != null) {
                // outcomes not handed on (fail-fast, an output failure) are not wanted any more
                workers.shutdownNow();
            }
        }
    }

    /** Worker threads that never keep the program alive after the run has ended. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "factx-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private <T> void input(String name, Run<T> run) throws IOException {
        if (name.equals(STDIN)) {
            // read here, not by a worker: two '-' arguments must not read the stream at once
            byte[] bytes;
            try {
                bytes = readLimited(io.stdin());
            } catch (IOException e) {
                run.skip(name, Reasons.of(e), e);
                return;
            }
            if (bytes == null) {
                run.skip(name, tooLarge(0), null);
            } else {
                run.submit(name, null, bytes);
            }
            return;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            run.skip(name, "invalid file name", e);
            return;
        }
        if (Files.isDirectory(path)) {
            if (recursive) {
                walk(path, run); // a directory is counted by its files
            } else {
                run.skip(name, "is a directory (use --recursive)", null);
            }
            return;
        }
        run.submit(name, path, null);
    }

    /**
     * Visits {@code dir} depth-first, entries sorted by name, so the order never depends on the
     * file system. Links to directories are not followed: they could form a cycle.
     */
    private <T> void walk(Path dir, Run<T> run) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            run.skip(dir.toString(), Reasons.of(e), e);
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (stopped()) {
                return;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, run);
            } else if (Files.isRegularFile(entry) && hasRecursiveExtension(entry)) {
                run.submit(entry.toString(), entry, null);
            }
        }
    }

    /** The reason for an input the heap could not hold, with what to do about it. */
    private String notEnoughMemory(Path path) {
        String size = "";
        try {
            size = path == null ? "" : Sizes.human(Files.size(path)) + ", ";
        } catch (IOException | RuntimeException e) {
            // the size is only a hint
        }
        return size + "not enough memory to read it (give Java more with FACTX_JAVA_OPTS=-Xmx2g, or use fewer --jobs)";
    }

    /** The reason for an input of {@code size} bytes (0 when unknown: standard input) over the limit. */
    private String tooLarge(long size) {
        return (size > 0 ? Sizes.human(size) + ", " : "") + "larger than --max-file-size (" + Sizes.human(maxFileSize) + ")";
    }

    /** The file's bytes, or null when it has grown beyond the limit since its size was taken. */
    private byte[] readLimited(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return readLimited(in);
        }
    }

    /** The stream's bytes up to its end, or null when there are more than the limit. */
    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        return bytes.length > maxFileSize ? null : bytes;
    }

    /** Walk all inputs without reading them: how many files a run will read, for the progress line. */
    static int count(List<String> names, boolean recursive) {
        int n = 0;
        for (String name : names.isEmpty() ? List.of(STDIN) : names) {
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                n++;
                continue;
            }
            n += recursive && !name.equals(STDIN) && Files.isDirectory(path) ? countTree(path) : 1;
        }
        return n;
    }

    private static int countTree(Path dir) {
        int n = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    n += countTree(entry);
                } else if (Files.isRegularFile(entry) && hasRecursiveExtension(entry)) {
                    n++;
                }
            }
        } catch (IOException e) {
            n++; // reported, and counted, when the run gets there
        }
        return n;
    }

    private static boolean hasRecursiveExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return RECURSIVE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
