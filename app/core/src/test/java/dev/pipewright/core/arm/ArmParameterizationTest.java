package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom parameter definitions, secrets and escaping, against hand-written expectations (no corpus pair shows them). */
class ArmParameterizationTest {
    static final FactoryId ID = FactoryId.parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataFactory/factories/test-factory");

    static ArmExport.Result export(Path root) {
        return ArmExport.build(Factory.load(root), ID, ArmExport.Options.ADF);
    }

    static JsonNode template(ArmExport.Result result) {
        return TemplateComparison.read(result.files().get("ARMTemplateForFactory.json"));
    }

    static JsonNode resource(JsonNode template, String key) {
        return TemplateComparison.byKey(template.get("resources")).get(key);
    }

    static FactoryFolder basics(Path dir) {
        return new FactoryFolder(dir)
                .file("linkedService/Lake.json", """
                        {"name": "Lake", "properties": {"annotations": [], "type": "AzureDataLakeStore", "typeProperties": {
                          "dataLakeStoreUri": "https://lake.azuredatalakestore.net/webhdfs/v1", "tenant": "t-1", "servicePrincipalId": "sp-1",
                          "encryptedCredential": "ZW5jcnlwdGVk"}}}""")
                .file("linkedService/Vault.json", """
                        {"name": "Vault", "properties": {"annotations": [], "type": "AzureKeyVault", "typeProperties": {"baseUrl": "https://v.vault.azure.net/"}}}""")
                .file("linkedService/Sql.json", """
                        {"name": "Sql", "properties": {"annotations": [], "type": "AzureSqlDatabase", "typeProperties": {
                          "connectionString": {"type": "AzureKeyVaultSecret", "store": {"referenceName": "Vault", "type": "LinkedServiceReference"}, "secretName": "sql"},
                          "password": {"type": "SecureString", "value": "**********"}}}}""")
                .file("trigger/Daily.json", """
                        {"name": "Daily", "properties": {"annotations": [], "runtimeState": "Started", "pipelines": [
                          {"pipelineReference": {"referenceName": "Wait", "type": "PipelineReference"}, "parameters": {"seconds": 5}}],
                          "type": "ScheduleTrigger", "typeProperties": {"recurrence": {"frequency": "Day", "interval": 1, "startTime": "2026-01-01T00:00:00Z",
                          "timeZone": "UTC", "schedule": {"hours": [3]}}}}}""")
                .file("pipeline/Wait.json", """
                        {"name": "Wait", "properties": {"activities": [{"name": "Pause", "type": "Wait", "dependsOn": [], "userProperties": [],
                          "typeProperties": {"waitTimeInSeconds": 30}}], "parameters": {"seconds": {"type": "int", "defaultValue": 5}},
                          "annotations": ["[literal]"]}}""");
    }

