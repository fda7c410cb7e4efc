package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdoutSinkTest {

    @Test
    void sinkEncodesUtf8WhateverThePlatformCharset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer sink = StdoutSink.over(bytes);
        sink.write("€ £ “x”");
        sink.flush();
        assertThat(bytes.toByteArray()).isEqualTo("€ £ “x”".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sinkBuffersUntilFlushed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer sink = StdoutSink.over(bytes);
        sink.write("line\n".repeat(100));
        assertThat(bytes.size()).isZero();
        sink.flush();
        assertThat(bytes.size()).isEqualTo(500);
    }

    @Test
    void recognizesBrokenPipeOnly() {
        assertThat(StdoutSink.isBrokenPipe(new IOException("Broken pipe"))).isTrue();
        assertThat(StdoutSink.isBrokenPipe(new IOException("write failed", new IOException("Broken pipe")))).isTrue();
        assertThat(StdoutSink.isBrokenPipe(new IOException("The pipe is being closed"))).isTrue();
        assertThat(StdoutSink.isBrokenPipe(new IOException("No space left on device"))).isFalse();
        assertThat(StdoutSink.isBrokenPipe(new IOException())).isFalse();
    }
}
