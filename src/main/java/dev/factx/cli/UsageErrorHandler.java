package dev.factx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a bad command line the way shell tools do: one {@code factx: ...} line saying what is
 * wrong, suggestions for a mistyped option, then the usage of the command, all on standard error;
 * exit code {@link ExitCodes#USAGE_ERROR}.
 *
 * <p>Stateless and thread-safe.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("factx: " + lowerFirst(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cmd.getUsageMessage(cmd.getColorScheme()));
        err.flush();
        return ExitCodes.USAGE_ERROR;
    }

    /**
     * picocli's messages read as sentences ("Unknown option: ..."); after the {@code factx:}
     * prefix, shell convention is lower case. A word in capitals (an acronym) is left alone.
     */
    static String lowerFirst(String message) {
        if (message == null || message.length() < 2
                || !Character.isUpperCase(message.charAt(0)) || !Character.isLowerCase(message.charAt(1))) {
            return message;
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
