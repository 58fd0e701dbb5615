package dev.pipewright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.runtime.placement.Placement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Placement of a generated factory with 10,000 activities, warm. Goal (issue 3): a full resolve in at most
 * 50 ms. Baseline, measured in the same run: walking the same activities through the typed views without
 * placing them — the floor any placement pass pays.
 * <p>
 * Run by {@code ./bench.sh} (through {@link Benchmarks}); alone, after {@code ./bench.sh} has built the classpath:
 * {@code java -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.pipewright.bench.PlacementBenchmark}.
 * Optional arguments after the class name: warm-up runs, measured runs (default 20 and 30). The factory is
 * generated in memory; 10% of its activities have placement errors, so positioning problems is measured too.
 */
public final class PlacementBenchmark {
    private static final int PIPELINES = 250;
    private static final int GROUPS = 8; // each group adds 5 activities: ForEach + inner Copy, Lookup, one varied, SetVariable
    private static final double GOAL_MS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Linked services: name, type, connectVia (null = default IR). */
    private static final String[][] STORES = {
            {"BlobSales", "AzureBlobStorage", null}, {"SqlSales", "AzureSqlDatabase", null}, {"Crm", "Salesforce", null},
            {"SqlOnPrem", "SqlServer", "SHIR-Corp"}, {"Lake", "AzureBlobFS", "IR-VNet"}, {"Api", "RestService", null},
            {"BlobEurope", "AzureBlobStorage", "IR-WestEurope"}, {"Databricks", "AzureDatabricks", null},
            {"FilesOnPrem", "FileServer", "SHIR-Corp"}, {"SqlDefault", "SqlServer", null}};
    private static final String[] VARIED = {"ExecuteDataFlow", "DatabricksNotebook", "WebActivity", "GetMetadata",
            "SqlServerStoredProcedure", "Wait", "ExecutePipeline", "Delete"};

    private PlacementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Factory factory = generate();
        EnvironmentProfile profile = profile();
        RegionCatalog catalog = RegionCatalog.standard();
        int activities = Pipeline.all(factory).stream().mapToInt(p -> p.allActivities().size()).sum();
        List<Placement> sample = new PlacementEngine(factory, profile, catalog).resolveAll();
        long withErrors = sample.stream().filter(Placement::hasErrors).count();

