package dev.pipewright.plugins.testkit;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes real Parquet files for tests with parquet-java (no hadoop at run time). Pages are compressed by the
 * reference implementations — snappy-java and zstd-jni (native), the JDK's gzip, aircompressor's LZ4 and LZO
 * in Hadoop's block framing — so a reader's own decompression is checked against them. {@code BROTLI} is
 * only a label: the bytes are stored as they are, enough to test that a reader refuses the codec.
 *
 * <p>Row values follow the schema's top-level fields: Integer, Long, Boolean, Float, Double, String, byte[],
 * BigDecimal (DECIMAL), LocalDate (DATE), LocalDateTime or Instant (TIMESTAMP, INT96), LocalTime (TIME), UUID;
 * a Map for a group, a List for a LIST or a repeated field, a Map for a MAP; null for a missing optional value.
 */
public final class ParquetFiles {
    private final Path file;
    private final MessageType schema;
    private CompressionCodecName codec = CompressionCodecName.SNAPPY;
    private long rowGroupBytes = 128L << 20;
    private int pageRows = 20_000;

    private ParquetFiles(Path file, String schema) {
        this.file = file;
        this.schema = MessageTypeParser.parseMessageType(schema);
    }

    /** A writer for {@code file} with a schema in Parquet's text form ({@code message m { required int32 id; }}). */
    public static ParquetFiles to(Path file, String schema) {
        return new ParquetFiles(file, schema);
    }

    public ParquetFiles codec(String name) {
        this.codec = CompressionCodecName.valueOf(name);
        return this;
    }

    public ParquetFiles rowGroupBytes(long bytes) {
        this.rowGroupBytes = bytes;
        return this;
    }

    public ParquetFiles pageRows(int rows) {
        this.pageRows = rows;
        return this;
    }

    /** Writes the rows (replacing the file) and returns the file. */
    public Path write(Iterable<Object[]> rows) {
        try {
            Files.deleteIfExists(file);
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
                    .withCodecFactory(new ReferenceCodecs()).withCompressionCodec(codec).withType(schema)
                    .withRowGroupSize(rowGroupBytes).withPageRowCountLimit(pageRows).build()) {
                for (Object[] row : rows) {
                    Group g = groups.newGroup();
                    for (int i = 0; i < row.length; i++) add(g, schema.getType(i), row[i]);
                    w.write(g);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(List<Object[]> rows) {
        return write((Iterable<Object[]>) rows);
    }

    private static void add(Group g, Type t, Object v) {
        if (v == null) return;
        if (t.isRepetition(Type.Repetition.REPEATED) && v instanceof List<?> list) {
            for (Object x : list) addOne(g, t, x);
            return;
        }
        addOne(g, t, v);
    }

    private static void addOne(Group g, Type t, Object v) {
        String name = t.getName();
        if (!t.isPrimitive()) {
            GroupType gt = t.asGroupType();
            Group child = g.addGroup(name);
            LogicalTypeAnnotation a = gt.getLogicalTypeAnnotation();
            if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
                GroupType repeated = gt.getType(0).asGroupType();
                for (Object x : (List<?>) v) {
                    Group item = child.addGroup(repeated.getName());
                    add(item, repeated.getType(0), x);
                }
            } else if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
                GroupType kv = gt.getType(0).asGroupType();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    Group item = child.addGroup(kv.getName());
                    add(item, kv.getType(0), e.getKey());
                    add(item, kv.getType(1), e.getValue());
                }
            } else {
                Map<?, ?> m = (Map<?, ?>) v;
                for (Type f : gt.getFields()) add(child, f, m.get(f.getName()));
            }
            return;
        }
        PrimitiveType p = t.asPrimitiveType();
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        switch (p.getPrimitiveTypeName()) {
            case BOOLEAN -> g.add(name, (Boolean) v);
            case FLOAT -> g.add(name, ((Number) v).floatValue());
            case DOUBLE -> g.add(name, ((Number) v).doubleValue());
            case INT32 -> g.add(name, v instanceof LocalDate d ? (int) d.toEpochDay()
                    : v instanceof LocalTime lt ? (int) (lt.toNanoOfDay() / 1_000_000)
                    : v instanceof BigDecimal d ? d.unscaledValue().intValueExact() : ((Number) v).intValue());
            case INT64 -> g.add(name, v instanceof BigDecimal d ? d.unscaledValue().longValueExact() : int64(a, v));
            case INT96 -> g.add(name, Binary.fromConstantByteArray(int96(v)));
            case BINARY -> g.add(name, v instanceof String s ? Binary.fromString(s)
                    : v instanceof BigDecimal d ? Binary.fromConstantByteArray(d.unscaledValue().toByteArray()) : Binary.fromConstantByteArray((byte[]) v));
            case FIXED_LEN_BYTE_ARRAY -> g.add(name, Binary.fromConstantByteArray(fixed(p.getTypeLength(), v)));
        }
    }

