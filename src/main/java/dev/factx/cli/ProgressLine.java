package dev.factx.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The live progress line of a long run, on standard error: files done (of how many, when known),
 * megabytes read and the rate, facts written, and the time left.
 *
 * <p>On a terminal the line is redrawn in place ({@code \r}, then erased to its end) at most four
 * times a second, and only once the run has lasted {@link #QUIET_START_NANOS} (a short run shows
 * nothing); an error message first erases it, so the message stands on a line of its own. Asked
 * for with {@code --progress} when standard error is not a terminal (a log file), it writes whole
 * lines instead, one every {@link #LOG_INTERVAL_NANOS}.
 *
 * <p>Not thread-safe: it is told of inputs on the thread that writes the output.
 */
final class ProgressLine implements Inputs.Listener {

    /** A run shorter than this shows no progress line unless asked for one. */
    static final long QUIET_START_NANOS = 2_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 250_000_000L;
    static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    /** Erases from the cursor to the end of the line. */
    private static final String ERASE = "\r\033[K";

    private final PrintWriter stderr;
    private final boolean terminal;
    private final boolean forced;
    private final LongSupplier nanoTime;
    private final long started;
    /** Set by the thread that counts a directory walk's files. */
    private volatile int total = -1;
    private long files;
    private long bytes;
    private long facts;
    private long lastDrawn;
    private boolean shown;

    /**
     * @param terminal true to redraw one line in place; false to write whole lines (a log)
     * @param forced   true when asked for ({@code --progress}): show it from the start
     * @param nanoTime the clock ({@link System#nanoTime} but in tests)
     */
    ProgressLine(PrintWriter stderr, boolean terminal, boolean forced, LongSupplier nanoTime) {
        this.stderr = stderr;
        this.terminal = terminal;
        this.forced = forced;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    /** How many files the run will read, once known (a directory walk counts them first). */
    void total(int files) {
        this.total = files;
    }

    /** Counts facts written. */
    void facts(long n) {
        facts += n;
    }

    @Override
    public void inputDone(long inputBytes) {
        files++;
        bytes += inputBytes;
        long now = nanoTime.getAsLong();
        if (!forced && now - started < QUIET_START_NANOS) {
            return;
        }
        if (now - lastDrawn < (terminal ? REDRAW_INTERVAL_NANOS : LOG_INTERVAL_NANOS) && shown) {
            return;
        }
        lastDrawn = now;
        if (terminal) {
            stderr.print(ERASE + text(now));
        } else {
            stderr.println(text(now));
        }
        stderr.flush();
        shown = true;
    }

    @Override
    public void finished() {
        clear();
    }

    /** Erases the line before something else is written to standard error, and at the end. */
    void clear() {
        if (shown && terminal) {
            stderr.print(ERASE);
            stderr.flush();
            shown = false;
        }
    }

    /** The line as it reads {@code now}: "factx: 120 of 400 files, 38.2 MB, 19.1 MB/s, 52,410 facts, 0:14 left". */
    String text(long now) {
        double seconds = (now - started) / 1e9;
        StringBuilder line = new StringBuilder("factx: ");
        line.append(String.format(Locale.US, "%,d", files));
        if (total >= 0) {
            line.append(String.format(Locale.US, " of %,d", total));
        }
        line.append((total >= 0 ? total : files) == 1 ? " file" : " files");
        line.append(String.format(Locale.US, ", %.1f MB", bytes / 1e6));
        if (seconds >= 1) { // a rate over the first moments says nothing
            line.append(String.format(Locale.US, ", %.1f MB/s", bytes / 1e6 / seconds));
        }
        line.append(String.format(Locale.US, ", %,d facts", facts));
        if (total > 0 && files > 0 && files < total) {
            long left = Math.round(seconds * (total - files) / files);
            line.append(String.format(Locale.US, ", %d:%02d left", left / 60, left % 60));
        }
        return line.toString();
    }
}
