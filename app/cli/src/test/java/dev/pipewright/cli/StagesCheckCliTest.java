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

/** {@code pipewright stages-check} on a real corpus factory with hand-written stage profiles and parameters files. */
class StagesCheckCliTest {
    private static final Path LORDLINUS = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus")).resolve("lordlinus__az-data-factory");

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Every parameter of the lordlinus template, with a Key Vault reference for the secrets. */
    private static String parameters(String storageUrl, boolean secretsInVault) {
        String secret = secretsInVault ? "{\"reference\": {\"keyVault\": {\"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\"}, \"secretName\": \"s\"}}"
                : "{\"value\": \"dapi0123456789abcdef\"}";
        StringBuilder sb = new StringBuilder("{\"$schema\": \"https://schema.management.azure.com/schemas/2015-01-01/deploymentParameters.json#\", \"parameters\": {");
        sb.append("\"factoryName\": {\"value\": \"adf-stage\"}, \"AzureDataLakeStorageDefault_accountKey\": ").append(secret)
                .append(", \"AzureDatabricks1_accessToken\": ").append(secret).append(", \"AzureDatabricksDeltaLake1_accessToken\": ").append(secret)
                .append(", \"AzureDataLakeStorageDefault_properties_typeProperties_url\": {\"value\": \"").append(storageUrl).append("\"}")
                .append(", \"triggerOnFileUploadDataSet-01_properties_typeProperties_scope\": {\"value\": \"/subscriptions/s/x\"}");
        for (String pe : List.of("ssattdlz01devencur", "ssattdlz01devraw", "ssattdlz01devsqlserver001", "ssattdlz01devvault001")) {
            sb.append(", \"").append(pe).append("_properties_privateLinkResourceId\": {\"value\": \"/subscriptions/s/").append(pe).append("\"}")
                    .append(", \"").append(pe).append("_properties_groupId\": {\"value\": \"dfs\"}");
        }
        sb.append(", \"ssattdlz01devvault001_properties_fqdns\": {\"value\": [\"kv.vaultcore.azure.net\"]}");
        return sb.append("}}").toString();
    }

    @Test
    void stagesThatAgreePass(@TempDir Path dir) throws Exception {
        String profile = "{\"factory\": {\"name\": \"adf-%s\", \"region\": \"Southeast Asia\", \"managedVirtualNetwork\": true},"
                + " \"linkedServices\": {\"AzureDataLakeStorageDefault\": {\"region\": \"Southeast Asia\"}}, \"keepDataIn\": \"Asia Pacific\"}";
        Path dev = write(dir, "dev.json", profile.formatted("dev"));
        Path prod = write(dir, "prod.json", profile.formatted("prod"));
        Path devParameters = write(dir, "dev.parameters.json", parameters("https://dev.dfs.core.windows.net/", true));
        Path prodParameters = write(dir, "prod.parameters.json", parameters("https://prod.dfs.core.windows.net/", true));
        CliRun run = CliRun.of("stages-check", LORDLINUS.toString(), "--env", dev.toString(), "--env", prod.toString(),
                "--parameters", devParameters.toString(), "--parameters", prodParameters.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().endsWith("no problems across 2 stages (dev, prod)\n") || run.out().contains("across 2 stages (dev, prod)"), run.out());
    }

    @Test
    void eachDeploymentFailureIsFoundBeforeTheDeployment(@TempDir Path dir) throws Exception {
        Path dev = write(dir, "dev.json", "{\"factory\": {\"region\": \"Southeast Asia\", \"managedVirtualNetwork\": true}}");
        Path prod = write(dir, "prod.json", "{\"factory\": {\"region\": \"West Europe\", \"managedVirtualNetwork\": false},"
                + " \"linkedServices\": {\"AzureDataLakeStorageDefault\": {\"region\": \"Southeast Asia\"}}, \"keepDataIn\": \"Europe\"}");
        Path devParameters = write(dir, "dev.parameters.json", parameters("https://dev.dfs.core.windows.net/", true));
        String prodText = parameters("https://prod.dfs.core.windows.net/", false)
                .replace("\"triggerOnFileUploadDataSet-01_properties_typeProperties_scope\": {\"value\": \"/subscriptions/s/x\"}, ", "")
                .replace("\"factoryName\": {\"value\": \"adf-stage\"}", "\"factoryName\": {\"value\": \"adf-stage\"}, \"oldParameter\": {\"value\": 1}");
        Path prodParameters = write(dir, "prod.parameters.json", prodText);
        CliRun run = CliRun.of("stages-check", LORDLINUS.toString(), "--env", dev.toString(), "--env", prod.toString(),
                "--parameters", devParameters.toString(), "--parameters", prodParameters.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        List<String> codes = new ArrayList<>();
        for (JsonNode p : new ObjectMapper().readTree(run.out()).get("problems")) codes.add(p.get("code").asText() + " " + p.get("message").asText());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("PW961 Integration runtime 'AutoResolveIntegrationRuntime' is not the same kind in every stage")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("PW962 Stage 'prod' gives no value for template parameter 'triggerOnFileUploadDataSet-01_properties_typeProperties_scope'")), codes.toString());
        assertEquals(3, codes.stream().filter(c -> c.startsWith("PW963 Stage 'prod' writes secure parameter")).count(), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("PW964 In stage 'prod', linked service 'AzureDataLakeStorageDefault' is in Southeast Asia")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("PW965 Stage 'prod' sets 'oldParameter'")), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.contains("Stage 'dev'")), codes.toString());
        assertTrue(!run.out().contains("dapi0123456789abcdef"), "a secret found in clear is not repeated in the output");
    }

    @Test
    void parametersFilesMustMatchTheStages(@TempDir Path dir) throws Exception {
        Path dev = write(dir, "dev.json", "{\"factory\": {\"region\": \"East US\"}}");
        CliRun run = CliRun.of("stages-check", LORDLINUS.toString(), "--env", dev.toString(), "--env", dev.toString(), "--parameters", dev.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2 --env but 1 --parameters"), run.err());
    }
}