    @Test
    void defaultTemplateParameterizesUrlsAndSecretsAndEscapesBrackets(@TempDir Path dir) {
        ArmExport.Result result = export(basics(dir).root());
        assertTrue(result.ok(), result.problems().toString());
        JsonNode t = template(result);
        JsonNode p = t.get("parameters");
        // the stored credential of a service principal comes back as servicePrincipalKey, first of all parameters
        // factoryName, the secrets, then each resource's in template order (pipelines, datasets, linked services, triggers) and JSON order
        assertEquals(List.of("factoryName", "Lake_servicePrincipalKey", "Sql_password", "Lake_properties_typeProperties_dataLakeStoreUri",
                "Lake_properties_typeProperties_tenant", "Lake_properties_typeProperties_servicePrincipalId",
                "Vault_properties_typeProperties_baseUrl", "Daily_properties_Wait_parameters_seconds"), names(p));
        assertEquals("secureString", p.get("Lake_servicePrincipalKey").get("type").asText());
        assertNull(p.get("Lake_servicePrincipalKey").get("defaultValue"));
        assertEquals("Secure string for 'password' of 'Sql'", p.get("Sql_password").get("metadata").asText());
        assertEquals("int", p.get("Daily_properties_Wait_parameters_seconds").get("type").asText());
        assertEquals(5, p.get("Daily_properties_Wait_parameters_seconds").get("defaultValue").asInt());
        JsonNode lake = resource(t, "linkedServices/Lake").get("properties").get("typeProperties");
        assertFalse(lake.has("encryptedCredential"));
        assertEquals(List.of("dataLakeStoreUri", "tenant", "servicePrincipalId", "servicePrincipalKey"), names(lake));
        assertEquals("[parameters('Lake_servicePrincipalKey')]", lake.get("servicePrincipalKey").get("value").asText());
        JsonNode sql = resource(t, "linkedServices/Sql").get("properties").get("typeProperties");
        assertEquals("AzureKeyVaultSecret", sql.get("connectionString").get("type").asText(), "| leaves a Key Vault reference alone");
        assertEquals("[parameters('Sql_password')]", sql.get("password").get("value").asText());
        assertEquals(List.of("[concat(variables('factoryId'), '/linkedServices/Vault')]"), texts(resource(t, "linkedServices/Sql").get("dependsOn")));
        assertEquals("[[literal]", resource(t, "pipelines/Wait").get("properties").get("annotations").get(0).asText());
        JsonNode trigger = resource(t, "triggers/Daily");
        assertEquals("[concat(variables('factoryId'), '/pipelines/Wait')]", trigger.get("dependsOn").get(0).asText());
        String everything = new String(result.files().get("ARMTemplateForFactory.json")) + new String(result.files().get("ARMTemplateParametersForFactory.json"));
        assertFalse(everything.contains("**********"));
        assertFalse(everything.contains("ZW5jcnlwdGVk"));
        JsonNode values = TemplateComparison.read(result.files().get("ARMTemplateParametersForFactory.json")).get("parameters");
        assertEquals("", values.get("Sql_password").get("value").asText());
        assertEquals(List.of(), ArmTemplateCheck.checkExport(result.files()));
    }

    @Test
    void customDefinitionRenamesTypesWildcardsArraysAndConnectorSections(@TempDir Path dir) {
        FactoryFolder f = basics(dir).file("arm-template-parameters-definition.json", """
                {
                	"Microsoft.DataFactory/factories/pipelines": {
                		"properties": {
                			"activities": [{"name": "=", "typeProperties": {"waitTimeInSeconds": "-::int"}}],
                			"parameters": {"*": {"defaultValue": "=:-defaultSeconds"}}
                		}
                	},
                	"Microsoft.DataFactory/factories/triggers": {
                		"properties": {
                			"typeProperties": {"recurrence": {"*": "=", "interval": "=:triggerSuffix:int", "frequency": "=:-freq", "schedule": "=::object"}}
                		}
                	},
                	"Microsoft.DataFactory/factories/linkedServices": {
                		"*": {"properties": {"typeProperties": {"baseUrl": "|:baseUrl:secureString"}}},
                		"AzureDataLakeStore": {"properties": {"typeProperties": {"dataLakeStoreUri": "="}}}
                	}
                }""");
        ArmExport.Result result = export(f.root());
        assertTrue(result.ok(), result.problems().toString());
        JsonNode p = template(result).get("parameters");
        assertEquals(List.of("factoryName", "Lake_servicePrincipalKey", "Sql_password",
                "Wait_properties_0_name", "Wait_properties_0_typeProperties_waitTimeInSeconds", "Wait_defaultSeconds",
                "Lake_properties_typeProperties_dataLakeStoreUri", "Vault_properties_typeProperties_baseUrl",
                "Daily_freq", "Daily_properties_typeProperties_recurrence_triggerSuffix", "Daily_properties_typeProperties_recurrence_startTime",
                "Daily_properties_typeProperties_recurrence_timeZone", "Daily_properties_typeProperties_recurrence_schedule"), names(p));
        assertEquals("secureString", p.get("Vault_properties_typeProperties_baseUrl").get("type").asText());
        assertNull(p.get("Vault_properties_typeProperties_baseUrl").get("defaultValue"));
        assertEquals("int", p.get("Daily_properties_typeProperties_recurrence_triggerSuffix").get("type").asText());
        assertEquals("Day", p.get("Daily_freq").get("defaultValue").asText());
        assertEquals("object", p.get("Daily_properties_typeProperties_recurrence_schedule").get("type").asText());
        assertEquals("Pause", p.get("Wait_properties_0_name").get("defaultValue").asText());
        assertNull(p.get("Wait_properties_0_typeProperties_waitTimeInSeconds").get("defaultValue"));
        assertEquals("int", p.get("Wait_properties_0_typeProperties_waitTimeInSeconds").get("type").asText());
        JsonNode wait = resource(template(result), "pipelines/Wait").get("properties");
        assertEquals("[parameters('Wait_properties_0_typeProperties_waitTimeInSeconds')]",
                wait.get("activities").get(0).get("typeProperties").get("waitTimeInSeconds").asText());
        // the type section of AzureDataLakeStore replaces "*": its tenant and service principal stay as they are
        JsonNode lake = resource(template(result), "linkedServices/Lake").get("properties").get("typeProperties");
        assertEquals("t-1", lake.get("tenant").asText());
        assertEquals(List.of(), ArmTemplateCheck.checkExport(result.files()));
    }

