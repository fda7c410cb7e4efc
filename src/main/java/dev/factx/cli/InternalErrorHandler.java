package dev.factx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last resort for an exception no command handled: one {@code factx: internal error: ...}
 * line instead of picocli's stack trace, the trace only with {@code --stacktrace}; exit code 1.
 *
 * <p>Not thread-safe (it writes to one stream).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    private final PrintWriter stderr;

    InternalErrorHandler(PrintWriter stderr) {
        this.stderr = stderr;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean stacktrace = wantsStacktrace(parseResult);
        new ErrorReporter(stderr, stacktrace).error("internal error", String.valueOf(ex), ex);
        return ExitCodes.INPUT_ERROR;
    }

    private static boolean wantsStacktrace(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
