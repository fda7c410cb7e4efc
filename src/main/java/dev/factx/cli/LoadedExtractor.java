package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import java.util.concurrent.CompletableFuture;

/**
 * The one {@link Extractor} of the process, whose lexicons every command shares through
 * {@link Extractor#withOptions}.
 *
 * <p>Loading the lexicons is the larger part of a short run. {@link #startLoading()}, called
 * first thing in {@code main}, loads them on a background thread while the main one parses the
 * command line, opens the output and reads the first input: on two cores a one-article run then
 * waits for the slower of the two, not for their sum. (Extracting a sample text there as well,
 * to warm the code up, made such a run longer, not shorter: the main thread is done first.)
 * Without that call (tests, library users of the CLI classes) the extractor is loaded on first use.
 *
 * <p>Thread-safe.
 */
final class LoadedExtractor {

    private static volatile CompletableFuture<Extractor> loading;

    private LoadedExtractor() {
    }

    /** Starts loading on a daemon thread (which never keeps the process alive); idempotent. */
    static synchronized void startLoading() {
        if (loading == null) {
            CompletableFuture<Extractor> future = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    future.complete(load());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "factx-load");
            t.setDaemon(true);
            t.start();
            loading = future;
        }
    }

    /** The loaded extractor with {@code options}; waits for the loading if it is under way. */
    static Extractor with(ExtractOptions options) {
        startLoadingHere();
        return loading.join().withOptions(options);
    }

    private static synchronized void startLoadingHere() {
        if (loading == null) {
            loading = CompletableFuture.completedFuture(load());
        }
    }

    private static Extractor load() {
        return new Extractor(ExtractOptions.defaults());
    }
}
