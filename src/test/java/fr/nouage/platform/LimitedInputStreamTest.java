package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static InputStream limited(int size, long limit) {
        return new LimitedInputStream(new ByteArrayInputStream(new byte[size]), limit,
                () -> new IllegalStateException("trop grand"));
    }

    @Test
    void givesEverythingUpToTheLimit() throws IOException {
        assertThat(limited(100, 100).readAllBytes()).hasSize(100);
    }

    @Test
    void refusesTheByteBeyondTheLimitWhetherReadOrSkipped() {
        assertThatThrownBy(() -> limited(101, 100).readAllBytes()).hasMessage("trop grand");
        assertThatThrownBy(() -> limited(101, 100).skip(101)).hasMessage("trop grand");
    }

    @Test
    void tellsEachCountSoThatSeveralStreamsShareALimit() throws IOException {
        long[] total = new long[1];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 100, IllegalStateException::new) {
            @Override
            protected void counted(long n) {
                total[0] += n;
            }
        }) {
            in.readAllBytes();
        }
        assertThat(total[0]).isEqualTo(10);
    }
}
