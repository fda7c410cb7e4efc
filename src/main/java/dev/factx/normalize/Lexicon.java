package dev.factx.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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

    /**
     * A fixed set of words for code to look words up in, as {@link Set#of} makes it (no nulls, no
     * repeats), but a {@link WordSet}: {@code Set.of} finds a slot by a division and compares a
     * missing word with the words beside its slot, and most of the words of a page asked about a
     * list are not in it. Unmodifiable.
     */
    public static Set<String> words(String... words) {
        return WordSet.of(words);
    }

    /** The same entries in a hash map, for the reason {@link #words} gives. Unmodifiable. */
    public static <V> Map<String, V> lookup(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
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
        try (InputStream in = open(name)) {
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

    /**
     * Opens one lexicon file. The class loader is asked for a file once: it searches every module
     * of the JDK before the class path, over a millisecond per file while a short run starts, when
     * the lexicons are its larger part. Later files are opened beside the first.
     */
    private static InputStream open(String name) throws IOException {
        Location at = location;
        if (at == null) {
            URL url = Lexicon.class.getResource(ROOT + name);
            if (url == null) {
                throw new IllegalStateException("lexicon missing from the jar: " + name);
            }
            at = Location.of(url, name);
            location = at; // threads that race here find the same place
        }
        InputStream in = at.open(name);
        if (in == null) {
            throw new IllegalStateException("lexicon missing from the jar: " + name);
        }
        return in;
    }

    private static volatile Location location;

    /**
     * Where the lexicon files are: an entry prefix in a jar (which the JDK keeps open for the URLs
     * of its entries), a directory (classes compiled for tests), or neither, when only the class
     * loader knows.
     */
    record Location(JarFile jar, String prefix, Path directory) {

        /** The place of the file {@code name} that the class loader found at {@code url}. */
        static Location of(URL url, String name) throws IOException {
            if (url.getProtocol().equals("jar") && url.openConnection() instanceof JarURLConnection connection) {
                String entry = connection.getEntryName();
                if (entry != null && entry.endsWith(name)) {
                    return new Location(connection.getJarFile(), entry.substring(0, entry.length() - name.length()), null);
                }
            }
            if (url.getProtocol().equals("file")) {
                try {
                    return new Location(null, null, Path.of(url.toURI()).getParent());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // an unusual file URL: the class loader serves it
                }
            }
            return new Location(null, null, null);
        }

        /** The file {@code name} from here, or null when there is none. */
        InputStream open(String name) throws IOException {
            if (jar != null) {
                JarEntry entry = jar.getJarEntry(prefix + name);
                return entry == null ? null : jar.getInputStream(entry);
            }
            if (directory != null) {
                Path file = directory.resolve(name);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }
            return Lexicon.class.getResourceAsStream(ROOT + name);
        }
    }
}