    @Test
    void malformedDefinitionIsAProblemAtItsLineAndColumnAndNothingIsBuilt(@TempDir Path dir) {
        FactoryFolder f = basics(dir).file("arm-template-parameters-definition.json", """
                {
                	"Microsoft.DataFactory/factories/linkedServices": {
                		"*": {
                			"properties": {
                				"typeProperties": {
                					"url": "x:url",
                					"server": "=::float"
                				}
                			}
                		}
                	},
                	"pipelines": {}
                }""");
        ArmExport.Result result = export(f.root());
        assertFalse(result.ok());
        assertTrue(result.files().isEmpty());
        List<Problem> found = result.problems().stream().filter(p -> p.code().equals("PW950")).toList();
        assertEquals(3, found.size(), found.toString());
        assertEquals(List.of("6:6", "7:6", "12:2"), found.stream().map(p -> p.line() + ":" + p.column()).toList()); // a tab is one column
        assertTrue(found.stream().anyMatch(p -> p.message().contains("'float' is not a parameter type")));

        f.file("arm-template-parameters-definition.json", "{\n\t\"Microsoft.DataFactory/factories/pipelines\": {\n\t\t\"properties\": \n}");
        ArmExport.Result broken = export(f.root());
        assertTrue(broken.files().isEmpty());
        Problem syntax = broken.problems().stream().filter(p -> p.code().equals("PW101")).findFirst().orElseThrow();
        assertEquals("arm-template-parameters-definition.json", syntax.file());
        assertEquals(4, syntax.line());
    }

    @Test
    void moreThan256ParametersIsOneProblemNamingThem(@TempDir Path dir) {
        FactoryFolder f = new FactoryFolder(dir);
        for (int i = 0; i < 300; i++) {
            f.file("linkedService/Blob" + i + ".json", "{\"name\": \"Blob" + i + "\", \"properties\": {\"type\": \"AzureBlobStorage\", \"typeProperties\": {"
                    + "\"connectionString\": \"DefaultEndpointsProtocol=https;AccountName=a" + i + "\", \"encryptedCredential\": \"e\"}}}");
        }
        ArmExport.Result result = export(f.root());
        assertTrue(result.files().isEmpty());
        Problem p = result.problems().stream().filter(x -> x.code().equals("PW951")).findFirst().orElseThrow();
        assertTrue(p.message().startsWith("The template would have 301 parameters; ARM accepts at most 256: factoryName, Blob0_connectionString,"), p.message());
        assertTrue(p.message().contains("Blob299_connectionString"));

        for (int i = 254; i < 300; i++) f.file("linkedService/Blob" + i + ".json", "{\"name\": \"Blob" + i + "\", \"properties\": {\"type\": \"AzureBlobFS\"}}");
        Problem master = export(f.root()).problems().stream().filter(x -> x.code().equals("PW951")).findFirst().orElseThrow();
        assertTrue(master.message().startsWith("The linked templates' master would have 257 parameters"), master.message());
        for (int i = 253; i < 254; i++) f.file("linkedService/Blob" + i + ".json", "{\"name\": \"Blob" + i + "\", \"properties\": {\"type\": \"AzureBlobFS\"}}");
        assertTrue(export(f.root()).ok(), "254 parameters, the master's 256: at the limit");
    }

