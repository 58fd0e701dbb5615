package dev.pipewright.runtime.placement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written factories for placement tests: writes ADF git-layout files into a folder. {@link #standard}
 * builds the shared "world" the rule table runs against: one linked service (and dataset {@code DS_<name>})
 * per situation, every kind of IR, a managed VNet with endpoints.
 */
final class World {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The profile the rule table starts from; cases patch it. Factory in East US. */
    static final String BASE_PROFILE = """
            {
              "factory": { "name": "contoso-df", "region": "East US", "mode": "DataFactory" },
              "linkedServices": {
                "BlobSales":        { "region": "West US", "network": "public" },
                "BlobGermanyNorth": { "region": "Germany North" },
                "BlobWestEurope":   { "region": "West Europe" },
                "SalesforceCrm":    { "region": "West US" },
                "SqlOnPrem":        { "network": "private:corp" },
                "SqlOnPrem2":       { "network": "private:corp" },
                "FilesDc2":         { "network": "private:dc2" },
                "SqlOnPremDefault": { "network": "private:corp" },
                "SqlLinkedShir":    { "network": "private:corp" },
                "SqlPrivate":       { "network": "private:azure", "region": "East US" },
                "BlobPending":      { "network": "private:azure" },
                "LakeOk":           { "network": "private:azure" },
                "BlobNoEndpoint":   { "network": "private:azure" }
              },
              "selfHostedNetworks": { "SHIR-Corp": ["corp"], "SHIR-Dc2": ["dc2"], "SHIR-Linked": ["corp"] }
            }""";

    private final Path root;

    World(Path root) {
        this.root = root;
    }

    static World standard(Path root) {
        World w = new World(root);
        w.file("integrationRuntime/SHIR-Corp.json", "{\"name\": \"SHIR-Corp\", \"properties\": {\"type\": \"SelfHosted\"}}");
        w.file("integrationRuntime/SHIR-Dc2.json", "{\"name\": \"SHIR-Dc2\", \"properties\": {\"type\": \"SelfHosted\"}}");
        w.file("integrationRuntime/SHIR-Linked.json", """
                {"name": "SHIR-Linked", "properties": {"type": "SelfHosted", "typeProperties": {"linkedInfo": {
                  "resourceId": "/subscriptions/s/resourcegroups/rg/providers/Microsoft.DataFactory/factories/ir-hub/integrationruntimes/SHIR-Shared",
                  "authorizationType": "Rbac"}}}}""");
        w.azureIr("IR-WestEurope", "West Europe", null);
        w.azureIr("IR-NorthEurope", "North Europe", null);
        w.azureIr("IR-VNet", "AutoResolve", "default");
        w.azureIr("IR-VNet-EastUS", "East US", "default");
        w.azureIr("IR-VNet-NorthEurope", "North Europe", "default");
        w.azureIr("IR-Narnia", "Narnia", null);
        w.file("integrationRuntime/SSIS-EastUS2.json", """
                {"name": "SSIS-EastUS2", "properties": {"type": "Managed", "typeProperties": {
                  "computeProperties": {"location": "East US 2", "nodeSize": "Standard_D8_v3", "numberOfNodes": 1},
                  "ssisProperties": {"edition": "Standard"}}}}""");
        w.file("managedVirtualNetwork/default.json", "{\"name\": \"default\", \"properties\": {}}");
        w.endpoint("mpe-sqlprivate", "Microsoft.Sql/servers/sqlprivate", null);
        w.endpoint("mpe-blobpending", "Microsoft.Storage/storageAccounts/blobpending", "Pending");
        w.endpoint("mpe-lakeok", "Microsoft.Storage/storageAccounts/lakeok", "Approved");

        w.store("BlobSales", "AzureBlobStorage", null, "{\"serviceEndpoint\": \"https://blobsales.blob.core.windows.net\"}");
        w.store("BlobGermanyNorth", "AzureBlobStorage", null, "{}");
        w.store("BlobWestEurope", "AzureBlobStorage", "IR-WestEurope", "{}");
        w.store("BlobNorthEurope", "AzureBlobStorage", "IR-NorthEurope", "{}");
        w.store("BlobNoRegion", "AzureBlobStorage", null, "{}");
        w.store("SqlSales", "AzureSqlDatabase", null, "{\"connectionString\": \"Server=tcp:sales.database.windows.net,1433\"}");
        w.store("SalesforceCrm", "Salesforce", null, "{\"environmentUrl\": \"https://login.salesforce.com\"}");
        w.store("RestApi", "RestService", null, "{\"url\": \"https://api.example.com\"}");
        w.store("SqlOnPrem", "SqlServer", "SHIR-Corp", "{\"connectionString\": \"Server=sql01.corp.local\"}");
        w.store("SqlOnPrem2", "SqlServer", "SHIR-Corp", "{\"connectionString\": \"Server=sql02.corp.local\"}");
        w.store("FilesDc2", "FileServer", "SHIR-Dc2", "{\"host\": \"\\\\\\\\files.dc2.local\\\\share\"}");
        w.store("SqlOnPremDefault", "SqlServer", null, "{}");
        w.store("SqlLinkedShir", "SqlServer", "SHIR-Linked", "{}");
        w.store("SqlPrivate", "AzureSqlDatabase", "IR-VNet", "{\"connectionString\": \"Server=tcp:sqlprivate.database.windows.net,1433\"}");
        w.store("BlobPending", "AzureBlobStorage", "IR-VNet", "{\"serviceEndpoint\": \"https://blobpending.blob.core.windows.net\"}");
        w.store("LakeOk", "AzureBlobFS", "IR-VNet", "{\"url\": \"https://lakeok.dfs.core.windows.net\"}");
        w.store("BlobNoEndpoint", "AzureBlobStorage", "IR-VNet", "{\"serviceEndpoint\": \"https://other.blob.core.windows.net\"}");
        w.store("BlobVNetEast", "AzureBlobStorage", "IR-VNet-EastUS", "{}");
        w.store("SqlViaSsis", "AzureSqlDatabase", "SSIS-EastUS2", "{}");
        w.store("SqlViaMissingIr", "AzureSqlDatabase", "IR-Nowhere", "{}");
        w.store("Databricks", "AzureDatabricks", null, "{}");
        w.store("DatabricksOnShir", "AzureDatabricks", "SHIR-Corp", "{}");
        w.store("FunctionApp", "AzureFunction", null, "{}");
        w.store("FunctionOnShir", "AzureFunction", "SHIR-Corp", "{}");
        w.store("BatchWestEurope", "AzureBatch", "IR-WestEurope", "{}");
        w.file("dataset/DS_Missing_LS.json", dataset("DS_Missing_LS", "NoSuchLinkedService"));
        w.file("dataflow/DF_Blob.json", dataFlow("DF_Blob", "DS_BlobSales", "DS_SqlSales"));
        w.file("dataflow/DF_OnPrem.json", dataFlow("DF_OnPrem", "DS_SqlOnPrem", "DS_BlobSales"));
        w.file("dataset/DS_SqlOnPremOrders.json", dataset("DS_SqlOnPremOrders", "SqlOnPrem"));
        w.file("dataflow/DF_OnPremTwice.json", dataFlow("DF_OnPremTwice", "DS_SqlOnPrem", "DS_SqlOnPremOrders"));
        w.file("dataflow/DF_Private.json", dataFlow("DF_Private", "DS_LakeOk", "DS_SqlOnPremDefault"));
        return w;
    }

    Path root() {
        return root;
    }

    World file(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A linked service {@code name} and its dataset {@code DS_<name>}. */
    World store(String name, String type, String connectVia, String typeProperties) {
        String via = connectVia == null ? "" : ", \"connectVia\": {\"referenceName\": \"" + connectVia + "\", \"type\": \"IntegrationRuntimeReference\"}";
        file("linkedService/" + name + ".json", "{\"name\": \"" + name + "\", \"properties\": {\"type\": \"" + type
                + "\", \"typeProperties\": " + typeProperties + via + "}}");
        return file("dataset/DS_" + name + ".json", dataset("DS_" + name, name));
    }

    World azureIr(String name, String location, String vnet) {
        String network = vnet == null ? "" : ", \"managedVirtualNetwork\": {\"type\": \"ManagedVirtualNetworkReference\", \"referenceName\": \"" + vnet + "\"}";
        return file("integrationRuntime/" + name + ".json", "{\"name\": \"" + name + "\", \"properties\": {\"type\": \"Managed\", "
                + "\"typeProperties\": {\"computeProperties\": {\"location\": \"" + location + "\"}}" + network + "}}");
    }

    World endpoint(String name, String resource, String status) {
        String state = status == null ? "" : ", \"connectionState\": {\"status\": \"" + status + "\"}";
        return file("managedVirtualNetwork/default/managedPrivateEndpoint/" + name + ".json", "{\"name\": \"" + name
                + "\", \"properties\": {\"privateLinkResourceId\": \"/subscriptions/s/resourceGroups/rg/providers/" + resource
                + "\", \"groupId\": \"x\"" + state + "}}");
    }

    /** Pipeline {@code name} with the given activities (a JSON array body). */
    World pipeline(String name, String activities) {
        return file("pipeline/" + name + ".json", "{\n\t\"name\": \"" + name + "\",\n\t\"properties\": {\n\t\t\"activities\": "
                + activities + "\n\t}\n}");
    }

    Factory load() {
        Factory f = Factory.load(root);
        assertTrue(f.loadProblems().stream().noneMatch(p -> p.isError()), () -> "test factory does not load: " + f.loadProblems());
        return f;
    }

    static String dataset(String name, String linkedService) {
        return "{\"name\": \"" + name + "\", \"properties\": {\"linkedServiceName\": {\"referenceName\": \"" + linkedService
                + "\", \"type\": \"LinkedServiceReference\"}, \"type\": \"Binary\"}}";
    }

    static String dataFlow(String name, String sourceDataset, String sinkDataset) {
        return "{\"name\": \"" + name + "\", \"properties\": {\"type\": \"MappingDataFlow\", \"typeProperties\": {"
                + "\"sources\": [{\"dataset\": {\"referenceName\": \"" + sourceDataset + "\", \"type\": \"DatasetReference\"}, \"name\": \"src\"}],"
                + "\"sinks\": [{\"dataset\": {\"referenceName\": \"" + sinkDataset + "\", \"type\": \"DatasetReference\"}, \"name\": \"snk\"}]}}}";
    }

    // --- activity JSON

    static String copy(String name, String source, String sink) {
        return "{\"name\": \"" + name + "\", \"type\": \"Copy\", \"inputs\": [" + ref(source) + "], \"outputs\": [" + ref(sink)
                + "], \"typeProperties\": {}}";
    }

    /** An activity whose {@code typeProperties.dataset} is {@code DS_<store>} (Lookup, GetMetadata, Delete, Validation). */
    static String onDataset(String name, String type, String dataset) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"typeProperties\": {\"dataset\": " + ref(dataset) + "}}";
    }

    /** An activity with {@code linkedServiceName} (external dispatch). */
    static String external(String name, String type, String linkedService) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"linkedServiceName\": {\"referenceName\": \"" + linkedService
                + "\", \"type\": \"LinkedServiceReference\"}, \"typeProperties\": {}}";
    }

    /** An activity whose typeProperties hold {@code field} = an IR reference (connectVia, integrationRuntime), or nothing. */
    static String withRuntime(String name, String type, String field, String ir, String moreTypeProperties) {
        String ref = ir == null ? "" : "\"" + field + "\": {\"referenceName\": \"" + ir + "\", \"type\": \"IntegrationRuntimeReference\"}";
        String sep = !ref.isEmpty() && !moreTypeProperties.isEmpty() ? ", " : "";
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"typeProperties\": {" + ref + sep + moreTypeProperties + "}}";
    }

    static String control(String name, String type) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"typeProperties\": {}}";
    }

    private static String ref(String dataset) {
        return "{\"referenceName\": \"" + dataset + "\", \"type\": \"DatasetReference\"}";
    }

    // --- profiles

    /** The base profile with {@code patch} merged in (objects merge member by member; other values replace). */
    static EnvironmentProfile profile(String patch) {
        ProfileReader.Result r = ProfileReader.parse(merge(BASE_PROFILE, patch), "profile.json", RegionCatalog.standard());
        assertTrue(r.ok(), () -> "test profile has errors: " + r.problems());
        return r.profile();
    }

    static String merge(String base, String patch) {
        try {
            ObjectNode b = (ObjectNode) JSON.readTree(base);
            if (patch != null && !patch.isBlank()) deepMerge(b, (ObjectNode) JSON.readTree(patch));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deepMerge(ObjectNode into, ObjectNode patch) {
        patch.properties().forEach(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode p) {
                deepMerge(o, p);
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
    }
}
