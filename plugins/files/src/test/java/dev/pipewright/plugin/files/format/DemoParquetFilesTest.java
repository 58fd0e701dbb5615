package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.testkit.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The demo's Parquet files (demo-data/lake/curated/): what the demo's copies would write — the supplier drop of
 * PL_Supplier_Files and the day's sales of PL_Daily_Sales_Load, snappy-compressed like ADF's default. This test
 * writes them again and checks that the committed files are exactly these bytes; to change them, edit the rows
 * here and run
 * {@code mvn -B -ntp -pl plugins/files -am verify -Dtest=DemoParquetFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dpipewright.writeDemo=true}.
 */
class DemoParquetFilesTest {
    static final Path LAKE = Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-data/lake/curated");
    static final String SUPPLIERS = "suppliers/acme_2026-11-24.parquet";
    static final String SALES = "sales/2026-11-24/sales_2026-11-24.parquet";

    static void suppliers(Path file) {
        ParquetFiles.to(file, """
                message supplier {
                  required binary supplierId (STRING);
                  required binary sku (STRING);
                  optional int32 unitCost (DECIMAL(9,2));
                  optional int32 leadTimeDays;
                  optional boolean active;
                }""").write(List.of(
                new Object[]{"ACME", "SKU-1001", new BigDecimal("4.10"), 7, true},
                new Object[]{"ACME", "SKU-2040", new BigDecimal("131.50"), 21, true},
                new Object[]{"ACME", "SKU-3300", new BigDecimal("9.75"), 10, false}));
    }

    static void sales(Path file) {
        LocalDateTime loaded = LocalDateTime.of(2026, 11, 25, 6, 0, 12);
        ParquetFiles.to(file, """
                message sale {
                  required int32 SaleId;
                  required binary StoreId (STRING);
                  required int32 SaleDate (DATE);
                  required binary Sku (STRING);
                  optional binary Description (STRING);
                  required int32 Quantity;
                  required int64 Amount (DECIMAL(18,2));
                  optional int64 LoadedAt (TIMESTAMP(MICROS,false));
                }""").write(List.of(
                new Object[]{1, "S001", LocalDate.of(2026, 11, 24), "SKU-1001", "Mug, ceramic", 2, new BigDecimal("39.98"), loaded},
                new Object[]{2, "S001", LocalDate.of(2026, 11, 24), "SKU-2040", "Espresso machine \"Barista\"", 1, new BigDecimal("249.00"), loaded},
                new Object[]{3, "S002", LocalDate.of(2026, 11, 24), "SKU-1001", "Mug, ceramic", 5, new BigDecimal("99.95"), loaded},
                new Object[]{4, "S003", LocalDate.of(2026, 11, 24), "SKU-3300", "Tea sampler", 3, new BigDecimal("74.97"), loaded},
                new Object[]{5, "S004", LocalDate.of(2026, 11, 24), "SKU-2040", "Espresso machine \"Barista\"", 2, new BigDecimal("498.00"), loaded},
                new Object[]{6, "S005", LocalDate.of(2026, 11, 24), "SKU-1001", null, 1, new BigDecimal("19.99"), null}));
    }

    @Test
    void theCommittedDemoFilesAreWhatThisTestWrites(@TempDir Path tmp) throws Exception {
        if (Boolean.getBoolean("pipewright.writeDemo")) {
            Files.createDirectories(LAKE.resolve(SALES).getParent());
            suppliers(LAKE.resolve(SUPPLIERS));
            sales(LAKE.resolve(SALES));
        }
        suppliers(tmp.resolve("suppliers.parquet"));
        sales(tmp.resolve("sales.parquet"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("suppliers.parquet")), Files.readAllBytes(LAKE.resolve(SUPPLIERS)), SUPPLIERS);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("sales.parquet")), Files.readAllBytes(LAKE.resolve(SALES)), SALES);
    }
}
