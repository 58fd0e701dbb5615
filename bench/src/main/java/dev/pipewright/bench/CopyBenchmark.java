package dev.pipewright.bench;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.plugins.testkit.PostgresServer;
import dev.pipewright.runtime.connect.ConnectorHost;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.DataAccess;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.runtime.run.Fixture;
import dev.pipewright.runtime.run.LocalRunner;
import dev.pipewright.runtime.run.PipelineRun;
import dev.pipewright.runtime.run.RunClock;
import dev.pipewright.runtime.run.RunControl;
import dev.pipewright.runtime.run.RunListener;
import dev.pipewright.runtime.run.RunStatus;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Local runs (issue 14): a pipeline whose Copy activity copies a CSV into a SQL table made by autoCreate, run by the
 * local runner through the connectors (the files connector reads on its own thread, the JDBC connector writes in
 * one transaction), beside the database's own loader of the same file into the same kind of table in the same
 * round: {@code sqlite3 .import} for SQLite (goal: throughput at least 1.0x, a time ratio of at most 1.0) and
 * {@code psql \copy} for a throwaway PostgreSQL server (goal: at least 0.9x, a time ratio of at most 1.11).
 * <p>
 * Alone: {@code java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.CopyBenchmark}.
 */
public final class CopyBenchmark {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 3;
    private static final String BIG_HEAP = "128m";

