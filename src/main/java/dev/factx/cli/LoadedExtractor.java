package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import java.util.concurrent.CompletableFuture;

/**
 * The one {@link Extractor} of the process, whose lexicons every command shares through
 * {@link Extractor#withOptions}.
 *
 * <p>Loading the lexicons and running the extractor's code for the first time is the larger part
 * of a short run. {@link #startLoading()}, called first thing in {@code main}, does both on a
 * background thread while the JVM parses the command line on the main one: on two cores a
 * one-article run then waits for the slower of the two, not for their sum. Without that call
 * (tests, library users of the CLI classes) the extractor is loaded on first use.
 *
 * <p>Thread-safe.
 */
final class LoadedExtractor {

    /** A short text with a figure of each kind and a date, so that warming up runs most of the code. */
    private static final String WARM_UP = "Published on 3 May 2019\n\nExports rose 12% to $4.5 billion in the first"
            + " quarter, up from 1,200 tonnes a year ago; profits doubled over two years to 3 million euros.";

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
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        extractor.extract("", WARM_UP, false);
        return extractor;
    }
}
