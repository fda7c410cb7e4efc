package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Utf8Writer must write the bytes the JDK's UTF-8 OutputStreamWriter writes, whatever the calls. */
class Utf8WriterTest {

    /** Characters of every width, and both halves of a surrogate pair alone. */
    private static final String[] PIECES = {"a", "Z", " ", ",", "\"", "\n", "é", "£", "€", "“", "”", "—", "日",
            "😀", "\uD83D", "\uDE00", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF"};

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ascii                      | Sales rose 5% in 2024.
            two- and three-byte        | € 2.5 bn, “up” — £3 é
            a pair                     | a😀b
            a high surrogate alone     | a\uD83Db
            a low surrogate alone      | a\uDE00b
            two high surrogates        | \uD83D\uD83D\uDE00
            a high surrogate at the end| ab\uD83D
            """)
    void writesWhatTheJdkWrites(String what, String text) throws IOException {
        assertThat(utf8Writer(4, w -> w.write(text))).as(what).isEqualTo(jdk(w -> w.write(text)));
    }

    @Test
    void randomTextThroughEveryKindOfCallMatchesTheJdk() throws IOException {
        Random random = new Random(20261123);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            // The same text cut at random points (a pair may be cut in two), each part written by a
            // randomly chosen call, into a buffer of 4 to 16 bytes so that it fills mid-character.
            long seed = random.nextLong();
            int size = 4 + random.nextInt(13);
            String all = text.toString();
            byte[] expected = jdk(w -> writeInParts(w, all, new Random(seed)));
            byte[] actual = utf8Writer(size, w -> writeInParts(w, all, new Random(seed)));
            assertThat(actual).as("round %d: %s", round, all).isEqualTo(expected);
        }
    }

    @Test
    void aPairSplitAcrossAFlushIsJoined() throws IOException {
        byte[] actual = utf8Writer(8, w -> {
            w.write("\uD83D");
            w.flush();
            w.write("\uDE00");
        });
        assertThat(actual).isEqualTo("😀".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void buffersUntilFlushedAndWritesWhenFull() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new Utf8Writer(bytes, 16);
        writer.write("0123456789");
        assertThat(bytes.size()).isZero();
        writer.write("0123456789");
        assertThat(bytes.size()).isEqualTo(16);
        writer.flush();
        assertThat(bytes.size()).isEqualTo(20);
    }

    @Test
    void bytesAFailedWriteHeldAreNotWrittenAgain() throws IOException {
        List<String> writes = new ArrayList<>();
        OutputStream failingOnce = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes.add(new String(b, off, len, StandardCharsets.UTF_8));
                if (writes.size() == 1) {
                    throw new IOException("No space left on device");
                }
            }
        };
        Writer writer = new Utf8Writer(failingOnce, 16);
        writer.write("lost");
        assertThatThrownBy(writer::flush).hasMessage("No space left on device");
        writer.flush();
        writer.write("kept");
        writer.flush();
        assertThat(writes).containsExactly("lost", "kept");
    }

    @Test
    void rangesOutOfBoundsAreRefused() {
        Writer writer = new Utf8Writer(new ByteArrayOutputStream(), 16);
        assertThatThrownBy(() -> writer.write("abc", 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.append("abc", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(new char[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void writeInParts(Writer w, String text, Random random) throws IOException {
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + 1 + random.nextInt(6));
            switch (random.nextInt(7)) {
                case 0 -> w.write(text.substring(i, end));
                case 1 -> w.write(text, i, end - i);
                case 2 -> w.append(text, i, end);
                case 3 -> w.append(new StringBuilder(text.substring(i, end)));
                case 4 -> w.write(("#" + text.substring(i, end) + "#").toCharArray(), 1, end - i);
                case 5 -> w.append(new StringBuilder(text), i, end);
                default -> {
                    for (int k = i; k < end; k++) {
                        w.write(text.charAt(k));
                    }
                }
            }
            i = end;
        }
    }

    interface Writing {
        void to(Writer w) throws IOException;
    }

    private static byte[] jdk(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writing.to(w);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8Writer(int size, Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(bytes, size)) {
            writing.to(w);
        }
        return bytes.toByteArray();
    }
}
