package dev.factx.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the factx commands declare alike, built with picocli's programmatic API.
 *
 * <p>The commands are described in code, not with picocli's annotations: reading annotations
 * makes the JVM generate a proxy class for each annotation type and picocli walk every field and
 * method by reflection, about 100 ms of a 300 ms one-article run, none of which the class-data
 * archive can keep. Built in code, the same command line costs a few milliseconds.
 *
 * <p>Stateless and thread-safe.
 */
final class CommandSpecs {

    /** The exit codes every command lists at the end of its help. */
    private static final Map<String, String> EXIT_CODES = exitCodes();

    /**
     * Makes what picocli asks for by class: the lists that multi-value options fill. picocli's
     * own factory looks for Groovy's closure class when it is first used, a search of the whole
     * class path that a run does not need.
     */
    static final IFactory FACTORY = new IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls.isAssignableFrom(ArrayList.class)) {
                return cls.cast(new ArrayList<>());
            }
            return cls.getDeclaredConstructor().newInstance();
        }
    };

    private CommandSpecs() {
    }

    /**
     * A command named {@code name} that runs {@code command}, with {@code description}, the exit
     * codes, and options listed in the order they are added.
     */
    static CommandSpec command(Object command, String name, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage()
                .description(description)
                .sortOptions(false)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(EXIT_CODES);
        return spec;
    }

    /** Adds {@code -h/--help} and {@code -V/--version}, worded as picocli's standard ones. */
    static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** A command line over {@code spec} that makes nothing with picocli's default factory. */
    static CommandLine commandLine(CommandSpec spec) {
        return new CommandLine(spec, FACTORY);
    }

    /** A boolean flag: false unless given. */
    static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build();
    }

    /** The value of {@code option} after parsing; {@code orElse} when it has none. */
    static <T> T value(OptionSpec option, T orElse) {
        T value = option.getValue();
        return value == null ? orElse : value;
    }

    /** The strings of a multi-value argument, empty when none was given. */
    static List<String> strings(Collection<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "all inputs read");
        codes.put("1", "some input could not be read, or the output not written");
        codes.put("2", "usage error");
        return codes;
    }
}
