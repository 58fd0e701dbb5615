package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.plugins.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.pipewright.runtime.run.RunWorld.act;
import static dev.pipewright.runtime.run.RunWorld.after;
import static dev.pipewright.runtime.run.RunWorld.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lookup, Script and Copy against real files, a real SQLite file and a real PostgreSQL server; the far side checked. */
class DataRunTest {
    @TempDir
    Path tmp;

    private RunWorld world(String sqlBinding) throws Exception {
        Path files = tmp.resolve("files");
        Files.createDirectories(files.resolve("in"));
        StringBuilder csv = new StringBuilder("id,name,amount\n");
        for (int i = 1; i <= 250; i++) csv.append(i).append(",item ").append(i).append(',').append(i * 10).append('\n');
        Files.writeString(files.resolve("in/sales.csv"), csv);
        RunWorld w = new RunWorld(tmp)
                .resource("linkedService", "LS_Files", "{\"type\": \"FileServer\", \"typeProperties\": {\"host\": \"\\\\\\\\files\\\\share\"}}")
                .resource("linkedService", "LS_Sql", "{\"type\": \"AzureSqlDatabase\", \"typeProperties\": {\"connectionString\": \"Server=tcp:x.database.windows.net;Database=db\"}}")
                .resource("dataset", "DS_Csv", "{\"linkedServiceName\": {\"referenceName\": \"LS_Files\", \"type\": \"LinkedServiceReference\"}, "
                        + "\"parameters\": {\"file\": {\"type\": \"string\"}}, \"type\": \"DelimitedText\", \"typeProperties\": {\"location\": "
                        + "{\"type\": \"FileServerLocation\", \"folderPath\": \"in\", \"fileName\": {\"value\": \"@dataset().file\", \"type\": \"Expression\"}}, "
                        + "\"columnDelimiter\": \",\", \"firstRowAsHeader\": true, \"quoteChar\": \"\\\"\"}}")
                .resource("dataset", "DS_Table", "{\"linkedServiceName\": {\"referenceName\": \"LS_Sql\", \"type\": \"LinkedServiceReference\"}, "
                        + "\"type\": \"AzureSqlTable\", \"typeProperties\": {\"schema\": \"dbo\", \"table\": \"Sales\"}}");
        return w.profile("{\"factory\": {\"name\": \"df\", \"region\": \"East US\"}, \"linkedServices\": {"
                + "\"LS_Files\": {\"localEndpoint\": {\"folder\": \"files\"}}, \"LS_Sql\": {\"localEndpoint\": " + sqlBinding + "}}}");
    }

    private static final String COPY = act("CP", "Copy", "{\"source\": {\"type\": \"DelimitedTextSource\"}, \"sink\": {\"type\": \"AzureSqlSink\", "
            + "\"tableOption\": \"autoCreate\", \"writeBatchSize\": 100, \"preCopyScript\": \"@{pipeline().parameters.pre}\"}, "
            + "\"translator\": {\"type\": \"TabularTranslator\", \"mappings\": [{\"source\": {\"name\": \"id\"}, \"sink\": {\"name\": \"Id\"}}, "
            + "{\"source\": {\"name\": \"amount\"}, \"sink\": {\"name\": \"Amount\"}}]}}", "[]")
            .replace("\"typeProperties\"", "\"inputs\": [{\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\", \"parameters\": {\"file\": \"sales.csv\"}}], "
                    + "\"outputs\": [{\"referenceName\": \"DS_Table\", \"type\": \"DatasetReference\"}], \"typeProperties\"");
    private static final String PARAMS = "\"parameters\": {\"pre\": {\"type\": \"String\", \"defaultValue\": \"\"}}";

