package dev.factx.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered writer that encodes UTF-8 straight into its byte buffer: the bytes are those of an
 * {@code OutputStreamWriter} with UTF-8 (a surrogate without its other half becomes {@code ?}, a
 * pair split between two writes is joined), at a fraction of the cost.
 *
 * <p>Why not {@code BufferedWriter} over {@code OutputStreamWriter}: Commons CSV writes each cell
 * through {@link #append(CharSequence, int, int)}, which {@code Writer} implements by copying the
 * range into a new string; the buffered writer then copies it again into its char buffer, and the
 * JDK's encoder takes a slow path for the rest of a buffer once it meets a character beyond ASCII
 * (a curly quote in a sentence is enough). A corpus writes about 2.5 bytes of CSV per byte read,
 * and those copies took about a tenth of the run.
 *
 * <p>Not thread-safe.
 */
public final class Utf8Writer extends Writer {

    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer;
    private int count;
    /** A high surrogate that ended the last write, waiting for its low half; 0 for none. */
    private char pendingHigh;

    /** A writer over {@code out} with a buffer of {@code size} bytes (at least 4). */
    public Utf8Writer(OutputStream out, int size) {
        if (size < 4) {
            throw new IllegalArgumentException("buffer size " + size + " < 4");
        }
        this.out = out;
        this.buffer = new byte[size];
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            room(1); // a delimiter, a quote, a newline: one byte, with no string made for it
            buffer[count++] = (byte) ch;
        } else {
            encode(String.valueOf(ch), 0, 1);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, chars.length);
        encode(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        encode(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String text = String.valueOf(csq);
        encode(text, 0, text.length());
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        CharSequence text = csq == null ? "null" : csq;
        Objects.checkFromToIndex(start, end, text.length());
        if (text instanceof String s) {
            encode(s, start, end); // Commons CSV's cells: no copy
        } else {
            encode(text.subSequence(start, end).toString(), 0, end - start);
        }
        return this;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes a high surrogate still waiting for its low half as {@code ?}, then closes the stream. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            buffer[count++] = REPLACEMENT;
        }
        drain();
        out.close();
    }

    /** Takes a String, not any CharSequence: its charAt is one call the compiler sees through. */
    private void encode(String text, int from, int to) throws IOException {
        int i = from;
        if (pendingHigh != 0 && i < to) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(text.charAt(i))) {
                putCodePoint(Character.toCodePoint(high, text.charAt(i)));
                i++;
            } else {
                room(1);
                buffer[count++] = REPLACEMENT;
            }
        }
        while (i < to) {
            // A run of ASCII, as far as the buffer holds it: most of what factx writes.
            int stop = Math.min(to, i + buffer.length - count);
            char c;
            byte[] bytes = buffer;
            int n = count; // in locals: the loop's stores go to the array alone, not to a field each time
            while (i < stop && (c = text.charAt(i)) < 0x80) {
                bytes[n++] = (byte) c;
                i++;
            }
            count = n;
            if (i == to) {
                return;
            }
            if (i == stop) {
                drain();
                continue;
            }
            c = text.charAt(i++);
            if (c < 0x800) {
                room(2);
                buffer[count++] = (byte) (0xC0 | (c >> 6));
                buffer[count++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                room(3);
                buffer[count++] = (byte) (0xE0 | (c >> 12));
                buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[count++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i == to) {
                    pendingHigh = c; // its low half may open the next write
                } else if (Character.isLowSurrogate(text.charAt(i))) {
                    putCodePoint(Character.toCodePoint(c, text.charAt(i)));
                    i++;
                } else {
                    room(1);
                    buffer[count++] = REPLACEMENT;
                }
            } else {
                room(1);
                buffer[count++] = REPLACEMENT; // a low surrogate without its high half
            }
        }
    }

    private void putCodePoint(int cp) throws IOException {
        room(4);
        buffer[count++] = (byte) (0xF0 | (cp >> 18));
        buffer[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[count++] = (byte) (0x80 | (cp & 0x3F));
    }

    /** Makes room for {@code bytes} more bytes in the buffer. */
    private void room(int bytes) throws IOException {
        if (buffer.length - count < bytes) {
            drain();
        }
    }

    /**
     * Writes the buffer out. The bytes are dropped even when the write fails, as the JDK's writers
     * drop them: the stream may have taken part of them, so a retry could write them twice, and a
     * full disk would be reported again by every later flush.
     */
    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            out.write(buffer, 0, n);
        }
    }
}