    @Test
    void executePipelineCycleIsAProblem(@TempDir Path dir) {
        FactoryFolder f = new FactoryFolder(dir);
        for (String[] pair : new String[][] {{"A", "B"}, {"B", "A"}}) {
            f.file("pipeline/" + pair[0] + ".json", "{\"name\": \"" + pair[0] + "\", \"properties\": {\"activities\": [{\"name\": \"Run\", \"type\": \"ExecutePipeline\","
                    + " \"dependsOn\": [], \"userProperties\": [], \"typeProperties\": {\"pipeline\": {\"referenceName\": \"" + pair[1]
                    + "\", \"type\": \"PipelineReference\"}, \"waitOnCompletion\": true}}]}}");
        }
        ArmExport.Result result = ArmExport.build(Factory.load(dir), ID, new ArmExport.Options(20, ArmExport.MAX_BYTES, false));
        assertTrue(result.files().isEmpty());
        assertEquals("PW954", result.problems().get(0).code());
        assertTrue(result.problems().get(0).message().endsWith("pipeline/A, pipeline/B"), result.problems().get(0).message());
    }

    @Test
    void globalParametersAsTheirOwnResourceOrInTheFactoryResource(@TempDir Path dir) {
        FactoryFolder f = basics(dir)
                .file("factory/test-factory.json", """
                        {"name": "test-factory", "location": "westeurope", "properties": {"globalParameters": {
                          "env": {"type": "string", "value": "dev"}, "hosts": {"type": "array", "value": ["a", "b"]}}}}""")
                .file("publish_config.json", "{\"publishBranch\":\"adf_publish\",\"includeGlobalParamsTemplate\":true}");
        ArmExport.Result own = export(f.root());
        assertTrue(own.ok(), own.problems().toString());
        JsonNode gp = resource(template(own), "globalparameters/default");
        assertEquals("Microsoft.DataFactory/factories/globalparameters", gp.get("type").asText());
        assertEquals("[concat(parameters('factoryName'), '/default')]", gp.get("name").asText());
        assertEquals("[parameters('default_properties_env_value')]", gp.get("properties").get("env").get("value").asText());
        JsonNode p = template(own).get("parameters");
        assertEquals("dev", p.get("default_properties_env_value").get("defaultValue").asText());
        assertEquals("array", p.get("default_properties_hosts_value").get("type").asText());
        assertEquals(TemplateComparison.read(dir.resolve("factory/test-factory.json")).get("properties").get("globalParameters"),
                TemplateComparison.read(own.files().get("globalParameters/test-factory_GlobalParameters.json")));

        f.file("publish_config.json", "{\"publishBranch\":\"adf_publish\",\"includeFactoryTemplate\":true}");
        ArmExport.Result withFactory = export(f.root());
        assertTrue(withFactory.ok(), withFactory.problems().toString());
        JsonNode t = template(withFactory);
        JsonNode factory = resource(t, "factory");
        assertEquals("[parameters('factoryName')]", factory.get("name").asText());
        assertEquals("[parameters('dataFactory_location')]", factory.get("location").asText());
        assertEquals("[parameters('dataFactory_properties_globalParameters_env_value')]",
                factory.get("properties").get("globalParameters").get("env").get("value").asText());
        assertEquals("[variables('factoryId')]", resource(t, "pipelines/Wait").get("dependsOn").get(0).asText());
        assertEquals(null, resource(t, "globalparameters/default"));
        assertEquals(List.of(), ArmTemplateCheck.checkExport(withFactory.files()));
    }

