package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated templates against ADF's real publish output in the shared corpus (docs/publish.md, Evidence). */
class ArmPairsTest {
    private static final String LORDLINUS_ID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.DataFactory/factories/ssattiraju-adf-01";

    /** lordlinus: the git side was committed after the export; these two changes came later (evidence in docs/publish.md). */
    private static final List<TemplateComparison.Exclusion> LORDLINUS = List.of(
            new TemplateComparison.Exclusion("pipelines/pipeline2", "/properties/activities/2/name",
                    "activity renamed 'bronze_to_silver' → 'Bronze to Silver' in git after the export"),
            new TemplateComparison.Exclusion("pipelines/pipeline2", "/properties/activities/3/name",
                    "activity renamed 'ML_Training' → 'ML_Pipeline' in git after the export"),
            new TemplateComparison.Exclusion("pipelines/pipeline2", "/properties/activities/3/dependsOn/0/activity",
                    "follows the rename of 'bronze_to_silver'"),
            new TemplateComparison.Exclusion("pipelines/pipeline2", "/properties/activities/3/typeProperties/libraries",
                    "the notebook's mlflow library removed in git after the export"),
            new TemplateComparison.Exclusion("triggers/triggerOnFileUploadDataSet-01", "/properties/runtimeState",
                    "trigger started in git after the export (Stopped in the export)"));

    static ArmExport.Result export(String root, String factoryId) {
        Factory factory = Factory.load(Corpus.root().resolve(root));
        ArmExport.Result result = ArmExport.build(factory, FactoryId.parse(factoryId), ArmExport.Options.ADF);
        assertTrue(result.ok(), result.problems().toString());
        return result;
    }

    @Test
    void lordlinusSingleTemplateAndParametersMatchTheExport() {
        ArmExport.Result result = export("lordlinus__az-data-factory", LORDLINUS_ID);
        Path expected = Corpus.root().resolve("lordlinus__az-data-factory__arm_export");
        TemplateComparison c = new TemplateComparison(LORDLINUS)
                .templates("ARMTemplateForFactory.json", TemplateComparison.read(expected.resolve("ARMTemplateForFactory.json")),
                        TemplateComparison.read(result.files().get("ARMTemplateForFactory.json")))
                .parametersFiles("ARMTemplateParametersForFactory.json", TemplateComparison.read(expected.resolve("ARMTemplateParametersForFactory.json")),
                        TemplateComparison.read(result.files().get("ARMTemplateParametersForFactory.json")));
        assertEquals(List.of(), c.report());
        TemplateComparison linked = new TemplateComparison(LORDLINUS)
                .templates("linkedTemplates/ArmTemplate_0.json", TemplateComparison.read(expected.resolve("linkedTemplates/ArmTemplate_0.json")),
                        TemplateComparison.read(result.files().get("linkedTemplates/ArmTemplate_0.json")))
                .templates("linkedTemplates/ArmTemplate_master.json", TemplateComparison.read(expected.resolve("linkedTemplates/ArmTemplate_master.json")),
                        TemplateComparison.read(result.files().get("linkedTemplates/ArmTemplate_master.json")));
        assertEquals(List.of(), linked.report());
        // the order of the linked template's resources and parameters is the export's too
        assertEquals(keys(TemplateComparison.read(expected.resolve("linkedTemplates/ArmTemplate_0.json"))),
                keys(TemplateComparison.read(result.files().get("linkedTemplates/ArmTemplate_0.json"))));
        assertEquals(ArmParameterizationTest.names(TemplateComparison.read(expected.resolve("ARMTemplateForFactory.json")).get("parameters")),
                ArmParameterizationTest.names(TemplateComparison.read(result.files().get("ARMTemplateForFactory.json")).get("parameters")));
    }

