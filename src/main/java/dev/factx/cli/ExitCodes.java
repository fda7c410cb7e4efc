package dev.factx.cli;

/**
 * The exit codes of {@code factx}, one name per meaning.
 *
 * <p>Thread-safe (constants only).
 */
public final class ExitCodes {

    /** Every input was read and every fact written. */
    public static final int OK = 0;

    /** Some input could not be read (the others were still processed and written). */
    public static final int INPUT_ERROR = 1;

    /** The output could not be written; shares 1 with {@link #INPUT_ERROR}: a run-time failure. */
    public static final int OUTPUT_ERROR = 1;

    /** The command line was wrong: unknown option, bad value, missing command. */
    public static final int USAGE_ERROR = 2;

    private ExitCodes() {
    }
}