    @Test
    void aSecretTheTemplateWouldCarryInClearStopsTheExportWithoutShowingIt(@TempDir Path dir) {
        FactoryFolder f = basics(dir).file("arm-template-parameters-definition.json", """
                {"Microsoft.DataFactory/factories/linkedServices": {"*": {"properties": {"typeProperties": {"server": "="}}}}}""")
                .file("linkedService/Blob.json", """
                        {"name": "Blob", "properties": {"type": "AzureBlobStorage", "typeProperties": {
                          "connectionString": "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0LWtleS12YWx1ZQ=="}}}""")
                .file("linkedService/Masked.json", """
                        {"name": "Masked", "properties": {"type": "SqlServer", "typeProperties": {
                          "connectionString": "Data Source=s;User ID=u;Password=**********;", "server": "Pwd=hunter22"}}}""");
        ArmExport.Result result = export(f.root());
        assertTrue(result.files().isEmpty());
        List<Problem> found = result.problems().stream().filter(p -> p.code().equals("PW958")).toList();
        assertEquals(java.util.Arrays.asList("linkedService/Blob", null), found.stream().map(Problem::resource).toList(), found.toString());
        assertTrue(found.get(0).message().contains("properties.typeProperties.connectionString"));
        assertTrue(found.get(1).message().contains("parameter Masked_properties_typeProperties_server default"));
        assertTrue(found.stream().noneMatch(p -> p.message().contains("c2VjcmV0") || p.message().contains("hunter22")));
    }

    @Test
    void everyKindOfResourceIsATemplateResource(@TempDir Path dir) {
        FactoryFolder f = basics(dir)
                .file("credential/Uami.json", """
                        {"name": "Uami", "properties": {"type": "ManagedIdentity", "typeProperties": {"resourceId": "/subscriptions/s/uami"}}}""")
                .file("linkedService/Api.json", """
                        {"name": "Api", "properties": {"type": "RestService", "typeProperties": {"url": "https://api.example.com/",
                          "authenticationType": "ManagedServiceIdentity", "credential": {"referenceName": "Uami", "type": "CredentialReference"}}}}""")
                .file("adfcdc/Changes.json", """
                        {"name": "Changes", "properties": {"SourceConnectionsInfo": [], "TargetConnectionsInfo": [], "Policy": {"mode": "Microbatch"}}}""")
                .file("managedVirtualNetwork/default.json", "{\"name\": \"default\", \"type\": \"Microsoft.DataFactory/factories/managedvirtualnetworks\"}")
                .file("managedVirtualNetwork/default/managedPrivateEndpoint/pe1.json", """
                        {"name": "pe1", "properties": {"privateLinkResourceId": "/subscriptions/s/st", "groupId": "blob"}}""");
        ArmExport.Result result = ArmExport.build(Factory.load(dir), ID, new ArmExport.Options(20, ArmExport.MAX_BYTES, false));
        assertTrue(result.ok(), result.problems().toString());
        JsonNode t = template(result);
        assertEquals(List.of("pipelines/Wait", "linkedServices/Api", "linkedServices/Lake", "linkedServices/Sql", "linkedServices/Vault",
                "triggers/Daily", "managedVirtualNetworks/default", "managedVirtualNetworks/default/managedPrivateEndpoints/pe1",
                "credentials/Uami", "adfcdcs/Changes"), keys(t));
        assertEquals("Microsoft.DataFactory/factories/credentials", resource(t, "credentials/Uami").get("type").asText());
        assertEquals(List.of("[concat(variables('factoryId'), '/credentials/Uami')]"), texts(resource(t, "linkedServices/Api").get("dependsOn")));
        assertEquals(List.of("[concat(variables('factoryId'), '/managedVirtualNetworks/default')]"),
                texts(resource(t, "managedVirtualNetworks/default/managedPrivateEndpoints/pe1").get("dependsOn")));
        assertEquals("{}", resource(t, "managedVirtualNetworks/default").get("properties").toString());
        assertEquals("Microsoft.DataFactory/factories/adfcdcs", resource(t, "adfcdcs/Changes").get("type").asText());
    }

    private static List<String> keys(JsonNode template) {
        List<String> keys = new ArrayList<>();
        template.get("resources").forEach(r -> keys.add(ArmTemplateCheck.key(r)));
        return keys;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
