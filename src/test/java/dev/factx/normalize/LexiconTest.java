package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicon files are read beside the first one the class loader finds: in a jar or a directory. */
class LexiconTest {

    @TempDir
    Path dir;

    @Test
    void theBundledLexiconsAreRead() {
        assertThat(Lexicon.rows("months.tsv")).isNotEmpty().allSatisfy(row -> assertThat(row.length).isGreaterThan(1));
        assertThat(Lexicon.lines("determiners.txt")).isNotEmpty().noneMatch(line -> line.startsWith("#") || line.isBlank());
    }

    @Test
    void wordSetsHoldTheirWordsOnceAndCannotChange() {
        java.util.Set<String> words = Lexicon.words("last", "this", "next");
        assertThat(words).containsExactlyInAnyOrder("last", "this", "next");
        assertThat(words.contains("Last")).isFalse();
        assertThatThrownBy(() -> words.add("past")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Lexicon.words("last", "last")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.words("last", null)).isInstanceOf(NullPointerException.class);
        java.util.Map<String, Integer> lookup = Lexicon.lookup(java.util.Map.of("twice", 2, "thrice", 3));
        assertThat(lookup).containsOnly(java.util.Map.entry("twice", 2), java.util.Map.entry("thrice", 3));
        assertThatThrownBy(() -> lookup.put("once", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingLexiconIsNamed() {
        assertThatThrownBy(() -> Lexicon.lines("no-such-list.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.tsv");
    }

    @Test
    void filesBesideTheFirstAreReadFromTheSameJar() throws IOException {
        Path jar = dir.resolve("words.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : new String[] {"a.tsv", "b.tsv"}) {
                out.putNextEntry(new JarEntry("dev/factx/lexicon/en/" + name));
                out.write(("row of " + name + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        URL first = new URL("jar:" + jar.toUri() + "!/dev/factx/lexicon/en/a.tsv");

        Lexicon.Location at = Lexicon.Location.of(first, "a.tsv");

        assertThat(at.jar()).isNotNull();
        assertThat(at.prefix()).isEqualTo("dev/factx/lexicon/en/");
        assertThat(read(at, "b.tsv")).isEqualTo("row of b.tsv\n");
        assertThat(at.open("c.tsv")).isNull();
    }

    @Test
    void filesBesideTheFirstAreReadFromTheSameDirectory() throws IOException {
        Files.writeString(dir.resolve("a.tsv"), "first\n");
        Files.writeString(dir.resolve("b.tsv"), "second\n");

        Lexicon.Location at = Lexicon.Location.of(dir.resolve("a.tsv").toUri().toURL(), "a.tsv");

        assertThat(at.directory()).isEqualTo(dir);
        assertThat(read(at, "b.tsv")).isEqualTo("second\n");
        assertThat(at.open("c.tsv")).isNull();
    }

    private static String read(Lexicon.Location at, String name) throws IOException {
        try (InputStream in = at.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
