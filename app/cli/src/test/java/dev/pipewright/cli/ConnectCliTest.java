package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.runtime.connect.StoredSecrets;
import dev.pipewright.runtime.secrets.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** test-connection and preview on the demo factory, whose stores stand in as SQLite files and folders (demo-data/). */
class ConnectCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));
    private static final String DEMO = REPO.resolve("demo-factory").toString();
    private static final String PROFILE = REPO.resolve("demo-env/local.json").toString();

    private static List<String> names(String folder) throws Exception {
        try (Stream<Path> s = Files.list(REPO.resolve("demo-factory").resolve(folder))) {
            return s.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        }
    }

    @Test
    void everyDemoLinkedServiceTestsGreenThroughItsStandIn(@TempDir Path tmp) throws Exception {
        JsonNode bindings = JSON.readTree(REPO.resolve("demo-env/local.json").toFile()).get("linkedServices");
        Path store = tmp.resolve("secrets.db");
        try (SecretStore s = SecretStore.open(store, "demo".toCharArray(), 1000)) { // the Key Vault stands in as this store
            s.put(StoredSecrets.key(FactoryRoot.load(Path.of(DEMO)), "LS_KeyVault", "stores-sql-etl-reader"), "not-a-real-password");
        }
        for (String ls : names("linkedService")) {
            assertTrue(bindings.has(ls) && bindings.get(ls).has("localEndpoint"), ls + " has a stand-in in the demo profile");
            CliRun run = CliRun.of("test-connection", DEMO, ls, "--env", PROFILE, "--secrets", store.toString(), "--format", "json");
            JsonNode r = JSON.readTree(run.out());
            assertEquals(0, run.exitCode(), ls + ": " + run.out());
            assertTrue(r.get("via").asText().length() > 0, ls);
        }
    }

    @Test
    void theDatabricksWorkspaceTestsFromItsStandInFileWithEitherDemoProfile() {
        for (String profile : List.of(PROFILE, REPO.resolve("demo-env/servers.json").toString())) {
            CliRun run = CliRun.of("test-connection", DEMO, "LS_Databricks", "--env", profile);
            assertEquals(0, run.exitCode(), run.out() + run.err());
            List<String> lines = run.out().lines().toList();
            assertTrue(lines.get(0).startsWith("Linked service LS_Databricks: connection successful via AutoResolveIntegrationRuntime (East US)"), run.out());
            assertEquals("  cluster 0101-101010-retail01 \"retail-etl\" (13.3.x-scala2.12) is RUNNING in the stand-in file "
                    + "../demo-data/databricks/workspace.json", lines.get(2));
        }
        CliRun browse = CliRun.of("browse", DEMO, "LS_Databricks", "--env", PROFILE);
        assertEquals(List.of("cluster    0101-101010-retail01", "pool       0101-101010-pool-ds3v2"), browse.out().lines().toList());
    }

    @Test
    void testConnectionSaysWhichRuntimeAndRegion() {
        CliRun run = CliRun.of("test-connection", DEMO, "LS_SqlServer_Stores", "--env", PROFILE);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Linked service LS_SqlServer_Stores: connection successful via SHIR-Corp"), run.out());
        assertTrue(run.out().contains("SQLite file ../demo-data/stores.sqlite"), run.out());
    }

    @Test
    void previewOfEveryDemoDatasetThatHasRowsHere() throws Exception {
        for (String ds : names("dataset")) {
            JsonNode props = JSON.readTree(REPO.resolve("demo-factory/dataset/" + ds + ".json").toFile()).get("properties");
            List<String> args = new java.util.ArrayList<>(List.of("preview", DEMO, ds, "--env", PROFILE, "--format", "json"));
            if (props.path("parameters").has("storeId")) args.addAll(List.of("--param", "storeId=S001"));
            if (props.path("parameters").has("runDate")) args.addAll(List.of("--param", "runDate=2026-11-24"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            JsonNode r = JSON.readTree(run.out());
            assertEquals(0, run.exitCode(), ds + ": " + run.out());
            assertTrue(r.get("rows").size() > 0, ds);
            assertTrue(r.get("columns").size() > 0, ds);
        }
    }

    @Test
    void previewFormats() throws Exception {
        CliRun table = CliRun.of("preview", DEMO, "DS_Blob_SalesCsv", "--env", PROFILE, "--rows", "2");
        assertEquals(0, table.exitCode(), table.out());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("SaleId (integer)  StoreId (string)  SaleDate (date)"), lines.get(0));
        assertTrue(lines.get(3).startsWith("2 rows (more in the source) of dataset DS_Blob_SalesCsv via AutoResolveIntegrationRuntime (East US)"), lines.get(3));
        CliRun csv = CliRun.of("preview", DEMO, "DS_Blob_SalesCsv", "--env", PROFILE, "--rows", "1", "--format", "csv");
        assertEquals(List.of("SaleId,StoreId,SaleDate,Sku,Description,Quantity,Amount", "1,S001,2026-11-24,SKU-1001,\"Mug, ceramic\",2,39.98"),
                csv.out().lines().toList());
    }

    @Test
    void previewAsAnActivitysSourceReadsItsQuery() {
        // PL_Refresh_Loyalty's Copy reads SELECT member_id, tier, joined_on FROM public.members
        CliRun source = CliRun.of("preview", DEMO, "DS_Postgres_Members", "--env", PROFILE, "--activity", "PL_Refresh_Loyalty/CP_Members_To_Sql",
                "--rows", "1", "--format", "csv");
        assertEquals(0, source.exitCode(), source.out() + source.err());
        assertEquals("member_id,tier,joined_on", source.out().lines().findFirst().orElseThrow());
        CliRun table = CliRun.of("preview", DEMO, "DS_Postgres_Members", "--env", PROFILE, "--rows", "1", "--format", "csv");
        assertEquals("member_id,email,tier,points,joined_on", table.out().lines().findFirst().orElseThrow(), "the dataset alone: the table");

        CliRun missing = CliRun.of("preview", DEMO, "DS_Postgres_Members", "--env", PROFILE, "--activity", "PL_Refresh_Loyalty/CP_Nope");
        assertTrue(missing.exitCode() != 0);
        assertTrue(missing.out().contains("Pipeline PL_Refresh_Loyalty has no activity CP_Nope"), missing.out());
        assertEquals(2, CliRun.of("preview", DEMO, "DS_Postgres_Members", "--env", PROFILE, "--activity", "CP_Members_To_Sql").exitCode(),
                "PIPELINE/ACTIVITY");
    }

    @Test
    void parquetPreviewShowsAdfTypes() {
        CliRun run = CliRun.of("preview", DEMO, "DS_Lake_SalesParquet", "--env", PROFILE, "--param", "runDate=2026-11-24", "--rows", "2");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("SaleId (Int32)  StoreId (String)  SaleDate (DateTime)  Sku (String)"), lines.get(0));
        assertTrue(lines.get(0).endsWith("Amount (Decimal)  LoadedAt (DateTime)"), lines.get(0));
        assertEquals(List.of("1", "S001", "2026-11-24", "SKU-1001", "Mug, ceramic", "2", "39.98", "2026-11-25T06:00:12"),
                List.of(lines.get(1).split(" {2,}")));
        assertTrue(lines.get(3).startsWith("2 rows (more in the source) of dataset DS_Lake_SalesParquet via IR-ManagedVNet"), lines.get(3));
    }

    @Test
    void browseListsFoldersFilesAndTables() throws Exception {
        CliRun blob = CliRun.of("browse", DEMO, "LS_Blob_Landing", "landing/sales/daily", "--env", PROFILE);
        assertEquals(0, blob.exitCode(), blob.out());
        long size = Files.size(REPO.resolve("demo-data/blob-landing/landing/sales/daily/sales_2026-11-24.csv"));
        assertEquals("file       landing/sales/daily/sales_2026-11-24.csv  (" + size + " bytes)", blob.out().strip());
        CliRun sql = CliRun.of("browse", DEMO, "LS_AzureSql_Sales", "--env", PROFILE);
        assertTrue(sql.out().contains("table      DimStore"), sql.out());
        CliRun missing = CliRun.of("browse", DEMO, "LS_Blob_Landing", "nowhere", "--env", PROFILE);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.out().contains("error PW706"), missing.out());
    }

    @Test
    void exitStatuses(@TempDir Path tmp) throws Exception {
        assertEquals(1, CliRun.of("preview", DEMO, "DS_Blob_StoreReport", "--env", PROFILE).exitCode(), "unset parameter");
        assertEquals(2, CliRun.of("test-connection", DEMO, "LS_Nope", "--env", PROFILE).exitCode());
        assertEquals(2, CliRun.of("preview", DEMO, "DS_Blob_SalesCsv", "--env", PROFILE, "--rows", "10001").exitCode());
        assertEquals(2, CliRun.of("test-connection", tmp.resolve("absent").toString(), "LS", "--env", PROFILE).exitCode());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"factory\": {\"region\": \"Atlantis\"}}");
        CliRun badProfile = CliRun.of("test-connection", DEMO, "LS_AzureSql_Sales", "--env", bad.toString());
        assertEquals(2, badProfile.exitCode());
        assertTrue(badProfile.err().contains("PW620"), badProfile.err());
    }

    @Test
    void anUnreachableStoreFailsWithThePlacementProblem(@TempDir Path tmp) throws Exception {
        String profile = Files.readString(REPO.resolve("demo-env/local.json")).replace("\"SHIR-Corp\": [\"corp\"]", "\"SHIR-Corp\": [\"elsewhere\"]");
        Path env = tmp.resolve("env.json");
        Files.writeString(env, profile.replace("\"../demo-data/", "\"" + REPO.toAbsolutePath().resolve("demo-data") + "/"));
        CliRun run = CliRun.of("test-connection", DEMO, "LS_SqlServer_Stores", "--env", env.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error PW601"), run.out());
        assertFalse(run.out().contains("SQLite"), "nothing was contacted");
    }
}
