package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright resolve}: the CLI contract of issue 3 — arguments, JSON shape, text table, exit codes. */
class ResolveCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    @TempDir
    Path profiles;

    private Path profile;

    /** The seed: factory in East US, a copy to Blob in West US inside a ForEach, a copy to Salesforce, an on-premises lookup. */
    @BeforeEach
    void seedFactory() throws Exception {
        write("factory/contoso-df.json", "{\"name\": \"contoso-df\", \"location\": \"northeurope\"}");
        write("integrationRuntime/SHIR-Corp.json", "{\"name\": \"SHIR-Corp\", \"properties\": {\"type\": \"SelfHosted\"}}");
        linkedService("SqlSales", "AzureSqlDatabase", null);
        linkedService("BlobSales", "AzureBlobStorage", null);
        linkedService("SalesforceCrm", "Salesforce", null);
        linkedService("SqlOnPrem", "SqlServer", "SHIR-Corp");
        write("pipeline/P.json", """
                {"name": "P", "properties": {"activities": [
                  {"name": "ForEach1", "type": "ForEach", "typeProperties": {"items": {"value": "@range(1,3)", "type": "Expression"},
                    "activities": [%s]}},
                  %s,
                  {"name": "LookupOrders", "type": "Lookup", "typeProperties": {"dataset": {"referenceName": "DS_SqlOnPrem", "type": "DatasetReference"}}}
                ]}}""".formatted(copy("CopySales", "DS_SqlSales", "DS_BlobSales"), copy("CopyToCrm", "DS_SqlSales", "DS_SalesforceCrm")));
        write("pipeline/Other.json", "{\"name\": \"Other\", \"properties\": {\"activities\": [{\"name\": \"Wait1\", \"type\": \"Wait\", \"typeProperties\": {\"waitTimeInSeconds\": 1}}]}}");
        profile = profiles.resolve("dev.json");
        Files.writeString(profile, """
                {
                  "factory": { "name": "contoso-df", "region": "East US", "mode": "DataFactory" },
                  "linkedServices": {
                    "BlobSales":     { "region": "West US", "network": "public" },
                    "SalesforceCrm": { "region": "West US" },
                    "SqlOnPrem":     { "network": "private:corp" }
                  },
                  "selfHostedNetworks": { "SHIR-Corp": ["corp"] }
                }""");
    }

    @Test
    void jsonHasTheShapeOfTheContract() throws Exception {
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(List.of("factory", "placements", "problems"), fields(doc));
        assertEquals(JSON.readTree("{\"name\": \"contoso-df\", \"region\": \"East US\", \"mode\": \"DataFactory\"}"), doc.get("factory"));
        assertEquals(5, doc.get("placements").size(), "every activity, nested ones included");
        JsonNode copySales = doc.get("placements").get(2);
        assertEquals(List.of("pipeline", "activity", "path", "activityType", "integrationRuntime", "kind", "region", "display", "reasons", "problems"),
                fields(copySales));
        assertEquals("P", copySales.get("pipeline").textValue());
        assertEquals("CopySales", copySales.get("activity").textValue());
        assertEquals("P/ForEach1/CopySales", copySales.get("path").textValue());
        assertEquals("Copy", copySales.get("activityType").textValue());
        assertEquals("AutoResolveIntegrationRuntime", copySales.get("integrationRuntime").textValue());
        assertEquals("Azure", copySales.get("kind").textValue());
        assertEquals("West US", copySales.get("region").textValue());
        assertEquals("AutoResolveIntegrationRuntime (West US)", copySales.get("display").textValue());
        assertTrue(texts(copySales.get("reasons")).contains("sink BlobSales is in West US (detectable: AzureBlobStorage)"), copySales.toString());
        assertEquals(0, copySales.get("problems").size());

        JsonNode crm = doc.get("placements").get(3);
        assertEquals("AutoResolveIntegrationRuntime (East US)", crm.get("display").textValue(), "seed: Salesforce sink -> factory region");
        JsonNode lookup = doc.get("placements").get(4);
        assertEquals("SelfHosted", lookup.get("kind").textValue());
        assertTrue(lookup.get("region").isNull(), "region is null for self-hosted");
        assertEquals("SHIR-Corp", lookup.get("display").textValue());
        JsonNode forEach = doc.get("placements").get(1);
        assertEquals("Orchestration", forEach.get("kind").textValue());
        assertTrue(forEach.get("integrationRuntime").isNull());
        assertEquals("Orchestration (East US)", forEach.get("display").textValue());
    }

    @Test
    void placementErrorsExitOneAndCarryCodesAndHints() throws Exception {
        Files.writeString(profile, Files.readString(profile).replace("\"SHIR-Corp\": [\"corp\"]", "\"SHIR-Corp\": [\"lab\"]"));
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        JsonNode problem = JSON.readTree(run.out()).get("placements").get(4).get("problems").get(0);
        assertEquals("error", problem.get("severity").textValue());
        assertEquals("PW601", problem.get("code").textValue());
        assertTrue(problem.get("message").textValue().contains("store SqlOnPrem is on private network corp"), problem.toString());
        assertTrue(problem.get("hint").textValue().startsWith("Use a self-hosted IR whose nodes are in corp"), problem.toString());
        assertEquals("pipeline/P.json", problem.get("file").textValue());
        assertEquals(5, problem.get("line").intValue(), "the Lookup starts on line 5 of pipeline/P.json");
    }

    @Test
    void textPrintsATableWithReasonsAndASummary() {
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Factory contoso-df in East US (from the profile), mode DataFactory\n"), out);
        assertTrue(out.contains("ACTIVITY              TYPE     KIND           INTEGRATION RUNTIME (REGION)\n"), out);
        assertTrue(out.contains("P/ForEach1/CopySales  Copy     Azure          AutoResolveIntegrationRuntime (West US)\n"
                + "    - source SqlSales and sink BlobSales have no connectVia"), out);
        assertTrue(out.contains("    - sink BlobSales is in West US (detectable: AzureBlobStorage)\n"), out);
        assertTrue(out.contains("P/LookupOrders        Lookup   SelfHosted     SHIR-Corp\n"), out);
        assertTrue(out.endsWith("5 activities in 2 pipelines: 0 with errors, 0 with warnings only\n"), out);
    }

    @Test
    void pipelineOptionSelectsOnePipelineIgnoringCase() throws Exception {
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--pipeline", "other", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode placements = JSON.readTree(run.out()).get("placements");
        assertEquals(1, placements.size());
        assertEquals("Other/Wait1", placements.get(0).get("path").textValue());
    }

    @Test
    void factoryRegionOptionOverridesProfileAndFactoryFile() throws Exception {
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--factory-region", "westeurope", "--format", "json");
        JsonNode doc = JSON.readTree(run.out());
        assertEquals("West Europe", doc.get("factory").get("region").textValue());
        assertEquals("AutoResolveIntegrationRuntime (West Europe)", doc.get("placements").get(3).get("display").textValue());
        assertTrue(CliRun.of("resolve", root.toString(), "--factory-region", "Japan East").out()
                .startsWith("Factory contoso-df in Japan East (from --factory-region)"));
    }

    @Test
    void withoutEnvTheDefaultProfileTakesTheRegionFromTheFactoryFile() throws Exception {
        JsonNode doc = JSON.readTree(CliRun.of("resolve", root.toString(), "--format", "json").out());
        assertEquals("North Europe", doc.get("factory").get("region").textValue(), "factory file says northeurope");
        assertEquals("AutoResolveIntegrationRuntime (North Europe)", doc.get("placements").get(2).get("display").textValue(),
                "no profile: the sink's region is unknown, so the factory region");
        Files.delete(root.resolve("factory/contoso-df.json"));
        CliRun noFile = CliRun.of("resolve", root.toString());
        assertEquals(0, noFile.exitCode(), noFile.err());
        assertTrue(noFile.out().startsWith("Factory " + root.getFileName() + " in East US (from the default"), noFile.out());
    }

    @Test
    void profileWarningsAreReportedWithoutChangingTheExitCode() throws Exception {
        Files.writeString(profile, "{\"linkedServices\": {\"BlobSale\": {\"region\": \"West US\"}}, \"factroy\": {}}");
        CliRun run = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> codes = new ArrayList<>();
        JSON.readTree(run.out()).get("problems").forEach(p -> codes.add(p.get("code").textValue()));
        assertEquals(List.of("PW622", "PW621"), codes);
    }

    @Test
    void aBadProfileCannotRunAndSaysWhereTheMistakeIs() throws Exception {
        Files.writeString(profile, "{\n  \"factory\": {\"region\": \"Wset US\", \"mode\": \"Fabric\"}\n}");
        CliRun json = CliRun.of("resolve", root.toString(), "--env", profile.toString(), "--format", "json");
        assertEquals(2, json.exitCode());
        JsonNode doc = JSON.readTree(json.out());
        assertTrue(doc.get("factory").isNull());
        assertEquals(0, doc.get("placements").size());
        JsonNode first = doc.get("problems").get(0);
        assertEquals("PW620", first.get("code").textValue());
        assertEquals(profile.toString(), first.get("file").textValue());
        assertEquals(2, first.get("line").intValue());
        assertTrue(first.get("message").textValue().contains("(did you mean West US?)"), first.toString());
        assertEquals(2, doc.get("problems").size());

        CliRun text = CliRun.of("resolve", root.toString(), "--env", profile.toString());
        assertEquals(2, text.exitCode());
        assertTrue(text.err().contains(profile + ":2:15: error PW620 Unknown region \"Wset US\""), text.err());
        assertTrue(text.err().contains("has errors; nothing was resolved"), text.err());
        assertEquals("", text.out());
    }

    @Test
    void couldNotRunExitsTwo() {
        CliRun missingProfile = CliRun.of("resolve", root.toString(), "--env", profiles.resolve("nope.json").toString());
        assertEquals(2, missingProfile.exitCode());
        assertTrue(missingProfile.err().contains("PW110"), missingProfile.err());
        CliRun pipeline = CliRun.of("resolve", root.toString(), "--pipeline", "Othr");
        assertEquals(2, pipeline.exitCode());
        assertTrue(pipeline.err().contains("no pipeline named \"Othr\" (did you mean Other?)"), pipeline.err());
        CliRun region = CliRun.of("resolve", root.toString(), "--factory-region", "East UK");
        assertEquals(2, region.exitCode());
        assertTrue(region.err().contains("unknown region \"East UK\""), region.err());
        assertEquals(2, CliRun.of("resolve", root.resolve("nope").toString()).exitCode());
        assertEquals(2, CliRun.of("resolve", root.toString(), "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("resolve").exitCode(), "<root> is required");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun help = CliRun.of("resolve", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("<root>", "--env", "--pipeline", "--factory-region", "--format", "Exit status")) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
        assertTrue(CliRun.of("--help").out().contains("resolve"));
    }

    private void write(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void linkedService(String name, String type, String connectVia) throws Exception {
        String via = connectVia == null ? "" : ", \"connectVia\": {\"referenceName\": \"" + connectVia + "\", \"type\": \"IntegrationRuntimeReference\"}";
        write("linkedService/" + name + ".json", "{\"name\": \"" + name + "\", \"properties\": {\"type\": \"" + type + "\", \"typeProperties\": {}" + via + "}}");
        write("dataset/DS_" + name + ".json", "{\"name\": \"DS_" + name + "\", \"properties\": {\"linkedServiceName\": {\"referenceName\": \""
                + name + "\", \"type\": \"LinkedServiceReference\"}, \"type\": \"Binary\"}}");
    }

    private static String copy(String name, String source, String sink) {
        return "{\"name\": \"" + name + "\", \"type\": \"Copy\", \"inputs\": [{\"referenceName\": \"" + source + "\", \"type\": \"DatasetReference\"}], "
                + "\"outputs\": [{\"referenceName\": \"" + sink + "\", \"type\": \"DatasetReference\"}], \"typeProperties\": {}}";
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.textValue()));
        return list;
    }
}
