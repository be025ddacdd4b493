package fr.nouage.territory.geography;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to give more than a number of bytes: a compressed file that expands
 * without end (a zip bomb) is refused as too large instead of filling the memory.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final String fileName;
    private long read;

    BoundedInputStream(InputStream in, long limit, String fileName) {
        super(in);
        this.limit = limit;
        this.fileName = fileName;
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

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new GeographyFormatException("geography.error.tooLarge", fileName, (int) (limit / (1024 * 1024)));
        }
    }
}
