package dev.factx.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists under {@code src/main/resources/dev/factx/lexicon/en/}: tab-separated
 * rows, {@code #} comments and blank lines skipped.
 *
 * <p>Lexicons are data so that a non-programmer can extend them; code only says how a list is
 * used. Stateless and thread-safe.
 */
public final class Lexicon {

    private static final String ROOT = "/dev/factx/lexicon/en/";

    private Lexicon() {
    }

    /** The rows of a lexicon file, each split on tabs (trailing empty columns kept). */
    public static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            out.add(line.split("\t", -1));
        }
        return out;
    }

    /** The non-comment, non-blank lines of a lexicon file, trimmed of trailing blanks. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the jar: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String row = line.stripTrailing();
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return out;
    }
}
