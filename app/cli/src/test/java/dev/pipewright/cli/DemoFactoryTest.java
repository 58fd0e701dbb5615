package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled demo factory is what a new user sees first: it must be a clean ADF git root in ADF's own format,
 * and its environment profile must place every activity without an error.
 */
class DemoFactoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));
    private static final Path DEMO = REPO.resolve("demo-factory");
    private static final Path PROFILE = REPO.resolve("demo-env/local.json");

    @Test
    void validatesWithoutErrorsOrWarnings() throws Exception {
        CliRun run = CliRun.of("validate", DEMO.toString(), "--format", "json");
        JsonNode report = JSON.readTree(run.out());
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(0, report.get("errors").asInt());
        assertEquals(0, report.get("warnings").asInt(), run.out());
        assertTrue(report.get("resources").asInt() >= 40, "resources: " + report.get("resources"));
    }

    @Test
    void everyFileIsAlreadyInAdfFormatSoExportWritesItUnchanged(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("export", DEMO.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> differences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(DEMO)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files++;
                Path exported = out.resolve(DEMO.relativize(file).toString());
                if (!Files.exists(exported) || Files.mismatch(file, exported) != -1) differences.add(DEMO.relativize(file).toString());
            }
        }
        assertTrue(files >= 40, "demo files: " + files);
        assertEquals(List.of(), differences);
    }

    @Test
    void usesEveryKindOfResourceAUserMeetsInAdfStudio() throws Exception {
        for (String folder : List.of("factory", "pipeline", "dataset", "dataflow", "linkedService", "integrationRuntime",
                "trigger", "credential", "managedVirtualNetwork/default/managedPrivateEndpoint")) {
            try (Stream<Path> files = Files.list(DEMO.resolve(folder))) {
                assertTrue(files.anyMatch(f -> f.toString().endsWith(".json")), "no file in " + folder);
            }
        }
        assertTrue(Files.exists(DEMO.resolve("publish_config.json")));
    }

    @Test
    void resolvesEveryActivityWithoutErrorAndShowsTheRegionRules() throws Exception {
        CliRun run = CliRun.of("resolve", DEMO.toString(), "--env", PROFILE.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.out());
        Map<String, String> display = new HashMap<>();
        for (JsonNode p : JSON.readTree(run.out()).get("placements")) {
            assertEquals(0, p.get("problems").size(), p.toString());
            display.put(p.get("path").asText(), p.get("display").asText());
        }
        // Copy on auto-resolve follows its sink: the landing account is in West US.
        assertEquals("AutoResolveIntegrationRuntime (West US)", display.get("PL_Export_Store_Reports/FE_Stores/CP_StoreReport"));
        // The sink Azure SQL database is in East US 2.
        assertEquals("AutoResolveIntegrationRuntime (East US 2)", display.get("PL_Refresh_Loyalty/CP_Members_To_Sql"));
        // An explicit IR region always wins.
        assertEquals("IR-WestEurope (West Europe)", display.get("PL_Daily_Sales_Load/LKP_ExchangeRate"));
        // Self-hosted (plain and linked) IRs have no Azure region.
        assertEquals("SHIR-Corp", display.get("PL_Ingest_Stores/CP_Stores_To_Sql"));
        assertEquals("SHIR-Shared-Finance", display.get("PL_Finance_Extract/CP_Ledger_To_Sql"));
        // The managed VNet exists only in the factory region; SSIS runs where its IR is.
        assertEquals("IR-ManagedVNet (East US)", display.get("PL_Daily_Sales_Load/DF_EnrichSales"));
        assertEquals("SSIS-EastUS (East US)", display.get("PL_Run_SSIS_Legacy/SSIS_LoadPromotions"));
        assertEquals("Orchestration (East US)", display.get("PL_Daily_Sales_Load/FE_SalesFiles"));
    }
}