    @Test
    void copyCsvIntoSqliteThenLookupAndScriptReadIt() throws Exception {
        Path db = tmp.resolve("target.sqlite");
        DriverManager.getConnection("jdbc:sqlite:" + db).close(); // an empty database: autoCreate makes the table, text columns from a CSV as in ADF
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}");
        String lookup = act("LK", "Lookup", "{\"source\": {\"type\": \"AzureSqlSource\", \"sqlReaderQuery\": \"SELECT count(*) AS n, sum(Amount) AS total FROM Sales\"}, "
                + "\"dataset\": {\"referenceName\": \"DS_Table\", \"type\": \"DatasetReference\"}}", after("CP", "Succeeded"));
        String all = act("LKALL", "Lookup", "{\"source\": {\"type\": \"DelimitedTextSource\"}, \"firstRowOnly\": false, "
                + "\"dataset\": {\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\", \"parameters\": {\"file\": \"sales.csv\"}}}", "[]");
        String script = act("SC", "Script", "{\"scripts\": [{\"type\": \"NonQuery\", \"text\": \"DELETE FROM [dbo].[Sales] WHERE CAST(Id AS INTEGER) > 200\"}, "
                + "{\"type\": \"Query\", \"text\": \"SELECT max(CAST(Id AS INTEGER)) AS top FROM Sales\"}]}", after("LK", "Succeeded"))
                .replace("\"typeProperties\"", "\"linkedServiceName\": {\"referenceName\": \"LS_Sql\", \"type\": \"LinkedServiceReference\"}, \"typeProperties\"");
        PipelineRun r = w.pipeline("P", "[" + COPY + ", " + lookup + ", " + all + ", " + script + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), RunJson.pipelineRun(r).toPrettyString());
        JsonNode copy = only(r, "CP").output();
        assertEquals(250, copy.get("rowsRead").asInt());
        assertEquals(250, copy.get("rowsCopied").asInt());
        assertEquals("AutoResolveIntegrationRuntime (East US)", copy.get("effectiveIntegrationRuntime").asText());
        assertEquals("DIUHours", copy.get("billingReference").get("billableDuration").get(0).get("unit").asText());
        assertEquals(0.0667, copy.get("billingReference").get("billableDuration").get(0).get("duration").asDouble(), 1e-9, "4 DIUs, one minute");
        assertEquals("{\"n\":250,\"total\":313750}", only(r, "LK").output().get("firstRow").toString());
        assertEquals(250, only(r, "LKALL").output().get("count").asInt());
        assertEquals("item 3", only(r, "LKALL").output().get("value").get(2).get("name").asText());
        JsonNode sc = only(r, "SC").output();
        assertEquals(50, sc.get("recordsAffected").asInt());
        assertEquals(200, sc.get("resultSets").get(0).get("rows").get(0).get("top").asInt());
        assertEquals(List.of("200"), column(db, "SELECT count(*) FROM Sales"));
    }

    @Test
    void aFailedCopyLeavesTheSinkAsItWas() throws Exception {
        Path db = tmp.resolve("target.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE Sales (Id INTEGER, Other TEXT)");
            st.execute("INSERT INTO Sales VALUES (1, 'kept'), (2, 'kept')");
        }
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}").pipeline("P", "[" + COPY + "]", PARAMS);
        PipelineRun r = w.run("P", "pre=DELETE FROM Sales");
        assertEquals(RunStatus.FAILED, r.status());
        RunError e = only(r, "CP").error();
        assertEquals("PW975", e.errorCode());
        assertTrue(e.message().contains("Amount"), e.message());
        assertEquals(List.of("kept", "kept"), column(db, "SELECT Other FROM Sales ORDER BY Id"), "the pre-copy DELETE was rolled back with the insert");
        PipelineRun upsert = w.pipeline("U", "[" + COPY.replace("\"tableOption\"", "\"writeBehavior\": \"upsert\", \"tableOption\"") + "]", PARAMS).run("U");
        assertEquals("PW971", only(upsert, "CP").error().errorCode(), "an upsert is not run as an insert");
    }

    @Test
    void copyCsvIntoPostgresql() throws Exception {
        try (PostgresServer pg = PostgresServer.start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + pg.port + "/postgres";
            String binding = "{\"jdbcUrl\": \"" + url + "\", \"user\": \"" + PostgresServer.USER + "\", \"password\": \"" + PostgresServer.PASSWORD + "\"}";
            RunWorld w = world(binding);
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA dbo");
                st.execute("CREATE TABLE dbo.\"Sales\" (\"Id\" integer PRIMARY KEY, \"Amount\" numeric)");
            }
            PipelineRun r = w.pipeline("P", "[" + COPY + "]", PARAMS).run("P");
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
            assertEquals(250, only(r, "CP").output().get("rowsCopied").asInt());
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), sum(\"Amount\") FROM dbo.\"Sales\"")) {
                rs.next();
                assertEquals(250, rs.getInt(1));
                assertEquals(313750, rs.getLong(2));
            }
            PipelineRun again = w.run("P");
            assertEquals(RunStatus.FAILED, again.status(), "the same ids again break the primary key");
            assertTrue(!RunJson.pipelineRun(again).toString().contains(PostgresServer.PASSWORD));
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM dbo.\"Sales\"")) {
                rs.next();
                assertEquals(250, rs.getInt(1), "nothing half-written");
            }
        }
    }

    @Test
    void copyIntoADelimitedTextFileReplacesItWholeOrNotAtAll() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}")
                .resource("dataset", "DS_Out", fileDataset("DelimitedText", "out", "result.csv", ", \"columnDelimiter\": \";\", \"firstRowAsHeader\": true, \"quoteChar\": \"\\\"\""));
        String copy = COPY.replace("DS_Table", "DS_Out").replace("\"Amount\"}}]", "\"Amount\"}}, {\"source\": {\"name\": \"name\"}, \"sink\": {\"name\": \"Name\"}}]");
        PipelineRun r = w.pipeline("P", "[" + copy + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        Path out = tmp.resolve("files/out/result.csv");
        List<String> lines = Files.readAllLines(out);
        assertEquals(251, lines.size());
        assertEquals(List.of("Id;Amount;Name", "1;10;item 1"), lines.subList(0, 2));
        String broken = copy.replace("{\"name\": \"name\"}", "{\"name\": \"nope\"}");
        PipelineRun failed = w.pipeline("Q", "[" + broken + "]", PARAMS).run("Q");
        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(only(failed, "CP").error().message().contains("source column nope"), only(failed, "CP").error().message());
        assertEquals(lines, Files.readAllLines(out), "the old file is untouched");
        try (var left = Files.list(out.getParent())) {
            assertEquals(List.of("result.csv"), left.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void getMetadataListsFoldersAndReadsFiles() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}")
                .resource("dataset", "DS_Folder", fileDataset("DelimitedText", "in", null, ""));
        String folder = act("GM_Folder", "GetMetadata", "{\"dataset\": {\"referenceName\": \"DS_Folder\", \"type\": \"DatasetReference\"}, "
                + "\"fieldList\": [\"childItems\", \"itemName\", \"itemType\"]}", "[]");
        String file = act("GM_File", "GetMetadata", "{\"dataset\": {\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\", "
                + "\"parameters\": {\"file\": \"@pipeline().parameters.pre\"}}, \"fieldList\": [\"exists\", \"size\"]}", "[]");
        RunWorld ready = w.pipeline("P", "[" + folder + ", " + file + "]", PARAMS);
        PipelineRun r = ready.run("P", "pre=sales.csv");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        assertEquals("{\"childItems\":[{\"name\":\"sales.csv\",\"type\":\"File\"}],\"itemName\":\"in\",\"itemType\":\"Folder\","
                + "\"effectiveIntegrationRuntime\":\"AutoResolveIntegrationRuntime (East US)\"}", only(r, "GM_Folder").output().toString());
        assertEquals(Files.size(tmp.resolve("files/in/sales.csv")), only(r, "GM_File").output().get("size").asLong());
        assertEquals(false, only(ready.run("P", "pre=none.csv"), "GM_File").output().get("exists").asBoolean());
        String strict = file.replace("[\"exists\", \"size\"]", "[\"size\"]");
        RunError missing = only(w.pipeline("Q", "[" + strict + "]", PARAMS).run("Q", "pre=none.csv"), "GM_File").error();
        assertEquals("PW975", missing.errorCode());
        assertEquals("The file none.csv in in does not exist (ask for the exists field to test for it)", missing.message());
    }

    @Test
    void validationWaitsForTheFileOrTimesOut() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}");
        String validate = act("VAL", "Validation", "{\"dataset\": {\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\", "
                + "\"parameters\": {\"file\": \"@pipeline().parameters.pre\"}}, \"timeout\": \"0.00:05:00\", \"sleep\": 60, \"minimumSize\": 10}", "[]");
        w.pipeline("P", "[" + validate + "]", PARAMS);
        PipelineRun there = w.run("P", "pre=sales.csv");
        assertEquals(RunStatus.SUCCEEDED, there.status(), there.message());
        assertEquals(Duration.ZERO, w.clock.elapsed(), "the file was there at the first look");
        PipelineRun never = w.run("P", "pre=late.csv");
        RunError e = only(never, "VAL").error();
        assertEquals("PW972", e.errorCode());
        assertEquals("Validation VAL timed out after 0.00:05:00: the file late.csv in in did not appear (looked 5 times)", e.message());
        assertEquals(Duration.ofMinutes(4), w.clock.elapsed(), "four one-minute sleeps between five looks");
    }

    @Test
    void deleteRemovesTheMatchingFiles() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}");
        Files.writeString(tmp.resolve("files/in/old.csv"), "id\n1\n");
        Files.writeString(tmp.resolve("files/in/keep.txt"), "x");
        String delete = act("DEL", "Delete", "{\"dataset\": {\"referenceName\": \"DS_Csv\", \"type\": \"DatasetReference\", "
                + "\"parameters\": {\"file\": \"*.csv\"}}, \"enableLogging\": false}", "[]");
        PipelineRun r = w.pipeline("P", "[" + delete + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        assertEquals(2, only(r, "DEL").output().get("filesDeleted").asInt());
        try (var left = Files.list(tmp.resolve("files/in"))) {
            assertEquals(List.of("keep.txt"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aCancelledCopyLeavesNothingHalfWritten() throws Exception {
        Path db = tmp.resolve("target.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE Sales (Id TEXT, Amount TEXT)");
        }
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}").pipeline("P", "[" + COPY + "]", PARAMS);
        StringBuilder big = new StringBuilder("id,name,amount\n");
        for (int i = 0; i < 400_000; i++) big.append(i).append(",n,").append(i).append('\n');
        Files.writeString(tmp.resolve("files/in/sales.csv"), big);
        RunControl control = new RunControl();
        var run = java.util.concurrent.CompletableFuture.supplyAsync(() -> w.run("P", control));
        Path journal = tmp.resolve("target.sqlite-journal");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(journal) && !run.isDone() && System.nanoTime() < deadline) Thread.onSpinWait();
        control.cancel();
        PipelineRun r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(RunStatus.CANCELLED, r.status(), r.message());
        assertEquals(RunStatus.CANCELLED, only(r, "CP").status());
        assertEquals(List.of("0"), column(db, "SELECT count(*) FROM Sales"), "the transaction was rolled back");
    }

    @Test
    void aQueryPastThePolicyTimeoutEndsTheLookupAsTimedOut() throws Exception {
        DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("target.sqlite")).close();
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}");
        w.realClock = RunClock.system();
        String slow = "{\"name\": \"LK\", \"type\": \"Lookup\", \"dependsOn\": [], \"policy\": {\"timeout\": \"0.00:00:01\"}, \"typeProperties\": "
                + "{\"source\": {\"sqlReaderQuery\": \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) SELECT count(*) AS n FROM c\"}, "
                + "\"dataset\": {\"referenceName\": \"DS_Table\", \"type\": \"DatasetReference\"}}}";
        long start = System.nanoTime();
        PipelineRun r = w.pipeline("P", "[" + slow + "]", PARAMS).run("P");
        assertEquals("PW972", only(r, "LK").error().errorCode(), only(r, "LK").error().message());
        assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(30), "the query was stopped, not waited for");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("target.sqlite")); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 20000");
            st.execute("CREATE TABLE probe (x INTEGER)"); // needs the file to itself: the interrupted query no longer reads it
        }
    }

    @Test
    void storedProceduresAreCalledOnPostgresqlAndRefusedOnASqliteStandIn() throws Exception {
        String sp = act("SP", "SqlServerStoredProcedure", "{\"storedProcedureName\": \"[etl].[usp_Mark]\", \"storedProcedureParameters\": {"
                + "\"TableName\": {\"value\": \"@{pipeline().parameters.pre}\", \"type\": \"String\"}, \"Rows\": {\"value\": 3, \"type\": \"Int32\"}}}", "[]");
        DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("target.sqlite")).close();
        RunWorld onSqlite = world("{\"sqlite\": \"target.sqlite\"}");
        String sqlite = sp.replace("\"typeProperties\"", "\"linkedServiceName\": {\"referenceName\": \"LS_Sql\", \"type\": \"LinkedServiceReference\"}, \"typeProperties\"");
        RunError refused = only(onSqlite.pipeline("S", "[" + sqlite + "]", PARAMS).run("S"), "SP").error();
        assertEquals("PW971", refused.errorCode());
        assertTrue(refused.message().contains("is a SQLite file, which has no stored procedures"), refused.message());
        try (PostgresServer pg = PostgresServer.start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + pg.port + "/postgres";
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA etl");
                st.execute("CREATE TABLE etl.marks (tablename text, n int)");
                st.execute("CREATE PROCEDURE etl.usp_mark(tablename text, rows int) LANGUAGE sql AS $$ INSERT INTO etl.marks VALUES (tablename, rows) $$");
            }
            RunWorld w = world("{\"sqlite\": \"target.sqlite\"}")
                    .resource("linkedService", "LS_Pg", "{\"type\": \"PostgreSql\", \"typeProperties\": {\"connectionString\": \"host=db;database=x\"}}")
                    .profile("{\"linkedServices\": {\"LS_Pg\": {\"localEndpoint\": {\"jdbcUrl\": \"" + url + "\", \"user\": \"" + PostgresServer.USER
                            + "\", \"password\": \"" + PostgresServer.PASSWORD + "\"}}}}");
            String onPg = sp.replace("\"typeProperties\"", "\"linkedServiceName\": {\"referenceName\": \"LS_Pg\", \"type\": \"LinkedServiceReference\"}, \"typeProperties\"");
            PipelineRun r = w.pipeline("P", "[" + onPg + "]", PARAMS).run("P", "pre=Fact'Sales");
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT tablename, n FROM etl.marks")) {
                assertTrue(rs.next());
                assertEquals("Fact'Sales", rs.getString(1));
                assertEquals(3, rs.getInt(2));
            }
        }
    }

    @Test
    void faultToleranceSkipsTheRowsTheSinkRefusesAndSaysWhich() throws Exception {
        Path db = tmp.resolve("target.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE Sales (Id TEXT, Amount INTEGER CHECK (CAST(Amount AS INTEGER) < 2000))");
        }
        String tolerant = COPY.replace("\"translator\"", "\"enableSkipIncompatibleRow\": true, \"translator\"");
        PipelineRun r = world("{\"sqlite\": \"target.sqlite\"}").pipeline("P", "[" + tolerant + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        JsonNode out = only(r, "CP").output();
        assertEquals(250, out.get("rowsRead").asInt());
        assertEquals(199, out.get("rowsCopied").asInt());
        assertEquals(51, out.get("rowsSkipped").asInt());
        assertTrue(out.get("errors").get(0).get("Message").asText().startsWith("row 200: "), out.get("errors").get(0).toString());
        assertEquals(List.of("199"), column(db, "SELECT count(*) FROM Sales"));
    }

    @Test
    void copyIntoAJsonFileWritesOneObjectPerLine() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}")
                .resource("dataset", "DS_Json", fileDataset("Json", "out", "sales.json", ""));
        PipelineRun r = w.pipeline("P", "[" + COPY.replace("DS_Table", "DS_Json") + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        List<String> lines = Files.readAllLines(tmp.resolve("files/out/sales.json"));
        assertEquals(250, lines.size());
        assertEquals("{\"Id\":\"1\",\"Amount\":\"10\"}", lines.get(0));
        assertEquals(250, only(r, "CP").output().get("rowsCopied").asInt());
    }

    @Test
    void copyIntoParquetThenLookupReadsItBack() throws Exception {
        RunWorld w = world("{\"sqlite\": \"target.sqlite\"}")
                .resource("dataset", "DS_Parquet", fileDataset("Parquet", "lake", "sales.parquet", ", \"compressionCodec\": \"snappy\""));
        String read = act("LK", "Lookup", "{\"source\": {\"type\": \"ParquetSource\"}, \"firstRowOnly\": false, "
                + "\"dataset\": {\"referenceName\": \"DS_Parquet\", \"type\": \"DatasetReference\"}}", after("CP", "Succeeded"));
        PipelineRun r = w.pipeline("P", "[" + COPY.replace("DS_Table", "DS_Parquet") + ", " + read + "]", PARAMS).run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        JsonNode back = only(r, "LK").output();
        assertEquals(250, back.get("count").asInt());
        assertEquals("{\"Id\":\"250\",\"Amount\":\"2500\"}", back.get("value").get(249).toString());
        byte[] magic = java.util.Arrays.copyOf(Files.readAllBytes(tmp.resolve("files/lake/sales.parquet")), 4);
        assertEquals("PAR1", new String(magic, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A dataset of the folder stand-in LS_Files: {@code type}, folder, file (null: the folder) and more typeProperties. */
    private static String fileDataset(String type, String folder, String file, String more) {
        return "{\"linkedServiceName\": {\"referenceName\": \"LS_Files\", \"type\": \"LinkedServiceReference\"}, \"type\": \"" + type + "\", "
                + "\"typeProperties\": {\"location\": {\"type\": \"FileServerLocation\", \"folderPath\": \"" + folder + "\""
                + (file == null ? "" : ", \"fileName\": \"" + file + "\"") + "}" + more + "}}";
    }

    private static List<String> column(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
