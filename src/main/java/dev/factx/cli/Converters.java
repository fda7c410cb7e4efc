package dev.factx.cli;

import dev.factx.model.Kind;
import dev.factx.output.OutputFormat;
import dev.factx.output.TimelineFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the option values factx validates, each with a message that names the
 * bad value and says what would be right.
 *
 * <p>Stateless and thread-safe.
 */
final class Converters {

    private Converters() {
    }

    /**
     * A size in bytes: {@code 1048576}, {@code 500k}, {@code 10M}, {@code 64MiB}, {@code 1G}. The
     * unit letters count in powers of 1024 whether written k, KiB or KB, as file sizes are read.
     */
    static final class SizeConverter implements ITypeConverter<Long> {
        /** The most bytes one Java array holds, rounded down to whole MiB. */
        static final long MAX = 2047L << 20;

        private static final java.util.regex.Pattern SIZE =
                java.util.regex.Pattern.compile("(\\d{1,18})\\s?([kKmMgG](?:i?[bB])?)?");

        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m = SIZE.matcher(value.trim());
            if (!m.matches()) {
                throw new TypeConversionException("invalid size '" + value + "' (expected bytes, or a number with k, M or G, e.g. 64MiB)");
            }
            long n = Long.parseLong(m.group(1));
            int shift = m.group(2) == null ? 0 : switch (Character.toLowerCase(m.group(2).charAt(0))) {
                case 'k' -> 10;
                case 'm' -> 20;
                default -> 30;
            };
            if (n == 0) {
                throw new TypeConversionException("invalid size '" + value + "' (must be at least 1 byte)");
            }
            if (n > (MAX >> shift)) {
                throw new TypeConversionException("invalid size '" + value + "' (at most 2047MiB: a file is read whole)");
            }
            return n << shift;
        }
    }

    /** A number of jobs: a whole number from 1 to {@link #MAX}. */
    static final class JobsConverter implements ITypeConverter<Integer> {
        /** More threads than this only cost memory: each holds a file and its facts. */
        static final int MAX = 256;

        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("invalid number of jobs '" + value + "' (expected a whole number, e.g. 4)");
            }
            if (n < 1 || n > MAX) {
                throw new TypeConversionException("invalid number of jobs '" + value + "' (from 1 to " + MAX + ")");
            }
            return n;
        }
    }

    /** {@code money}, {@code percent}, ... as {@link Kind}. */
    static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(
                        "unknown kind '" + value + "' (expected " + KindNames.joined() + ")");
            }
        }
    }

    /** The kind names, for messages and completion. */
    static final class KindNames implements Iterable<String> {
        // a loop, not a stream: built in every run of extract, streams cost milliseconds to set up
        static final List<String> IDS = ids();

        private static List<String> ids() {
            List<String> ids = new java.util.ArrayList<>();
            for (Kind kind : Kind.values()) {
                ids.add(kind.id());
            }
            return List.copyOf(ids);
        }

        static String joined() {
            return String.join(", ", IDS);
        }

        @Override
        public Iterator<String> iterator() {
            return IDS.iterator();
        }
    }

    /** {@code csv}, {@code jsonl}, {@code json} as {@link OutputFormat}. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "' (expected "
                        + Arrays.stream(OutputFormat.values()).map(OutputFormat::id)
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** The format names, for completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::id).iterator();
        }
    }

    /** {@code csv}, {@code jsonl}, {@code md} as {@link TimelineFormat}. */
    static final class TimelineFormatConverter implements ITypeConverter<TimelineFormat> {
        @Override
        public TimelineFormat convert(String value) {
            try {
                return TimelineFormat.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "' (expected "
                        + Arrays.stream(TimelineFormat.values()).map(TimelineFormat::id)
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** The timeline format names, for completion. */
    static final class TimelineFormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TimelineFormat.values()).map(TimelineFormat::id).iterator();
        }
    }

    /** A calendar date written {@code YYYY-MM-DD}; impossible dates such as 2019-02-30 are refused. */
    static final class ReferenceDateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                // ISO_LOCAL_DATE resolves strictly, so 2019-02-30 is an error, not March 2.
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
