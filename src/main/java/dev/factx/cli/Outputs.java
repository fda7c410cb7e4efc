package dev.factx.cli;

import dev.factx.output.StdoutSink;
import java.io.IOException;

/**
 * How a command ends after its output failed.
 *
 * <p>Stateless.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * Discards a partly written output file and returns the exit code: a closed pipe on standard
     * output ({@code factx ... | head}) ends the run quietly, any other error is reported.
     */
    static int failed(OutputTarget target, ErrorReporter reporter, Inputs inputs, IOException e) {
        target.discard();
        if (target.isStdout() && StdoutSink.isBrokenPipe(e)) {
            return inputs.failed() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
        }
        reporter.error(target.name(), Reasons.of(e), e);
        return ExitCodes.OUTPUT_ERROR;
    }
}
