package dev.pipewright.plugin.files.format;

import dev.pipewright.plugin.files.FilesConnector;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.plugins.testkit.Expect;
import dev.pipewright.plugins.testkit.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parquet datasets on a local folder: files written by parquet-java with the reference codecs, read back by the preview. */
class ParquetFormatTest {
    static final String SCHEMA = """
            message sale {
              required int32 id;
              optional binary store (STRING);
              optional int64 quantity;
              optional int32 amount (DECIMAL(9,2));
              optional boolean returned;
              optional int32 day (DATE);
              optional int64 sold_at (TIMESTAMP(MICROS,false));
              optional int96 loaded_at;
              optional double weight;
              optional float rating;
              optional binary barcode;
              optional fixed_len_byte_array(16) ref (UUID);
              optional group address { optional binary city (STRING); optional int32 zip; }
              optional group tags (LIST) { repeated group list { optional binary element (STRING); } }
              optional group attributes (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }
            }""";
    private static final UUID REF = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @TempDir
    Path dir;
    private final FilesConnector connector = new FilesConnector();

    static List<Object[]> sales() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("city", "Seattle");
        address.put("zip", 98101);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("gift", 1);
        attributes.put("promo", null);
        LocalDateTime soldAt = LocalDateTime.of(2026, 11, 24, 9, 30, 15, 123_456_000);
        return List.of(
                new Object[]{1, "S001", 2L, new BigDecimal("39.98"), false, LocalDate.of(2026, 11, 24), soldAt,
                        LocalDateTime.of(2026, 11, 25, 6, 0), 1.25, 4.5f, new byte[]{1, 2, (byte) 0xff}, REF, address,
                        List.of("mug", "ceramic"), attributes},
                new Object[]{2, null, null, null, null, null, null, null, null, null, null, null, null, null, null});
    }

    private LinkedServiceSpec folder() {
        return new LinkedServiceSpec("LS_Lake", "AzureBlobFS", Props.of("url", "https://contosocurated.dfs.core.windows.net/"),
                Props.of("folder", "lake"), dir);
    }

    private DatasetSpec parquet(String folder, String file) {
        Props location = Props.of("type", "AzureBlobFSLocation", "fileSystem", "curated", "folderPath", folder, "fileName", file);
        return new DatasetSpec("DS_Parquet", "Parquet", Props.of("location", location.asMap(), "compressionCodec", "snappy"), folder(), null);
    }

    private Path file(String name) throws Exception {
        Path f = dir.resolve("lake/curated/sales").resolve(name);
        Files.createDirectories(f.getParent());
        return f;
    }

    @Test
    void typesNullsAndNestedValues() throws Exception {
        ParquetFiles.to(file("sales.parquet"), SCHEMA).write(sales());
        try (RowStream rs = connector.read(parquet("sales", "sales.parquet"), 100, CTX)) {
            assertEquals(List.of("id Int32", "store String", "quantity Int64", "amount Decimal", "returned Boolean", "day DateTime",
                            "sold_at DateTime", "loaded_at DateTime", "weight Double", "rating Single", "barcode Byte[]", "ref Guid",
                            "address String", "tags String", "attributes String"),
                    rs.columns().stream().map(c -> c.name() + " " + c.typeName()).toList());
            assertEquals(List.of(ColumnType.INTEGER, ColumnType.STRING, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE,
                    ColumnType.TIMESTAMP, ColumnType.TIMESTAMP, ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.BINARY, ColumnType.STRING,
                    ColumnType.OBJECT, ColumnType.OBJECT, ColumnType.OBJECT), rs.columns().stream().map(Column::type).toList());
            Object[] first = rs.next();
            assertEquals(List.of(1L, "S001", 2L, new BigDecimal("39.98"), false, LocalDate.of(2026, 11, 24),
                    LocalDateTime.of(2026, 11, 24, 9, 30, 15, 123_456_000), LocalDateTime.of(2026, 11, 25, 6, 0), 1.25, 4.5), Arrays.asList(first).subList(0, 10));
            assertArrayEquals(new byte[]{1, 2, (byte) 0xff}, (byte[]) first[10]);
            assertEquals(REF.toString(), first[11]);
            assertEquals("{\"city\":\"Seattle\",\"zip\":98101}", first[12]);
            assertEquals("[\"mug\",\"ceramic\"]", first[13]);
            assertEquals("{\"gift\":1,\"promo\":null}", first[14]);
            Object[] second = rs.next();
            assertEquals(2L, second[0]);
            for (int i = 1; i < second.length; i++) assertNull(second[i], "column " + i);
            assertNull(rs.next());
        }
    }

    @Test
    void timestampsAdjustedToUtcKeepTheirOffset() throws Exception {
        Instant at = Instant.parse("2026-11-24T06:00:00.250Z");
        ParquetFiles.to(file("utc.parquet"), "message m { required int64 at (TIMESTAMP(MILLIS,true)); required int32 small (INTEGER(16,true)); }")
                .write(List.<Object[]>of(new Object[]{at, 7}));
        try (RowStream rs = connector.read(parquet("sales", "utc.parquet"), 10, CTX)) {
            assertEquals(List.of("DateTime", "Int16"), rs.columns().stream().map(Column::typeName).toList());
            assertEquals(List.of(at.atOffset(ZoneOffset.UTC), 7L), Arrays.asList(rs.next()));
        }
    }

    /** Pages compressed by snappy-java, zstd-jni (native), the JDK's gzip and aircompressor's LZ4 decompress in pure Java. */
    @ParameterizedTest
    @ValueSource(strings = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4", "LZ4_RAW"})
    void everyCodecAdfWrites(String codec) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) rows.add(new Object[]{i, "store-" + (i % 7), (long) i * 3, new BigDecimal(i).movePointLeft(2), i % 2 == 0,
                LocalDate.of(2026, 1, 1).plusDays(i % 300), null, null, i / 4.0, null, null, null, null, List.of("t" + i), null});
        ParquetFiles.to(file(codec + ".parquet"), SCHEMA).codec(codec).pageRows(1000).write(rows);
        List<Object[]> read = drain(connector.read(parquet("sales", codec + ".parquet"), -1, CTX));
        assertEquals(5000, read.size());
        Object[] last = read.get(4999);
        assertEquals(List.of(4999L, "store-1", 14997L, new BigDecimal("49.99"), false), Arrays.asList(last).subList(0, 5));
        assertEquals("[\"t4999\"]", last[13]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LZO", "BROTLI"})
    void codecsThatCannotBeDecompressedAreRefusedBeforeReading(String codec) throws Exception {
        ParquetFiles.to(file(codec + ".parquet"), "message m { required int32 id; }").codec(codec).write(List.<Object[]>of(new Object[]{1}));
        ConnectorException e = failure(Failure.CONFIG, () -> connector.read(parquet("sales", codec + ".parquet"), 10, CTX));
        assertTrue(e.getMessage().startsWith("curated/sales/" + codec + ".parquet is compressed with " + codec + ", which preview cannot decompress"), e.getMessage());
        assertTrue(e.hint().contains("snappy"), e.hint());
    }

    @Test
    void truncatedOrOtherFilesAreTheWrongFormatNamingTheFile() throws Exception {
        Path good = ParquetFiles.to(file("good.parquet"), SCHEMA).write(sales());
        byte[] bytes = Files.readAllBytes(good);
        Files.write(file("truncated.parquet"), Arrays.copyOf(bytes, bytes.length - 40));
        Files.writeString(file("csv.parquet"), "SaleId,StoreId\n1,S001\n2,S002\n");
        Files.writeString(file("tiny.parquet"), "PAR1");
        byte[] footerless = bytes.clone();
        for (int i = bytes.length - 60; i < bytes.length - 8; i++) footerless[i] = 0x7f; // a damaged footer, both markers intact
        Files.write(file("damaged.parquet"), footerless);
        assertTrue(failure(Failure.FORMAT, () -> connector.read(parquet("sales", "truncated.parquet"), 10, CTX)).getMessage()
                .startsWith("curated/sales/truncated.parquet is not a complete Parquet file"));
        assertTrue(failure(Failure.FORMAT, () -> connector.read(parquet("sales", "csv.parquet"), 10, CTX)).getMessage()
                .startsWith("curated/sales/csv.parquet is not a Parquet file"));
        assertTrue(failure(Failure.FORMAT, () -> connector.read(parquet("sales", "tiny.parquet"), 10, CTX)).getMessage()
                .startsWith("curated/sales/tiny.parquet is not a Parquet file: it has only 4 bytes"));
        assertTrue(failure(Failure.FORMAT, () -> connector.read(parquet("sales", "damaged.parquet"), 10, CTX)).getMessage()
                .startsWith("curated/sales/damaged.parquet "));
    }

    /** The first rows of a large single-row-group file cost the first page of each column, not the file. */
    @Test
    void previewReadsOnlyThePagesTheRowsNeed() throws Exception {
        long rows = 1_000_000;
        Iterator<Object[]> gen = LongStream.range(0, rows).mapToObj(i -> new Object[]{i, "name-" + (i * 7919 % 100_003), i * 0.5}).iterator();
        Path big = ParquetFiles.to(file("big.parquet"), "message m { required int64 id; optional binary name (STRING); optional double amount; }")
                .rowGroupBytes(1L << 30).pageRows(10_000).write(() -> gen);
        List<String> progress = new ArrayList<>();
        CallContext ctx = Expect.recording(progress, Duration.ofSeconds(30));
        long start = System.nanoTime();
        List<Object[]> first = drain(connector.read(parquet("sales", "big.parquet"), 101, ctx));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(101, first.size());
        assertEquals(100L, first.get(100)[0]);
        String read = progress.get(progress.size() - 1);
        long fetched = Expect.bytesRead(progress);
        long size = Files.size(big);
        System.out.printf("Parquet preview from a folder: 101 rows of a %,d-byte file (%,d rows, 1 row group): %s, %d ms%n", size, rows, read, ms);
        assertTrue(fetched < 1_500_000 && fetched < size / 5, read);
    }

    /** Stores that only stream a file (HTTP) give Parquet a temporary copy, up to a bound, deleted on close. */
    @Test
    void temporaryCopiesAreBoundedAndRemoved() throws Exception {
        byte[] data = new byte[10_000];
        dev.pipewright.plugin.files.SeekableFile copy = dev.pipewright.plugin.files.SeekableFile.copyOf(new java.io.ByteArrayInputStream(data), "x", 10_000);
        assertEquals(10_000, copy.length());
        long before = countTempCopies();
        copy.close();
        assertEquals(before - 1, countTempCopies());
        ConnectorException e = failure(Failure.CONFIG, () -> dev.pipewright.plugin.files.SeekableFile.copyOf(
                new java.io.ByteArrayInputStream(data), "http://host/big.parquet", 9_999));
        assertTrue(e.getMessage().startsWith("http://host/big.parquet is larger than 9999 bytes, and this store can only send a file from its start"), e.getMessage());
        assertEquals(before - 1, countTempCopies());
    }

    private static long countTempCopies() throws Exception {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("pipewright-preview-")).count();
        }
    }

    @Test
    void aLimitAcrossRowGroupsAndNoLimit() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) rows.add(new Object[]{(long) i});
        ParquetFiles.to(file("groups.parquet"), "message m { required int64 id; }").rowGroupBytes(32 * 1024).pageRows(500).write(rows);
        List<Object[]> some = drain(connector.read(parquet("sales", "groups.parquet"), 25_001, CTX));
        assertEquals(25_001, some.size());
        assertEquals(25_000L, some.get(25_000)[0]);
        assertEquals(30_000, drain(connector.read(parquet("sales", "groups.parquet"), -1, CTX)).size());
    }
}
