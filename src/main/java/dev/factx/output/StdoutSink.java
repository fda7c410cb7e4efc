package dev.factx.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;

/**
 * Opens the sinks factx writes records to, and recognizes the error of a reader that went away.
 *
 * <p>{@code System.out} is the wrong sink for data: it encodes with the platform charset (under
 * {@code LC_ALL=C} every {@code €} becomes {@code ?}), flushes on every line through a small
 * buffer, and swallows the broken-pipe error, so {@code factx ... | head} would keep working long
 * after {@code head} is gone. These sinks encode UTF-8, buffer 64 KB and let errors through.
 *
 * <p>Stateless and thread-safe; the writers it returns are not.
 */
public final class StdoutSink {

    /** Buffer size of the sinks: large enough that the write system call is rare. */
    public static final int BUFFER_SIZE = 64 * 1024;

    private StdoutSink() {
    }

    /** A UTF-8 writer over the process's standard output, file descriptor 1. */
    public static Writer open() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    /** A 64 KB buffered UTF-8 writer over {@code out}. */
    public static Writer over(OutputStream out) {
        return new Utf8Writer(out, BUFFER_SIZE);
    }

    /**
     * True when {@code e} says the reading end of the pipe was closed ({@code factx ... | head}):
     * not a failure of factx, just nobody left to read.
     */
    public static boolean isBrokenPipe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String m = message.toLowerCase(Locale.ROOT);
                // Linux and macOS say "Broken pipe"; Windows says "The pipe is being closed".
                if (m.contains("broken pipe") || m.contains("pipe is being closed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