    private static List<String> keys(JsonNode template) {
        List<String> keys = new java.util.ArrayList<>();
        for (JsonNode r : template.get("resources")) keys.add(ArmTemplateCheck.key(r));
        template.get("parameters").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * MC2DataLake: the publish branch holds the production factory published from an older commit; git holds the
     * development factory, changed since (docs/publish.md, Evidence). What differs for those reasons is excluded here.
     */
    private static final List<TemplateComparison.Exclusion> MC2 = List.of(
            new TemplateComparison.Exclusion("parameter *", "/metadata", "the publish ran in ADF Studio set to Spanish: metadata is localized"),
            new TemplateComparison.Exclusion("parameter AzureDataLakeStorageGen2_properties_typeProperties_url", "/defaultValue", "production storage account"),
            new TemplateComparison.Exclusion("parameter AzureDataLakeStorageGen2_properties_typeProperties_url", "/value", "production storage account"),
            new TemplateComparison.Exclusion("parameter AzureDataLakeStorageDataFact_properties_privateLinkResourceId", "/defaultValue", "production subscription"),
            new TemplateComparison.Exclusion("parameter AzureDataLakeStorageDataFact_properties_privateLinkResourceId", "/value", "production subscription"),
            new TemplateComparison.Exclusion("parameter MC2Dataverse_properties_typeProperties_servicePrincipalId", "/defaultValue", "production service principal"),
            new TemplateComparison.Exclusion("parameter MC2Dataverse_properties_typeProperties_servicePrincipalId", "/value", "production service principal"),
            new TemplateComparison.Exclusion("parameter MC2Dataverse_servicePrincipalCredential", "*", "the Dataverse key moved to Key Vault in git later"),
            new TemplateComparison.Exclusion("linkedServices/MC2Dataverse", "*", "the Dataverse linked service moved to Key Vault and another org in git later"),
            new TemplateComparison.Exclusion("linkedServices/Snowflake1", "/properties/typeProperties/password", "Key Vault password added in git later"),
            new TemplateComparison.Exclusion("linkedServices/ls_kv_adf_main", "*", "Key Vault linked service added in git later"),
            new TemplateComparison.Exclusion("parameter ls_kv_adf_main_properties_typeProperties_baseUrl", "*", "Key Vault linked service added in git later"),
            new TemplateComparison.Exclusion("integrationRuntimes/azure-ir-integrated-vnet", "*", "integration runtime added in git later"),
            new TemplateComparison.Exclusion("parameter AzureDataLakeStorageDataFact_properties_fqdns", "*", "the endpoint's fqdns, filled in by the service after approval, came to git later"),
            new TemplateComparison.Exclusion("managedVirtualNetworks/default/managedPrivateEndpoints/AzureDataLakeStorageDataFact", "/properties/fqdns", "as its parameter"),
            new TemplateComparison.Exclusion("pipelines/*", "/properties/lastPublishTime", "every pipeline was published again (2022-02) after this publish commit (2021-12)"),
            new TemplateComparison.Exclusion("triggers/TablasTrigger", "/properties/runtimeState", "trigger stopped in git later"));

    /** The four resources whose place in the dependency order follows ADF's list of resources as the service held it (added last), not their names. */
    private static final List<String> MC2_ADDED_LATE = List.of("datasets/SourceEc3_ComentariosPedidos", "datasets/Snowflake_E3C_COMENTARIOS_PEDIDOS",
            "pipelines/Ec3ComentariosPedidosToSnowflake", "pipelines/CopyPrincipalesE3ToBronze");

    @Test
    void mc2DataLakeLinkedTemplatesMatchThePublishBranch() {
        ArmExport.Result result = export("emc2e1tcct__MC2DataLake", "/subscriptions/0/resourceGroups/rg/providers/Microsoft.DataFactory/factories/adf-mc2dl-pro");
        Path expected = Corpus.root().resolve("emc2e1tcct__MC2DataLake__adf_publish/adf-mc2dl-pro");
        TemplateComparison c = new TemplateComparison(MC2)
                .templates("linked templates", union(expected), union(result.files()))
                .parametersFiles("ARMTemplateParametersForFactory.json", TemplateComparison.read(expected.resolve("ARMTemplateParametersForFactory.json")),
                        TemplateComparison.read(result.files().get("ARMTemplateParametersForFactory.json")))
                .parametersFiles("linkedTemplates/ArmTemplateParameters_master.json",
                        TemplateComparison.read(expected.resolve("linkedTemplates/ArmTemplateParameters_master.json")),
                        TemplateComparison.read(result.files().get("linkedTemplates/ArmTemplateParameters_master.json")));
        List<String> differences = new java.util.ArrayList<>(c.report());
        // dependsOn: each part keeps the dependencies inside it; ours, cut to the publish's parts, must be the same sets
        java.util.Map<String, java.util.Set<String>> ours = new java.util.HashMap<>();
        JsonNode single = TemplateComparison.read(result.files().get("ARMTemplateForFactory.json"));
        for (JsonNode r : single.get("resources")) ours.put(ArmTemplateCheck.key(r), texts(r.get("dependsOn")));
        List<String> theirOrder = new java.util.ArrayList<>();
        for (int i = 0; java.nio.file.Files.exists(expected.resolve("linkedTemplates/ArmTemplate_" + i + ".json")); i++) {
            JsonNode part = TemplateComparison.read(expected.resolve("linkedTemplates/ArmTemplate_" + i + ".json"));
            assertTrue(part.get("resources").size() <= ArmExport.ADF_RESOURCES_PER_PART);
            java.util.Set<String> members = new java.util.HashSet<>();
            for (JsonNode r : part.get("resources")) members.add("[concat(variables('factoryId'), '/" + ArmTemplateCheck.key(r) + "')]");
            for (JsonNode r : part.get("resources")) {
                String key = ArmTemplateCheck.key(r);
                theirOrder.add(key);
                if (key.equals("linkedServices/MC2Dataverse")) continue;
                java.util.Set<String> cut = new java.util.TreeSet<>(ours.get(key));
                cut.retainAll(members);
                if (!cut.equals(texts(r.get("dependsOn")))) differences.add("ArmTemplate_" + i + " " + key + " dependsOn " + texts(r.get("dependsOn")) + " but ours cut to the part " + cut);
            }
        }
        // the dependency order is the publish's once the resources added to git later are taken out, but for the
        // four resources ADF listed last
        Factory factory = Factory.load(Corpus.root().resolve("emc2e1tcct__MC2DataLake"));
        List<ArmResource> resources = new java.util.ArrayList<>();
        List<String> later = List.of("linkedServices/ls_kv_adf_main", "integrationRuntimes/azure-ir-integrated-vnet");
        for (ArmResource r : new ArmTemplateGenerator(factory, PublishConfig.of(factory), ParameterDefinition.defaults(), new java.util.ArrayList<>())
                .resources("adf-mc2dl-pro")) {
            if (later.contains(ArmTypes.path(r.id()))) continue;
            List<dev.pipewright.core.factory.ResourceId> deps = r.dependsOn().stream().filter(d -> !later.contains(ArmTypes.path(d))).toList();
            resources.add(new ArmResource(r.id(), r.json(), deps, r.secrets(), r.parameters()));
        }
        List<String> ourOrder = new java.util.ArrayList<>();
        for (ArmResource r : LinkedTemplates.dependencyOrder(resources, new java.util.ArrayList<>())) ourOrder.add(ArmTypes.path(r.id()));
        ourOrder.retainAll(theirOrder);
        ourOrder.removeAll(MC2_ADDED_LATE);
        theirOrder.removeAll(MC2_ADDED_LATE);
        int first = 0;
        while (first < Math.min(theirOrder.size(), ourOrder.size()) && theirOrder.get(first).equals(ourOrder.get(first))) first++;
        assertEquals(theirOrder.size(), first, "dependency order differs from position " + first + ": publish "
                + theirOrder.subList(first, Math.min(first + 5, theirOrder.size())) + ", ours " + ourOrder.subList(first, Math.min(first + 5, ourOrder.size())));
        assertEquals(List.of(), differences);
        // git has this linked service's connectVia before its type; publish writes ADF's order
        JsonNode lake = TemplateComparison.byKey(union(result.files()).get("resources")).get("linkedServices/AzureDataLakeStorageGen2");
        JsonNode theirLake = TemplateComparison.byKey(union(expected).get("resources")).get("linkedServices/AzureDataLakeStorageGen2");
        assertEquals(ArmParameterizationTest.names(theirLake.get("properties")), ArmParameterizationTest.names(lake.get("properties")));
        assertEquals(TemplateComparison.read(expected.resolve("globalParameters/adf-mc2dl-pro_GlobalParameters.json")).size(),
                TemplateComparison.read(result.files().get("globalParameters/adf-mc2dl-pro_GlobalParameters.json")).size());
    }

    private static java.util.Set<String> texts(JsonNode array) {
        java.util.Set<String> set = new java.util.TreeSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    static com.fasterxml.jackson.databind.node.ObjectNode union(Path folder) {
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try {
            for (int i = 0; java.nio.file.Files.exists(folder.resolve("linkedTemplates/ArmTemplate_" + i + ".json")); i++) {
                files.put("linkedTemplates/ArmTemplate_" + i + ".json", java.nio.file.Files.readAllBytes(folder.resolve("linkedTemplates/ArmTemplate_" + i + ".json")));
            }
            files.put("linkedTemplates/ArmTemplate_master.json", java.nio.file.Files.readAllBytes(folder.resolve("linkedTemplates/ArmTemplate_master.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return union(files);
    }

    static com.fasterxml.jackson.databind.node.ObjectNode union(java.util.Map<String, byte[]> files) {
        com.fasterxml.jackson.databind.node.ObjectNode master = (com.fasterxml.jackson.databind.node.ObjectNode) TemplateComparison.read(files.get("linkedTemplates/ArmTemplate_master.json")).deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode params = (com.fasterxml.jackson.databind.node.ObjectNode) master.get("parameters");
        params.remove("containerUri");
        params.remove("containerSasToken");
        com.fasterxml.jackson.databind.node.ArrayNode resources = master.putArray("resources");
        for (int i = 0; files.containsKey("linkedTemplates/ArmTemplate_" + i + ".json"); i++) {
            for (JsonNode r : TemplateComparison.read(files.get("linkedTemplates/ArmTemplate_" + i + ".json")).get("resources")) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = r.deepCopy();
                copy.putArray("dependsOn");
                resources.add(copy);
            }
        }
        return master;
    }
}
