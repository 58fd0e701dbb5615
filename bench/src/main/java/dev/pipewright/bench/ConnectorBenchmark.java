package dev.pipewright.bench;

import dev.pipewright.plugin.files.FilesConnector;
import dev.pipewright.plugin.jdbc.JdbcConnector;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * Data preview (issue 5). Goals: the first 100 rows of a generated 1 GB CSV in at most 100 ms with flat memory,
 * printed beside {@code head -n 100} on the same file in the same run; the first 100 rows of a 10-million-row
 * SQLite table in at most 50 ms, beside the bare JDBC query (no connector) in the same run. Both previews go
 * through the real connectors (a FileServer linked service bound to a folder, an Azure SQL linked service bound
 * to a SQLite file), a fresh file handle or connection each time, as the CLI and studio do. The generated files
 * are kept in {@code java.io.tmpdir} between runs (about 1.5 GB; delete {@code pipewright-bench-*}).
 * <p>
 * Alone: {@code java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.ConnectorBenchmark}.
 */
public final class ConnectorBenchmark {
    private static final long CSV_BYTES = 1L << 30;
    private static final int SQL_ROWS = 10_000_000;
    private static final int RUNS = 30;
    private static final CallContext CTX = CallContext.of(Duration.ofSeconds(15));

    private ConnectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        csv(dir);
        sqlite(dir);
    }

    private static void csv(Path dir) throws Exception {
        Path file = dir.resolve("pipewright-bench-1g.csv");
        if (!Files.exists(file) || Files.size(file) < CSV_BYTES) generateCsv(file);
        LinkedServiceSpec ls = new LinkedServiceSpec("LS_Files", "FileServer", Props.of("host", "\\\\fs01\\data"), Props.of("folder", dir.toString()), dir);
        DatasetSpec ds = new DatasetSpec("DS_Big", "DelimitedText", Props.of("firstRowAsHeader", true,
                "location", Props.of("type", "FileServerLocation", "fileName", file.getFileName().toString()).asMap()), ls, null);
        FilesConnector connector = new FilesConnector();
        long heapBefore = usedHeapAfterGc();
        long[] preview = new long[RUNS];
        long[] head = new long[RUNS];
        for (int i = -5; i < RUNS; i++) { // 5 warm-up rounds
            long t0 = System.nanoTime();
            int rows = previewRows(connector, ds, 100);
            long t1 = System.nanoTime();
            Process p = new ProcessBuilder("head", "-n", "100", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            long t2 = System.nanoTime();
            if (rows != 100) throw new IllegalStateException("preview returned " + rows + " rows");
            if (i >= 0) {
                preview[i] = t1 - t0;
                head[i] = t2 - t1;
            }
        }
        long heapAfter = usedHeapAfterGc();
        double ms = Stats.medianMs(preview);
        double headMs = Stats.medianMs(head);
        Stats.line(String.format(Locale.ROOT, "preview first 100 rows of a %.1f GB CSV (connector, warm median of %d)", Files.size(file) / 1e9, RUNS),
                ms, 100, String.format(Locale.ROOT, "baseline head -n 100 on the same file %.2f ms, ratio %.2fx; heap after GC %+.1f MB over %d previews",
                        headMs, ms / headMs, (heapAfter - heapBefore) / 1e6, RUNS + 5));
    }

    private static void sqlite(Path dir) throws Exception {
        Path file = dir.resolve("pipewright-bench-10m.sqlite");
        if (!Files.exists(file)) generateSqlite(file);
        LinkedServiceSpec ls = new LinkedServiceSpec("LS_AzureSql", "AzureSqlDatabase", Props.of("connectionString", "Data Source=x;Initial Catalog=y"),
                Props.of("sqlite", file.toString()), dir);
        DatasetSpec ds = new DatasetSpec("DS_Sales", "AzureSqlTable", Props.of("schema", "dbo", "table", "sales"), ls, null);
        JdbcConnector connector = new JdbcConnector();
        long[] preview = new long[RUNS];
        long[] bare = new long[RUNS];
        for (int i = -5; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int rows = previewRows(connector, ds, 100);
            long t1 = System.nanoTime();
            int raw = 0;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM dbo_sales LIMIT 100")) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c2 = 1; c2 <= cols; c2++) rs.getObject(c2);
                    raw++;
                }
            }
            long t2 = System.nanoTime();
            if (rows != 100 || raw != 100) throw new IllegalStateException("rows: " + rows + ", " + raw);
            if (i >= 0) {
                preview[i] = t1 - t0;
                bare[i] = t2 - t1;
            }
        }
        double ms = Stats.medianMs(preview);
        double base = Stats.medianMs(bare);
        Stats.line(String.format(Locale.ROOT, "preview first 100 rows of a %,d-row SQLite table (connector, warm median of %d)", SQL_ROWS, RUNS),
                ms, 50, String.format(Locale.ROOT, "baseline: bare JDBC connect + SELECT ... LIMIT 100 %.2f ms, ratio %.2fx", base, ms / base));
    }

    /** What the host does for a preview: read limit + 1 rows (to know whether there are more), keep {@code n}. */
    private static int previewRows(Connector connector, DatasetSpec ds, int n) throws ConnectorException {
        int rows = 0;
        try (RowStream rs = connector.read(ds, n + 1L, CTX)) {
            for (Object[] r = rs.next(); r != null && rows < n; r = rs.next()) rows++;
        }
        return rows;
    }

    private static void generateCsv(Path file) throws IOException {
        System.err.println("bench: writing a 1 GB CSV to " + file + " (once)...");
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("id,store,sku,description,quantity,amount,day\n");
            long written = 0;
            StringBuilder row = new StringBuilder(128);
            for (long i = 1; written < CSV_BYTES; i++) {
                row.setLength(0);
                row.append(i).append(",S").append(i % 500).append(",SKU-").append(i % 9973).append(",\"Item ").append(i % 97)
                        .append(", boxed\",").append(i % 7 + 1).append(',').append(i % 10000 / 100.0).append(",2026-11-").append(10 + i % 20).append('\n');
                w.append(row);
                written += row.length();
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void generateSqlite(Path file) throws Exception {
        System.err.println("bench: writing a 10-million-row SQLite table to " + file + " (once)...");
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            st.execute("CREATE TABLE dbo_sales (id INTEGER PRIMARY KEY, store TEXT, sku TEXT, quantity INTEGER, amount REAL, day TEXT)");
            st.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + SQL_ROWS + ") "
                    + "INSERT INTO dbo_sales SELECT x, 'S' || (x % 500), 'SKU-' || (x % 9973), x % 7 + 1, (x % 10000) / 100.0, '2026-11-24' FROM n");
        }
        Files.move(tmp, file);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
