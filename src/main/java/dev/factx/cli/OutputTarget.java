package dev.factx.cli;

import dev.factx.output.StdoutSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where the records of one run go: standard output, or a file given with {@code -o}.
 *
 * <p>A file is written under a hidden temporary name in the same directory and renamed over the
 * destination only when the run has written everything, so an interrupted or failed run never
 * leaves a complete-looking output file (and never truncates the previous one). The temporary
 * file is in the destination's directory because a rename is only atomic within one file system.
 *
 * <p>Not thread-safe.
 */
abstract class OutputTarget {

    /** The name to use in error messages. */
    abstract String name();

    /** The writer to write records to. */
    abstract Writer writer();

    /** True for standard output, where a broken pipe means "nobody reads any more". */
    abstract boolean isStdout();

    /** Makes the written records visible at the destination. */
    abstract void commit() throws IOException;

    /** Gives up: a file destination is left as it was before the run. */
    abstract void discard();

    static OutputTarget stdout(Writer stdout) {
        return new Stdout(stdout);
    }

    /** Opens a temporary file beside {@code destination}; fails if the directory is not writable. */
    static OutputTarget file(String name, Path destination) throws IOException {
        if (Files.isDirectory(destination)) {
            throw new IOException("is a directory");
        }
        return TempFile.open(name, destination);
    }

    private static final class Stdout extends OutputTarget {
        private final Writer writer;

        Stdout(Writer writer) {
            this.writer = writer;
        }

        @Override
        String name() {
            return "standard output";
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        boolean isStdout() {
            return true;
        }

        @Override
        void commit() throws IOException {
            writer.flush();
        }

        @Override
        void discard() {
            // What reached standard output cannot be taken back.
        }
    }

    private static final class TempFile extends OutputTarget {
        private static final int ATTEMPTS = 100;

        private final String name;
        private final Path destination;
        private final Path temp;
        private final Writer writer;

        private TempFile(String name, Path destination, Path temp, Writer writer) {
            this.name = name;
            this.destination = destination;
            this.temp = temp;
            this.writer = writer;
        }

        static TempFile open(String name, Path destination) throws IOException {
            Path absolute = destination.toAbsolutePath();
            Path dir = absolute.getParent();
            String base = "." + absolute.getFileName() + "." + ProcessHandle.current().pid();
            // Not Files.createTempFile: it makes the file owner-only (0600), and the renamed output
            // would keep that; a plain create follows the umask like any other file the user makes.
            for (int attempt = 0; ; attempt++) {
                Path temp = dir.resolve(base + "-" + attempt + ".tmp");
                try {
                    OutputStream out = Files.newOutputStream(temp,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    // Removed by the JVM's shutdown sequence if the run is interrupted (Ctrl-C);
                    // after a successful rename there is nothing left to remove.
                    temp.toFile().deleteOnExit();
                    return new TempFile(name, destination, temp, StdoutSink.over(out));
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }

        @Override
        String name() {
            return name;
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        boolean isStdout() {
            return false;
        }

        @Override
        void commit() throws IOException {
            try {
                writer.close();
                try {
                    Files.move(temp, destination,
                            StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                discard();
                throw e;
            }
        }

        @Override
        void discard() {
            try {
                writer.close();
            } catch (IOException ignored) {
                // The file is deleted next; an error closing it changes nothing.
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // deleteOnExit gets another chance at it.
            }
        }
    }
}
