package dev.factx.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The streams and environment a command runs with, passed in rather than taken from
 * {@code System}, so that tests drive the real command line with their own buffers.
 *
 * <p>Immutable holder; the streams themselves are not thread-safe.
 *
 * @param stdin  where {@code -} reads from
 * @param stdout where records, help and version go; a buffered UTF-8 writer (see
 *               {@link dev.factx.output.StdoutSink}), flushed by whoever runs the command
 * @param stderr where errors and warnings go
 * @param env    the environment, for {@code NO_COLOR}
 * @param stderrIsTerminal true when standard error is a terminal, where a progress line may be shown
 */
public record StandardStreams(InputStream stdin, Writer stdout, PrintWriter stderr, Map<String, String> env,
                              boolean stderrIsTerminal) {

    public StandardStreams {
        env = Map.copyOf(env);
    }

    /** Streams whose standard error is not a terminal: a file, a pipe, a test's buffer. */
    public StandardStreams(InputStream stdin, Writer stdout, PrintWriter stderr, Map<String, String> env) {
        this(stdin, stdout, stderr, env, false);
    }
}
