package dev.pipewright.plugin.files.format.parquet;

import dev.pipewright.plugin.files.SeekableFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * parquet-java's {@link InputFile} over a {@link SeekableFile}: reads go to the store in pieces of at least
 * {@value #READ_AHEAD} bytes (one request each for a remote store), and the bytes fetched are counted so a
 * preview can say how much of the file it read.
 */
final class SeekableInputFile implements InputFile {
    static final int READ_AHEAD = 256 * 1024;

    private final SeekableFile file;
    private final String name;
    private final long length;
    private long fetched;

    SeekableInputFile(SeekableFile file, String name) throws IOException {
        this.file = file;
        this.name = name;
        this.length = file.length();
    }

    /** A failure of the store itself (network, permissions), as opposed to bytes that are not Parquet. */
    static final class StoreException extends IOException {
        StoreException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    long fetched() {
        return fetched;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public String toString() {
        return name;
    }

    private int fetch(long position, byte[] buf, int off, int len) throws IOException {
        try {
            int n = file.read(position, buf, off, len);
            if (n > 0) fetched += n;
            return n;
        } catch (IOException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public SeekableInputStream newStream() {
        return new SeekableInputStream() {
            private final byte[] buffer = new byte[READ_AHEAD];
            private long bufferStart;
            private int bufferLength;
            private long pos;

            @Override
            public long getPos() {
                return pos;
            }

            @Override
            public void seek(long newPos) {
                pos = newPos;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                if (pos >= length) return -1;
                if (pos < bufferStart || pos >= bufferStart + bufferLength) {
                    if (len >= READ_AHEAD) { // large reads go straight to the caller's array
                        int n = fetch(pos, b, off, (int) Math.min(len, length - pos));
                        if (n > 0) pos += n;
                        return n;
                    }
                    bufferStart = pos;
                    bufferLength = Math.max(0, fetch(pos, buffer, 0, (int) Math.min(READ_AHEAD, length - pos)));
                    if (bufferLength == 0) return -1;
                }
                int at = (int) (pos - bufferStart);
                int n = Math.min(len, bufferLength - at);
                System.arraycopy(buffer, at, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public void readFully(byte[] b) throws IOException {
                readFully(b, 0, b.length);
            }

            @Override
            public void readFully(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = read(b, off, len);
                    if (n < 0) throw new EOFException(name + " ended " + len + " bytes early");
                    off += n;
                    len -= n;
                }
            }

            @Override
            public int read(ByteBuffer buf) throws IOException {
                byte[] tmp = new byte[buf.remaining()];
                int n = read(tmp, 0, tmp.length);
                if (n > 0) buf.put(tmp, 0, n);
                return n;
            }

            @Override
            public void readFully(ByteBuffer buf) throws IOException {
                if (buf.hasArray()) {
                    readFully(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
                    buf.position(buf.limit());
                    return;
                }
                byte[] tmp = new byte[buf.remaining()];
                readFully(tmp, 0, tmp.length);
                buf.put(tmp);
            }

            @Override
            public void close() {
                // the SeekableFile is closed with the row stream
            }
        };
    }
}
