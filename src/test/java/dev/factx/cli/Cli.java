package dev.factx.cli;

import dev.factx.ExtractOptions;
import dev.factx.output.StdoutSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the real {@code factx} command line in-process over byte buffers, as {@link Main} does
 * over the process's streams, and returns what a shell would see.
 */
final class Cli {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private byte[] stdin = new byte[0];
    private OutputStream stdout;
    private Map<String, String> env = new HashMap<>();
    private Function<ExtractOptions, FactSource> sources;

    /** Standard input for the run. */
    Cli stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** A stand-in for the extractor; without one the real {@link dev.factx.Extractor} runs. */
    Cli sources(Function<ExtractOptions, FactSource> s) {
        sources = s;
        return this;
    }

    /** Replaces the standard output buffer, for instance by a stream that fails. */
    Cli stdout(OutputStream out) {
        stdout = out;
        return this;
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        StandardStreams io = new StandardStreams(new ByteArrayInputStream(stdin),
                StdoutSink.over(stdout == null ? out : stdout), errWriter, env);
        int code = sources == null
                ? Main.run(io, args)
                : Main.run(FactxCommand.commandLine(io, sources), io, args);
        errWriter.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
