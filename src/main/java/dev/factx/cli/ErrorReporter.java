package dev.factx.cli;

import java.io.PrintWriter;

/**
 * Writes {@code factx: FILE: reason} lines to standard error, with the stack trace only when the
 * user asked for it ({@code --stacktrace}): a user needs the file and the reason, a developer the
 * trace.
 *
 * <p>Not thread-safe (it writes to one stream).
 */
final class ErrorReporter {

    private final PrintWriter stderr;
    private final boolean stacktrace;
    /** Run before each message: erases a progress line, so the message gets a line of its own. */
    private Runnable beforeMessage = () -> { };

    ErrorReporter(PrintWriter stderr, boolean stacktrace) {
        this.stderr = stderr;
        this.stacktrace = stacktrace;
    }

    /** Sets what runs before each message is written. */
    void beforeMessage(Runnable action) {
        this.beforeMessage = action;
    }

    /** Reports a problem with {@code subject} (a file name, {@code -}, or a description). */
    void error(String subject, String reason, Throwable cause) {
        beforeMessage.run();
        stderr.println("factx: " + subject + ": " + reason);
        if (stacktrace && cause != null) {
            cause.printStackTrace(stderr);
        }
        stderr.flush();
    }

    /** A line about the whole run: {@code factx: 3 of 1,204 files skipped}. */
    void summary(String message) {
        beforeMessage.run();
        stderr.println("factx: " + message);
        stderr.flush();
    }

    /** Reports something the user should know that does not fail the run. */
    void warning(String subject, String message) {
        beforeMessage.run();
        stderr.println("factx: " + subject + ": " + message);
        stderr.flush();
    }
}