    private static long int64(LogicalTypeAnnotation a, Object v) {
        if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
            Instant at = v instanceof Instant i ? i : ((LocalDateTime) v).toInstant(ZoneOffset.UTC);
            return switch (ts.getUnit()) {
                case MILLIS -> at.toEpochMilli();
                case MICROS -> at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
                case NANOS -> at.getEpochSecond() * 1_000_000_000 + at.getNano();
            };
        }
        if (v instanceof LocalTime lt) return lt.toNanoOfDay() / 1_000;
        return ((Number) v).longValue();
    }

    /** Impala's INT96 timestamp: nanoseconds of the day, then the Julian day, little-endian. */
    private static byte[] int96(Object v) {
        LocalDateTime t = v instanceof Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC) : (LocalDateTime) v;
        long julianDay = t.toLocalDate().toEpochDay() + 2_440_588;
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(t.toLocalTime().toNanoOfDay()).putInt((int) julianDay).array();
    }

    private static byte[] fixed(int length, Object v) {
        if (v instanceof UUID u) return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
        byte[] raw = v instanceof BigDecimal d ? d.unscaledValue().toByteArray() : (byte[]) v;
        byte[] out = new byte[length];
        byte pad = v instanceof BigDecimal d && d.signum() < 0 ? (byte) 0xff : 0;
        java.util.Arrays.fill(out, pad);
        System.arraycopy(raw, 0, out, length - raw.length, raw.length);
        return out;
    }

    /** Compressors of the reference implementations; parquet-java's own would need hadoop at run time. */
    private static final class ReferenceCodecs implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return BytesInput.from(ReferenceCodecs.compress(codec, bytes.toByteArray()));
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

        static byte[] compress(CompressionCodecName codec, byte[] b) throws IOException {
            return switch (codec) {
                case UNCOMPRESSED, BROTLI -> b;
                case SNAPPY -> org.xerial.snappy.Snappy.compress(b);
                case ZSTD -> com.github.luben.zstd.Zstd.compress(b);
                case GZIP -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                        gz.write(b);
                    }
                    yield out.toByteArray();
                }
                case LZ4_RAW -> raw(new io.airlift.compress.lz4.Lz4Compressor(), b);
                case LZ4 -> hadoopBlock(b, raw(new io.airlift.compress.lz4.Lz4Compressor(), b));
                case LZO -> hadoopBlock(b, raw(new io.airlift.compress.lzo.LzoCompressor(), b));
            };
        }

        private static byte[] raw(io.airlift.compress.Compressor c, byte[] b) {
            byte[] out = new byte[c.maxCompressedLength(b.length)];
            int n = c.compress(b, 0, b.length, out, 0, out.length);
            return java.util.Arrays.copyOf(out, n);
        }

        /** Hadoop's BlockCompressorStream framing: the uncompressed length, then one chunk with its length. */
        private static byte[] hadoopBlock(byte[] plain, byte[] compressed) {
            return ByteBuffer.allocate(8 + compressed.length).putInt(plain.length).putInt(compressed.length).put(compressed).array();
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("ParquetFiles only writes");
        }

        @Override
        public void release() {
        }
    }
}
