package dev.pipewright.bench;

import dev.pipewright.core.factory.Factory;
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
import java.util.Locale;
import java.util.Map;

/**
 * Local runs (issue 14): a pipeline whose Copy activity copies a CSV into a SQLite table, run by the local runner
 * through the connectors (the files connector reads on its own thread, the JDBC connector writes in one
 * transaction), beside {@code sqlite3 .import} of the same file into a fresh
 * table in the same run. Goal: throughput at least 1.0x the baseline, i.e. a time ratio of at most 1.0.
 * <p>
 * Alone: {@code java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.CopyBenchmark}.
 */
public final class CopyBenchmark {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 3;

    private CopyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pipewright-bench-copy");
        Path csv = dir.resolve("sales.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,store,sku,amount,sold_at\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(i + ",S" + (i % 500) + ",SKU-" + (i * 7919 % 100_000) + "," + (i % 10_000) / 100.0 + ",2026-11-24T10:" + (i % 60) + ":00\n");
            }
        }
        Path root = factory(dir);
        long[] ours = new long[RUNS];
        long[] baseline = new long[RUNS];
        for (int i = -1; i < RUNS; i++) { // one warm-up round
            Path db = dir.resolve("ours-" + i + ".sqlite");
            DriverManager.getConnection("jdbc:sqlite:" + db).close();
            String profile = "{\"factory\": {\"name\": \"bench\", \"region\": \"East US\"}, \"linkedServices\": {"
                    + "\"LS_Files\": {\"localEndpoint\": {\"folder\": \"" + dir + "\"}}, \"LS_Sql\": {\"localEndpoint\": {\"sqlite\": \"" + db + "\"}}}}";
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
            check(db, run.activityRuns().get(0).output().get("rowsCopied").asLong());
            Path other = dir.resolve("sqlite3-" + i + ".sqlite");
            long t1 = System.nanoTime();
            Process p = new ProcessBuilder("sqlite3", other.toString(), ".import --csv " + csv + " sales")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 .import failed");
            long base = System.nanoTime() - t1;
            check(other, ROWS);
            if (i >= 0) {
                ours[i] = took;
                baseline[i] = base;
            }
        }
        double ms = Stats.medianMs(ours);
        double base = Stats.medianMs(baseline);
        Stats.figure(String.format(Locale.ROOT, "Copy activity of a local run: a %d-row CSV (%.0f MB) into SQLite, time over sqlite3 .import", ROWS, Files.size(csv) / 1e6),
                ms / base, "x", 1.0, String.format(Locale.ROOT, "copy %.0f ms (%.0f rows/s), baseline sqlite3 .import %.0f ms; median of %d", ms, ROWS / (ms / 1000),
                        base, RUNS));
        try (var all = Files.walk(dir)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
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

    private static void check(Path db, long expected) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sales")) {
            rs.next();
            if (rs.getLong(1) != expected || expected != ROWS) throw new IllegalStateException(db + " holds " + rs.getLong(1) + " rows, not " + ROWS);
        }
    }
}