        double[] baseline = measure(warmups, runs, () -> walk(factory));
        double[] resolve = measure(warmups, runs, () -> new PlacementEngine(factory, profile, catalog).resolveAll().size());
        double median = median(resolve);
        double base = median(baseline);
        double[] sorted = resolve.clone();
        Arrays.sort(sorted);
        Stats.figure(String.format(Locale.ROOT, "placement resolveAll (%d activities in %d pipelines, %d with errors), warm median of %d",
                        activities, PIPELINES, withErrors, runs), median, "ms", GOAL_MS,
                String.format(Locale.ROOT, "min %.2f, max %.2f ms; baseline: walk the same activities without placing them %.2f ms, ratio %.1fx",
                        sorted[0], sorted[sorted.length - 1], base, median / base));
    }

    private static int walk(Factory factory) {
        int n = 0;
        for (Pipeline p : Pipeline.all(factory)) {
            for (Activity a : p.allActivities()) n += a.type().length();
        }
        return n;
    }

    static double[] measure(int warmups, int runs, IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < warmups; i++) sink += work.getAsInt();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) System.out.println(); // keeps the work observable to the JIT
        return ms;
    }

    static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    // --- the generated factory: every kind of IR, ten stores, 250 pipelines of 40 activities

    static Factory generate() throws Exception {
        Factory f = new Factory(Path.of("generated-factory"));
        add(f, ResourceKind.FACTORY, "{\"name\": \"bench-df\", \"location\": \"eastus\"}");
        add(f, ResourceKind.INTEGRATION_RUNTIME, "{\"name\": \"SHIR-Corp\", \"properties\": {\"type\": \"SelfHosted\"}}");
        add(f, ResourceKind.INTEGRATION_RUNTIME, "{\"name\": \"IR-WestEurope\", \"properties\": {\"type\": \"Managed\", "
                + "\"typeProperties\": {\"computeProperties\": {\"location\": \"West Europe\"}}}}");
        add(f, ResourceKind.INTEGRATION_RUNTIME, "{\"name\": \"IR-VNet\", \"properties\": {\"type\": \"Managed\", \"typeProperties\": "
                + "{\"computeProperties\": {\"location\": \"AutoResolve\"}}, \"managedVirtualNetwork\": {\"type\": \"ManagedVirtualNetworkReference\", "
                + "\"referenceName\": \"default\"}}}");
        add(f, ResourceKind.MANAGED_PRIVATE_ENDPOINT, "{\"name\": \"mpe-lake\", \"properties\": {\"privateLinkResourceId\": "
                + "\"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/lake\", \"groupId\": \"dfs\", "
                + "\"connectionState\": {\"status\": \"Approved\"}}}");
        for (String[] s : STORES) {
            String via = s[2] == null ? "" : ", \"connectVia\": {\"referenceName\": \"" + s[2] + "\", \"type\": \"IntegrationRuntimeReference\"}";
            add(f, ResourceKind.LINKED_SERVICE, "{\"name\": \"" + s[0] + "\", \"properties\": {\"type\": \"" + s[1]
                    + "\", \"typeProperties\": {\"url\": \"https://" + s[0].toLowerCase(Locale.ROOT) + ".dfs.core.windows.net\"}" + via + "}}");
            add(f, ResourceKind.DATASET, "{\"name\": \"DS_" + s[0] + "\", \"properties\": {\"linkedServiceName\": {\"referenceName\": \""
                    + s[0] + "\", \"type\": \"LinkedServiceReference\"}, \"type\": \"Binary\"}}");
        }
        add(f, ResourceKind.DATA_FLOW, "{\"name\": \"DF\", \"properties\": {\"type\": \"MappingDataFlow\", \"typeProperties\": {"
                + "\"sources\": [{\"name\": \"s\", \"dataset\": {\"referenceName\": \"DS_Lake\", \"type\": \"DatasetReference\"}}],"
                + "\"sinks\": [{\"name\": \"k\", \"dataset\": {\"referenceName\": \"DS_SqlSales\", \"type\": \"DatasetReference\"}}]}}}");
        for (int p = 0; p < PIPELINES; p++) add(f, ResourceKind.PIPELINE, pipeline(p));
        return f;
    }

    private static String pipeline(int p) {
        List<String> activities = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            int k = p * GROUPS + g;
            String copy = "{\"name\": \"Copy" + g + "\", \"type\": \"Copy\", \"inputs\": [" + ds(k) + "], \"outputs\": [" + ds(k * 7 + 3)
                    + "], \"typeProperties\": {}}";
            activities.add("{\"name\": \"ForEach" + g + "\", \"type\": \"ForEach\", \"typeProperties\": {\"activities\": [" + copy + "]}}");
            activities.add("{\"name\": \"Lookup" + g + "\", \"type\": \"Lookup\", \"typeProperties\": {\"dataset\": " + ds(k + 1) + "}}");
            activities.add(varied("Step" + g, VARIED[k % VARIED.length], k));
            activities.add("{\"name\": \"Set" + g + "\", \"type\": \"SetVariable\", \"typeProperties\": {\"variableName\": \"v\"}}");
        }
        return "{\"name\": \"P" + p + "\", \"properties\": {\"activities\": [" + String.join(",", activities) + "]}}";
    }

    private static String varied(String name, String type, int k) {
        String ls = "\"linkedServiceName\": {\"referenceName\": \"" + STORES[k % STORES.length][0] + "\", \"type\": \"LinkedServiceReference\"}";
        String tp = switch (type) {
            case "ExecuteDataFlow" -> "{\"dataflow\": {\"referenceName\": \"DF\", \"type\": \"DataFlowReference\"}, "
                    + "\"integrationRuntime\": {\"referenceName\": \"IR-VNet\", \"type\": \"IntegrationRuntimeReference\"}}";
            case "GetMetadata", "Delete" -> "{\"dataset\": " + ds(k) + "}";
            case "ExecutePipeline" -> "{\"pipeline\": {\"referenceName\": \"P0\", \"type\": \"PipelineReference\"}}";
            default -> "{}";
        };
        String extra = type.equals("DatabricksNotebook") || type.equals("SqlServerStoredProcedure") ? ls + ", " : "";
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", " + extra + "\"typeProperties\": " + tp + "}";
    }

    private static String ds(int k) {
        return "{\"referenceName\": \"DS_" + STORES[Math.floorMod(k, STORES.length)][0] + "\", \"type\": \"DatasetReference\"}";
    }

    private static void add(Factory f, ResourceKind kind, String json) throws Exception {
        f.add(Resource.create(kind, (ObjectNode) JSON.readTree(json)));
    }

    /** Private on-premises stores, regions for the Azure ones: some placements have errors, as in real factories. */
    static EnvironmentProfile profile() {
        ProfileReader.Result r = ProfileReader.parse("""
                {"factory": {"name": "bench-df", "region": "East US"},
                 "linkedServices": {"BlobSales": {"region": "West US"}, "SqlSales": {"region": "East US 2"},
                   "BlobEurope": {"region": "West Europe"}, "SqlOnPrem": {"network": "private:corp"},
                   "FilesOnPrem": {"network": "private:corp"}, "Lake": {"network": "private:azure"},
                   "SqlDefault": {"network": "private:corp"}},
                 "selfHostedNetworks": {"SHIR-Corp": ["corp"]}}""", "bench-profile.json", RegionCatalog.standard());
        if (!r.ok()) throw new IllegalStateException("benchmark profile: " + r.problems());
        return r.profile();
    }
}
