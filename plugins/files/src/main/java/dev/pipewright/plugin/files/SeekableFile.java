package dev.pipewright.plugin.files;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file read at any position — what Parquet needs, whose schema is at the end of the file. A local file, a
 * blob read by ranges, an SFTP file read at offsets, or, for stores that can only stream a file from its
 * start (HTTP), a bounded temporary copy.
 */
public interface SeekableFile extends AutoCloseable {
    /** How big a stream-only store's file may be for a temporary copy: 256 MiB. */
    long MAX_COPY_BYTES = 256L << 20;

    long length() throws IOException;

    /** Reads up to {@code len} bytes at {@code position}; -1 at the end. */
    int read(long position, byte[] buffer, int offset, int len) throws IOException;

    /** How many read calls reached the store (requests, for remote stores). */
    default long requests() {
        return 0;
    }

    @Override
    void close();

    /** A local file. */
    static SeekableFile local(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        return new SeekableFile() {
            private long calls;

            @Override
            public long length() throws IOException {
                return ch.size();
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                calls++;
                return ch.read(ByteBuffer.wrap(buffer, offset, len), position);
            }

            @Override
            public long requests() {
                return calls;
            }

            @Override
            public void close() {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // read-only: nothing to flush
                }
            }
        };
    }

    /**
     * A temporary copy of a stream that has no random access, deleted on close. A file larger than
     * {@code maxBytes} is refused ({@link Failure#CONFIG}) once that much is copied.
     */
    static SeekableFile copyOf(InputStream in, String name, long maxBytes) throws ConnectorException {
        Path tmp = null;
        try (in) {
            tmp = Files.createTempFile("pipewright-preview-", ".part");
            tmp.toFile().deleteOnExit();
            long copied = 0;
            byte[] buf = new byte[1 << 16];
            try (var out = Files.newOutputStream(tmp)) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new ConnectorException(Failure.CONFIG, name + " is larger than "
                                + (maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes") + ", and this store can only send a file from its start: preview copies it first",
                                "Preview a smaller file, or bind the store to a local folder in the profile");
                    }
                    out.write(buf, 0, n);
                }
            }
            SeekableFile local = local(tmp);
            Path copy = tmp;
            return new SeekableFile() {
                @Override
                public long length() throws IOException {
                    return local.length();
                }

                @Override
                public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                    return local.read(position, buffer, offset, len);
                }

                @Override
                public void close() {
                    local.close();
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException ignored) {
                        // deleted on exit
                    }
                }
            };
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw ConnectorException.classify(e, name);
        } catch (ConnectorException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // deleted on exit
        }
    }
}
