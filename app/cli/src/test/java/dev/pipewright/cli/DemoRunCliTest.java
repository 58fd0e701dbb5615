package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's daily sales load run end to end against demo-env/local.json: the Lookup of exchange rates, Get
 * Metadata of the landing folder, the Filter, ForEach, If, Switch, Until, Set/Append Variable and Execute Pipeline
 * for real; the data flow, stored procedure, Web calls and the copies that write into the lake or the SQL stand-ins
 * (which the demo keeps unchanged) from a fixture. The fixture also stands in for LKP_Watermark, whose query reads
 * etl.Watermark.LastLoadedAt while the demo's SQLite stand-in has etl_Watermark(TableName, WatermarkValue).
 */
class DemoRunCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));

    @TempDir
    Path tmp;

    @Test
    void theDailySalesLoadRunsGreen() throws Exception {
        Path fixture = tmp.resolve("fixture.json");
        Files.writeString(fixture, """
                {"LKP_Watermark": {"output": {"firstRow": {"LastLoadedAt": "2026-11-23T00:00:00Z"}}},
                 "CP_SalesFile_To_Lake": {"output": {"rowsCopied": 120, "dataRead": 4096, "dataWritten": 4096}, "durationInMs": 12000},
                 "DF_EnrichSales": {"output": {"runStatus": {"metrics": {}}}, "durationInMs": 300000},
                 "SP_UpdateWatermark": {"output": {}},
                 "WEB_ReportStatus": {"output": {"status": "ready"}},
                 "CP_Members_To_Sql": {"output": {"rowsCopied": 10}},
                 "CP_Promotions_To_Lake": {"output": {"rowsCopied": 5}}}""");
        CliRun run = CliRun.of("run", REPO.resolve("demo-factory").toString(), "PL_Daily_Sales_Load", "--env", REPO.resolve("demo-env/local.json").toString(),
                "--fixture", fixture.toString(), "--runs", tmp.resolve("runs.db").toString(), "--wait-scale", "0", "--format", "json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode r = JSON.readTree(run.out());
        assertEquals("Succeeded", r.get("status").asText());
        JsonNode files = activity(r, "GM_LandingFiles").get("output").get("childItems");
        List<String> csv = new ArrayList<>();
        try (var list = Files.list(REPO.resolve("demo-data/blob-landing/landing/sales/daily"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(csv::add);
        }
        assertEquals(csv, JSON.convertValue(files, List.class).stream().map(m -> ((java.util.Map<?, ?>) m).get("name")).sorted().toList(),
                "Get Metadata listed the landing folder for real");
        long csvCount = csv.stream().filter(n -> n.endsWith(".csv")).count();
        assertEquals(csvCount, activity(r, "FLT_CsvFiles").get("output").get("FilteredItemsCount").asLong());
        assertEquals(csvCount, count(r, "CP_SalesFile_To_Lake"), "one copy per file");
        assertTrue(activity(r, "LKP_ExchangeRate").get("output").has("firstRow"), "the exchange rates were read from the HTTP stand-in");
        // the Wait counts its 30 s though it took none; what the machine took for the activity itself comes on top
        long waited = activity(r, "WAIT_Poll").get("durationInMs").asLong();
        assertTrue(waited >= 30_000 && waited < 40_000, "the Wait counts its 30 s: " + waited);
        assertEquals("IR-ManagedVNet (East US)", activity(r, "DF_EnrichSales").get("effectiveIntegrationRuntime").asText());
        assertEquals("PL_Refresh_Loyalty", r.get("childRuns").get(0).get("pipelineName").asText());
        assertEquals(List.of("SV_Status_Skipped", "WEB_NotifyFailure", "FAIL_Load"), JSON.convertValue(r.get("skippedActivities"), List.class));
        assertTrue(r.get("estimatedCost").asDouble() > 0.2, "the data flow's 5 minutes on 8 vCores dominate: " + r.get("estimatedCost"));
    }

    /**
     * On a copy of the demo (factory, profiles, data), the copies into the lake (Parquet) and SQL write for real; the
     * fixture keeps only what needs Azure compute, the stored procedure the SQLite stand-in cannot hold, the Web call,
     * the upsert, and LKP_Watermark (above).
     */
    @Test
    void onACopyOfTheDemoTheCopiesWriteForReal() throws Exception {
        for (String folder : List.of("demo-factory", "demo-env", "demo-data")) copyTree(REPO.resolve(folder), tmp.resolve(folder));
        Path fixture = tmp.resolve("fixture.json");
        Files.writeString(fixture, """
                {"LKP_Watermark": {"output": {"firstRow": {"LastLoadedAt": "2026-11-23T00:00:00Z"}}},
                 "DF_EnrichSales": {"output": {}, "durationInMs": 300000},
                 "SP_UpdateWatermark": {"output": {}},
                 "WEB_ReportStatus": {"output": {"status": "ready"}},
                 "CP_Members_To_Sql": {"output": {"rowsCopied": 10}}}""");
        CliRun run = CliRun.of("run", tmp.resolve("demo-factory").toString(), "PL_Daily_Sales_Load", "--env", tmp.resolve("demo-env/local.json").toString(),
                "--fixture", fixture.toString(), "--runs", tmp.resolve("runs.db").toString(), "--wait-scale", "0", "--format", "json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode r = JSON.readTree(run.out());
        long csvRows = Files.readAllLines(tmp.resolve("demo-data/blob-landing/landing/sales/daily/sales_2026-11-24.csv")).size() - 1;
        assertEquals(csvRows, activity(r, "CP_SalesFile_To_Lake").get("output").get("rowsCopied").asLong());
        assertEquals(0, activity(r, "CP_ExchangeRates").get("durationInMs").asLong(), "inactive: marked Succeeded, not run");
        try (var lake = Files.walk(tmp.resolve("demo-data/lake"))) {
            assertTrue(lake.anyMatch(p -> p.getFileName().toString().matches("data_[0-9a-f-]+\\.parquet")), "the sales file landed in the lake as Parquet");
        }
        JsonNode promotions = activity(r.get("childRuns").get(0), "CP_Promotions_To_Lake").get("output");
        assertTrue(promotions.get("rowsCopied").asLong() > 0, "the REST stand-in's promotions were copied into the lake: " + promotions);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }

    private static JsonNode activity(JsonNode run, String name) {
        for (JsonNode a : run.get("activityRuns")) if (a.get("activityName").asText().equals(name)) return a;
        throw new AssertionError(name + " did not run: " + run.get("activityRuns"));
    }

    private static long count(JsonNode run, String name) {
        long n = 0;
        for (JsonNode a : run.get("activityRuns")) if (a.get("activityName").asText().equals(name)) n++;
        return n;
    }
}
