package dev.pipewright.plugin.files.format.parquet;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.RowStream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows as a Parquet file (a copy's Parquet sink), Snappy-compressed as ADF writes by default
 * ({@code compressionCodec} none: uncompressed). Every column is optional: integers as INT64, decimals as DOUBLE,
 * booleans, dates (DATE), timestamps (TIMESTAMP, microseconds, UTC), binary, and everything else — text from a
 * CSV included — as UTF-8 strings, as ADF writes a CSV's columns.
 */
public final class ParquetRowWriter {
    private ParquetRowWriter() {
    }

    public static long write(List<Column> columns, String compression, RowStream rows, Path file, CallContext ctx) throws ConnectorException, IOException {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : columns) {
            switch (c.type()) {
                case INTEGER -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DECIMAL -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DATE -> b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
                case TIMESTAMP -> b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
                case BINARY -> b.optional(PrimitiveTypeName.BINARY).named(c.name());
                default -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
            }
        }
        MessageType schema = b.named("schema");
        CompressionCodecName codec = compression == null || compression.isEmpty() || compression.equalsIgnoreCase("snappy")
                ? CompressionCodecName.SNAPPY : compression.equalsIgnoreCase("none") ? CompressionCodecName.UNCOMPRESSED : null;
        if (codec == null) {
            throw new ConnectorException(dev.pipewright.plugins.api.Failure.CONFIG, "Parquet sinks are written with snappy or none here, not " + compression,
                    "Set the sink dataset's compressionCodec to snappy or none for local runs");
        }
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        long n = 0;
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
                .withCodecFactory(new PureJavaCodecs()).withCompressionCodec(codec).withType(schema).build()) {
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                Group g = groups.newGroup();
                for (int i = 0; i < columns.size(); i++) {
                    Object v = i < row.length ? row[i] : null;
                    if (v != null) add(g, columns.get(i), v);
                }
                w.write(g);
                if (++n % 10_000 == 0) ctx.checkCancelled();
            }
        }
        return n;
    }

    private static void add(Group g, Column c, Object v) throws ConnectorException {
        String name = c.name();
        try {
            switch (c.type()) {
                case INTEGER -> g.add(name, v instanceof Number x ? x.longValue() : Long.parseLong(v.toString().strip()));
                case DECIMAL -> g.add(name, v instanceof Number x ? x.doubleValue() : Double.parseDouble(v.toString().strip()));
                case BOOLEAN -> g.add(name, v instanceof Boolean x ? x : Boolean.parseBoolean(v.toString().strip().toLowerCase(Locale.ROOT)));
                case DATE -> g.add(name, (int) (v instanceof LocalDate d ? d : LocalDate.parse(v.toString())).toEpochDay());
                case TIMESTAMP -> {
                    LocalDateTime t = v instanceof LocalDateTime d ? d : LocalDateTime.parse(v.toString());
                    var at = t.toInstant(ZoneOffset.UTC);
                    g.add(name, at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000);
                }
                case BINARY -> g.add(name, Binary.fromConstantByteArray(v instanceof byte[] x ? x : v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                default -> g.add(name, v instanceof BigDecimal d ? d.toPlainString() : v.toString());
            }
        } catch (RuntimeException e) {
            throw new ConnectorException(dev.pipewright.plugins.api.Failure.FORMAT, "Column " + name + ": " + v + " is not a " + c.label(), "");
        }
    }
}
