package fr.nouage.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A stream that refuses to give more than a number of bytes: a compressed file that expands without
 * end (a zip bomb) is refused with the caller's exception instead of filling the memory.
 */
public class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long read;

    /**
     * @param limit    the most bytes it gives
     * @param tooLarge the exception thrown when a read goes beyond
     */
    public LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Called with each number of bytes given, before the limit is checked (to count across streams). */
    protected void counted(long n) {
    }

    private void count(long n) {
        read += n;
        counted(n);
        if (read > limit) {
            throw tooLarge.get();
        }
    }
}