    private CopyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            bigCopy(Path.of(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("pipewright-bench-copy");
        Path csv = dir.resolve("sales.csv");
        generate(csv, ROWS);
        Path root = factory(dir);
        measure(dir, root, csv, new SqliteSink(dir, csv), 1.0);
        PostgresServer pg;
        try {
            pg = PostgresServer.start();
        } catch (Exception noServer) {
            pg = null;
            System.out.println("Copy activity of a local run into PostgreSQL: skipped, no PostgreSQL server could be started here (" + noServer.getMessage() + ")");
        }
        if (pg != null) {
            try (PostgresServer server = pg) {
                measure(dir, root, csv, new PostgresSink(server, csv), 1 / 0.9);
            }
        }
        Path big = Files.createTempDirectory("pipewright-bench-bigcopy");
        FactoryBenchmark.runChild(CopyBenchmark.class, BIG_HEAP, "the 1 GB copy", big);
        try (var all = Files.walk(big)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        try (var all = Files.walk(dir)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private static void generate(Path csv, long rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,store,sku,amount,sold_at\n");
            for (long i = 0; i < rows; i++) {
                w.write(i + ",S" + (i % 500) + ",SKU-" + (i * 7919 % 100_000) + "," + (i % 10_000) / 100.0 + ",2026-11-24T10:" + (i % 60) + ":00\n");
            }
        }
    }

    /**
     * In a child JVM limited to {@value #BIG_HEAP}: a copy of a generated 1 GB CSV into SQLite by the local runner. That
     * it finishes at all in that heap shows the memory stays flat (a copy holding its rows would need 1 GB and more);
     * the sum of the heap pools' peaks, reset before it, is printed beside.
     */
    private static void bigCopy(Path dir) throws Exception {
        Path csv = dir.resolve("sales.csv");
        generate(csv, (1L << 30) / 48);
        Path root = factory(dir);
        Sink sink = new SqliteSink(dir, csv);
        String profile = "{\"factory\": {\"name\": \"bench\", \"region\": \"East US\"}, \"linkedServices\": {"
                + "\"LS_Files\": {\"localEndpoint\": {\"folder\": \"" + dir + "\"}}, \"LS_Sql\": {\"localEndpoint\": " + sink.binding(0) + "}}}";
        EnvironmentProfile env = ProfileReader.parse(profile, "bench.json", RegionCatalog.standard()).profile();
        Factory factory = Factory.load(root);
        DataAccess data = new DataAccess(new Connections(factory, env, dir, ConnectorHost.discover(), k -> null));
        System.gc();
        List<java.lang.management.MemoryPoolMXBean> heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
        heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        PipelineRun run;
        try (LocalRunner runner = new LocalRunner(factory, env, new LocalRunner.Options(Fixture.NONE, RunClock.system(), RunListener.NONE, data))) {
            run = runner.run("PL_Copy", Map.of(), new RunControl());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (run.status() != RunStatus.SUCCEEDED) throw new IllegalStateException("the copy failed: " + run.message());
        long copied = run.activityRuns().get(0).output().get("rowsCopied").asLong();
        Stats.figure(String.format(Locale.ROOT, "Copy activity of a local run: a %.2f GB CSV into SQLite, peak heap (child JVM -Xmx%s)", Files.size(csv) / 1e9, BIG_HEAP),
                peak / 1e6, "MB", -1, String.format(Locale.ROOT, "%d rows in %.1f s (%.0f rows/s); sum of the heap pools' peaks, garbage included, an upper bound"
                        + " as the pools peak at different moments", copied, seconds, copied / seconds));
        System.out.println("Copy activity of a local run: the 1 GB copy ran within -Xmx" + BIG_HEAP + " (target: flat memory, it does not need more)  PASS");
    }

    /** Where a round copies to, and the baseline tool's load of the same file into the same kind of table. */
    private interface Sink {
        String name();

        String baselineName();

        /** The LS_Sql binding of round {@code i}, its table empty or absent. */
        String binding(int i) throws Exception;

        long count(int i) throws Exception;

        /** Loads the file with the baseline tool into a fresh table; returns the rows it holds after. */
        long baseline(int i) throws Exception;
    }

    private static void measure(Path dir, Path root, Path csv, Sink sink, double target) throws Exception {
        long[] ours = new long[RUNS];
        long[] baseline = new long[RUNS];
        for (int i = -1; i < RUNS; i++) { // one warm-up round
            String profile = "{\"factory\": {\"name\": \"bench\", \"region\": \"East US\"}, \"linkedServices\": {"
                    + "\"LS_Files\": {\"localEndpoint\": {\"folder\": \"" + dir + "\"}}, \"LS_Sql\": {\"localEndpoint\": " + sink.binding(i) + "}}}";
            EnvironmentProfile env = ProfileReader.parse(profile, "bench.json", RegionCatalog.standard()).profile();
            Factory factory = Factory.load(root);
            DataAccess data = new DataAccess(new Connections(factory, env, dir, ConnectorHost.discover(), k -> null));
            long t0 = System.nanoTime();
            PipelineRun run;
            try (LocalRunner runner = new LocalRunner(factory, env, new LocalRunner.Options(Fixture.NONE, RunClock.system(), RunListener.NONE, data))) {
                run = runner.run("PL_Copy", Map.of(), new RunControl());
            }
            long took = System.nanoTime() - t0;
            if (run.status() != RunStatus.SUCCEEDED) throw new IllegalStateException("the copy failed: " + run.message());
            expect(sink.count(i), "the copy");
            long t1 = System.nanoTime();
            long loaded = sink.baseline(i);
            long base = System.nanoTime() - t1;
            expect(loaded, sink.baselineName());
            if (i >= 0) {
                ours[i] = took;
                baseline[i] = base;
            }
        }
        double ms = Stats.medianMs(ours);
        double base = Stats.medianMs(baseline);
        Stats.figure(String.format(Locale.ROOT, "Copy activity of a local run: a %d-row CSV (%.0f MB) into %s, time over %s", ROWS, Files.size(csv) / 1e6,
                sink.name(), sink.baselineName()), ms / base, "x", target, String.format(Locale.ROOT, "copy %.0f ms (%.0f rows/s), baseline %.0f ms; median of %d",
                ms, ROWS / (ms / 1000), base, RUNS));
    }

    private static void expect(long rows, String who) {
        if (rows != ROWS) throw new IllegalStateException(who + " left " + rows + " rows, not " + ROWS);
    }

    private record SqliteSink(Path dir, Path csv) implements Sink {
        public String name() {
            return "SQLite";
        }

        public String baselineName() {
            return "sqlite3 .import";
        }

        public String binding(int i) throws Exception {
            Path db = dir.resolve("ours" + i + ".sqlite");
            DriverManager.getConnection("jdbc:sqlite:" + db).close();
            return "{\"sqlite\": \"" + db + "\"}";
        }

        public long count(int i) throws Exception {
            return rows("jdbc:sqlite:" + dir.resolve("ours" + i + ".sqlite"), null, null);
        }

        public long baseline(int i) throws Exception {
            Path other = dir.resolve("sqlite3-" + i + ".sqlite");
            Process p = new ProcessBuilder("sqlite3", other.toString(), ".import --csv " + csv + " sales")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 .import failed");
            return rows("jdbc:sqlite:" + other, null, null);
        }
    }

    /** Each round in its own schema: the copy's autoCreated table there, psql's table beside it with the same text columns. */
    private record PostgresSink(PostgresServer pg, Path csv) implements Sink {
        String url() {
            return "jdbc:postgresql://127.0.0.1:" + pg.port + "/postgres";
        }

        public String name() {
            return "PostgreSQL";
        }

        public String baselineName() {
            return "psql \\copy";
        }

        public String binding(int i) throws Exception {
            try (Connection c = DriverManager.getConnection(url() + "?currentSchema=r" + (i + 1), PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA r" + (i + 1));
            }
            return "{\"jdbcUrl\": \"" + url() + "?currentSchema=r" + (i + 1) + "\", \"user\": \"" + PostgresServer.USER + "\", \"password\": \""
                    + PostgresServer.PASSWORD + "\"}";
        }

        public long count(int i) throws Exception {
            return rows(url() + "?currentSchema=r" + (i + 1), PostgresServer.USER, PostgresServer.PASSWORD);
        }

        public long baseline(int i) throws Exception {
            String table = "r" + (i + 1) + ".psql_sales";
            ProcessBuilder b = new ProcessBuilder("psql", "-q", "-h", "127.0.0.1", "-p", String.valueOf(pg.port), "-U", PostgresServer.USER, "-d", "postgres",
                    "-v", "ON_ERROR_STOP=1", "-c", "CREATE TABLE " + table + " (id text, store text, sku text, amount text, sold_at text)",
                    "-c", "\\copy " + table + " FROM '" + csv + "' WITH (FORMAT csv, HEADER true)");
            b.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
            Process p = b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("psql \\copy failed");
            try (Connection c = DriverManager.getConnection(url(), PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long rows(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sales")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A factory with a Copy from a CSV dataset into an autoCreated SQL table. */
    private static Path factory(Path dir) throws Exception {
        Path root = dir.resolve("factory");
        write(root, "linkedService", "LS_Files", "{\"type\": \"FileServer\", \"typeProperties\": {\"host\": \"files\"}}");
        write(root, "linkedService", "LS_Sql", "{\"type\": \"AzureSqlDatabase\", \"typeProperties\": {\"connectionString\": \"Server=x;Database=y\"}}");
        write(root, "dataset", "DS_Csv", "{\"linkedServiceName\": {\"referenceName\": \"LS_Files\", \"type\": \"LinkedServiceReference\"}, \"type\": \"DelimitedText\", "
                + "\"typeProperties\": {\"location\": {\"type\": \"FileServerLocation\", \"fileName\": \"sales.csv\"}, \"firstRowAsHeader\": true}}");
        write(root, "dataset", "DS_Table", "{\"linkedServiceName\": {\"referenceName\": \"LS_Sql\", \"type\": \"LinkedServiceReference\"}, \"type\": \"AzureSqlTable\", "
                + "\"typeProperties\": {\"table\": \"sales\"}}");
        write(root, "pipeline", "PL_Copy", "{\"activities\": [{\"name\": \"CP\", \"type\": \"Copy\", \"dependsOn\": [], "
                + "\"inputs\": [{\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\"}], \"outputs\": [{\"referenceName\": \"DS_Table\", \"type\": \"DatasetReference\"}], "
                + "\"typeProperties\": {\"source\": {\"type\": \"DelimitedTextSource\"}, \"sink\": {\"type\": \"AzureSqlSink\", \"tableOption\": \"autoCreate\"}}}]}");
        return root;
    }

    private static void write(Path root, String folder, String name, String properties) throws Exception {
        Path f = root.resolve(folder).resolve(name + ".json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"name\": \"" + name + "\", \"properties\": " + properties + "}");
    }

}
