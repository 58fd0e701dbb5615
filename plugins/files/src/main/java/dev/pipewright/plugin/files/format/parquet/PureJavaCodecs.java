package dev.pipewright.plugin.files.format.parquet;

import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Page decompression without native libraries and without hadoop: aircompressor's pure-Java Snappy, Zstandard
 * and LZ4, and the JDK's gzip. parquet-java's own codecs are hadoop codecs (and snappy-java / zstd-jni load
 * native code), so the reader is given this factory instead; a copy's Parquet sink compresses with its Snappy.
 */
final class PureJavaCodecs implements CompressionCodecFactory {
    /** What this factory decompresses; LZO and BROTLI pages are refused before any page is read. */
    static final Set<CompressionCodecName> SUPPORTED = Set.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
            CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4, CompressionCodecName.LZ4_RAW);

    /** Snappy (ADF's default for Parquet sinks) or none, for a copy's Parquet sink. */
    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY && codec != CompressionCodecName.UNCOMPRESSED) {
            throw new UnsupportedOperationException("Parquet pages are written with snappy or uncompressed here, not " + codec);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) return bytes;
                byte[] in = bytes.toByteArray();
                SnappyCompressor c = new SnappyCompressor();
                byte[] out = new byte[c.maxCompressedLength(in.length)];
                int n = c.compress(in, 0, in.length, out, 0, out.length);
                return BytesInput.from(out, 0, n);
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) return bytes;
                return BytesInput.from(PureJavaCodecs.decompress(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(codec == CompressionCodecName.UNCOMPRESSED ? in : PureJavaCodecs.decompress(codec, in, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    static byte[] decompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
        byte[] out = new byte[size];
        try {
            switch (codec) {
                case SNAPPY -> exactly(new SnappyDecompressor(), in, out, codec);
                case ZSTD -> exactly(new ZstdDecompressor(), in, out, codec);
                case LZ4_RAW -> exactly(new Lz4Decompressor(), in, out, codec);
                case LZ4 -> lz4(in, out);
                case GZIP -> {
                    try (DataInputStream gz = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(in)))) {
                        gz.readFully(out);
                    }
                }
                default -> throw new IOException("Pages compressed with " + codec + " cannot be read here");
            }
        } catch (MalformedInputException | IndexOutOfBoundsException | EOFException | java.util.zip.ZipException e) {
            throw new IOException("a page is not valid " + codec + " data (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static void exactly(Decompressor d, byte[] in, byte[] out, CompressionCodecName codec) throws IOException {
        int n = d.decompress(in, 0, in.length, out, 0, out.length);
        if (n != out.length) throw new IOException("a page is not valid " + codec + " data (" + n + " bytes instead of " + out.length + ")");
    }

    /**
     * Parquet's LZ4 is LZ4 in Hadoop's block framing (uncompressed length, then chunks with their lengths);
     * some writers (older parquet-cpp) wrote raw LZ4 blocks under the same name. Like parquet-cpp, try the
     * framing first and fall back to a raw block.
     */
    private static void lz4(byte[] in, byte[] out) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(in);
            int at = 0;
            while (b.remaining() >= 8 && at < out.length) {
                int blockSize = b.getInt();
                int end = at + blockSize;
                if (blockSize < 0 || end > out.length) throw new MalformedInputException(b.position(), "block length");
                while (at < end) {
                    int chunk = b.getInt();
                    if (chunk < 0 || chunk > b.remaining()) throw new MalformedInputException(b.position(), "chunk length");
                    at += new Lz4Decompressor().decompress(in, b.position(), chunk, out, at, end - at);
                    b.position(b.position() + chunk);
                }
            }
            if (at == out.length && !b.hasRemaining()) return;
        } catch (MalformedInputException | IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            // not framed: a raw block
        }
        exactly(new Lz4Decompressor(), in, out, CompressionCodecName.LZ4);
    }

    @Override
    public void release() {
    }
}
