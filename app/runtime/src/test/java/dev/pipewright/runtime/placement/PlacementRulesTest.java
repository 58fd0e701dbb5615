package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.pipewright.runtime.placement.World.control;
import static dev.pipewright.runtime.placement.World.copy;
import static dev.pipewright.runtime.placement.World.external;
import static dev.pipewright.runtime.placement.World.onDataset;
import static dev.pipewright.runtime.placement.World.withRuntime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every placement rule of issue 3, one row each: the activity, the profile patch, and the expected IR, kind,
 * region, reasons (substrings, in any order) and problem codes (exactly). The world is {@link World#standard}
 * with the factory in East US.
 */
class PlacementRulesTest {
    private static final String AUTO = "AutoResolveIntegrationRuntime";

    static Stream<Case> rules() {
        List<Case> cases = new ArrayList<>(List.of(
                // --- default IR
                rule("no connectVia: AutoResolveIntegrationRuntime, Azure, public network", onDataset("L", "Lookup", "DS_SqlSales"))
                        .runsOn(AUTO, "Azure", "East US")
                        .because("SqlSales, which has no connectVia: the default Azure IR AutoResolveIntegrationRuntime, public network"),

                // --- Copy on auto-resolve: the seed examples and the sink-region rule
                rule("seed: factory East US, sink Blob in West US -> West US", copy("CopySales", "DS_SqlSales", "DS_BlobSales"))
                        .runsOn(AUTO, "Azure", "West US")
                        .because("sink BlobSales is in West US (detectable: AzureBlobStorage)",
                                "copy on an auto-resolve Azure IR runs in the sink store's region when ADF can detect it"),
                rule("seed: sink Salesforce -> East US, its profile region ignored", copy("C", "DS_SqlSales", "DS_SalesforceCrm"))
                        .runsOn(AUTO, "Azure", "East US")
                        .because("sink SalesforceCrm is Salesforce, whose region ADF cannot detect (SaaS): the copy runs in the factory region East US",
                                "region West US given in the profile for sink SalesforceCrm is ignored by auto-resolve"),
                rule("sink REST endpoint -> factory region", copy("C", "DS_SqlSales", "DS_RestApi"))
                        .runsOn(AUTO, "Azure", "East US").because("whose region ADF cannot detect (REST/HTTP endpoint)"),
                rule("sink detectable but no region in the profile -> factory region", copy("C", "DS_SqlSales", "DS_BlobNoRegion"))
                        .runsOn(AUTO, "Azure", "East US").because("the profile gives no region for it", "set linkedServices.BlobNoRegion.region"),
                rule("only the sink's region counts, not the source's", copy("C", "DS_BlobSales", "DS_SqlSales"))
                        .runsOn(AUTO, "Azure", "East US"),
                rule("no Azure IR in the sink region -> nearest region of the same geography", copy("C", "DS_SqlSales", "DS_BlobGermanyNorth"))
                        .runsOn(AUTO, "Azure", "Germany West Central")
                        .because("sink BlobGermanyNorth is in Germany North (detectable: AzureBlobStorage)",
                                "no Azure IR is offered in Germany North: the nearest region with one in geography Germany is Germany West Central"),
                rule("factory region from the profile", onDataset("L", "Lookup", "DS_SqlSales"))
                        .profile("{\"factory\": {\"region\": \"westeurope\"}}").runsOn(AUTO, "Azure", "West Europe"),

                // --- factory region: Lookup & co., external dispatch, data flows, managed VNet; explicit region wins
                rule("Lookup on auto-resolve -> factory region", onDataset("L", "Lookup", "DS_BlobSales"))
                        .runsOn(AUTO, "Azure", "East US").because("Lookup on an auto-resolve Azure IR runs in the factory region East US"),
                rule("GetMetadata on auto-resolve -> factory region", onDataset("G", "GetMetadata", "DS_BlobSales")).runsOn(AUTO, "Azure", "East US"),
                rule("Delete on auto-resolve -> factory region", onDataset("D", "Delete", "DS_BlobSales")).runsOn(AUTO, "Azure", "East US"),
                rule("Validation on auto-resolve -> factory region", onDataset("V", "Validation", "DS_BlobSales")).runsOn(AUTO, "Azure", "East US"),
                rule("external dispatch on auto-resolve -> factory region", external("Nb", "DatabricksNotebook", "Databricks"))
                        .runsOn(AUTO, "Azure", "East US")
                        .because("Transformation dispatch (external activity) on an auto-resolve Azure IR runs in the factory region East US"),
                rule("data flow on auto-resolve -> factory region", dataFlow("Df", null, "DF_Blob"))
                        .runsOn(AUTO, "Azure", "East US")
                        .because("no integrationRuntime: data flows use the default Azure IR AutoResolveIntegrationRuntime",
                                "A data flow on an auto-resolve Azure IR runs in the factory region East US"),
                rule("auto-resolve inside a managed VNet -> factory region", onDataset("L", "Lookup", "DS_LakeOk"))
                        .runsOn("IR-VNet", "ManagedVNet", "East US")
                        .because("managed-VNet IR IR-VNet is auto-resolve inside managed virtual network default, which exists only in the factory region East US"),
                rule("managed-VNet default IR (profile) ignores the sink region", copy("C", "DS_SqlSales", "DS_BlobSales"))
                        .profile("{\"factory\": {\"managedVirtualNetwork\": true}}")
                        .runsOn(AUTO, "ManagedVNet", "East US").because("inside managed virtual network default"),
                rule("explicit region wins for Lookup", onDataset("L", "Lookup", "DS_BlobWestEurope"))
                        .runsOn("IR-WestEurope", "Azure", "West Europe")
                        .because("Azure IR IR-WestEurope has the fixed region West Europe: an explicit IR region always wins"),
                rule("explicit region wins for data flows", dataFlow("Df", "IR-WestEurope", "DF_Blob")).runsOn("IR-WestEurope", "Azure", "West Europe"),
                rule("explicit region wins for external dispatch", external("Batch", "Custom", "BatchWestEurope"))
                        .runsOn("IR-WestEurope", "Azure", "West Europe"),
                rule("managed-VNet IR with a fixed region outside the factory region", withRuntime("W", "WebActivity", "connectVia", "IR-VNet-NorthEurope", ""))
                        .runsOn("IR-VNet-NorthEurope", "ManagedVNet", "North Europe").problems("PW613"),

                // --- precedence between source and sink IRs
                rule("self-hosted beats Azure", copy("C", "DS_SqlOnPrem", "DS_BlobSales"))
                        .runsOn("SHIR-Corp", "SelfHosted", null)
                        .because("self-hosted IR SHIR-Corp runs the copy: a self-hosted IR takes precedence over Azure IR AutoResolveIntegrationRuntime",
                                "source SqlOnPrem is on private network corp, which the nodes of self-hosted IR SHIR-Corp reach",
                                "a self-hosted IR has no Azure region"),
                rule("self-hosted beats managed VNet", copy("C", "DS_SqlOnPrem", "DS_BlobVNetEast"))
                        .runsOn("SHIR-Corp", "SelfHosted", null)
                        .because("a self-hosted IR takes precedence over managed-VNet IR IR-VNet-EastUS"),
                rule("managed VNet beats global Azure (sink side)", copy("C", "DS_BlobSales", "DS_LakeOk"))
                        .runsOn("IR-VNet", "ManagedVNet", "East US")
                        .because("managed-VNet IR IR-VNet runs the copy: a managed-VNet Azure IR takes precedence over Azure IR AutoResolveIntegrationRuntime"),
                rule("managed VNet beats global Azure (source side), sink region not used", copy("C", "DS_LakeOk", "DS_BlobSales"))
                        .runsOn("IR-VNet", "ManagedVNet", "East US"),
                rule("equal precedence: fixed region beats auto-resolve", copy("C", "DS_BlobWestEurope", "DS_BlobSales"))
                        .runsOn("IR-WestEurope", "Azure", "West Europe")
                        .because("of two Azure IRs of equal precedence, the one with a fixed region wins over auto-resolve"),
                rule("equal precedence: the sink's IR", copy("C", "DS_BlobWestEurope", "DS_BlobNorthEurope"))
                        .runsOn("IR-NorthEurope", "Azure", "North Europe")
                        .because("Azure IR IR-NorthEurope runs the copy: of two Azure IRs of equal precedence, the sink's is used"),
                rule("two private stores on one self-hosted IR", copy("C", "DS_SqlOnPrem", "DS_SqlOnPrem2"))
                        .runsOn("SHIR-Corp", "SelfHosted", null)
                        .because("source SqlOnPrem is on private network corp", "sink SqlOnPrem2 is on private network corp"),
                rule("two private stores on different IRs", copy("C", "DS_SqlOnPrem", "DS_LakeOk"))
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW602")
                        .saying("ADF needs both on the same IR instance", "Point both linked services at one self-hosted IR whose nodes reach corp and azure"),
                rule("two different self-hosted IRs (private stores)", copy("C", "DS_SqlOnPrem", "DS_FilesDc2"))
                        .runsOn("SHIR-Dc2", "SelfHosted", null).problems("PW603"),
                rule("two different self-hosted IRs (public stores)", copy("C", "DS_SqlOnPrem", "DS_FilesDc2"))
                        .profile("{\"linkedServices\": {\"SqlOnPrem\": {\"network\": \"public\"}, \"FilesDc2\": {\"network\": \"public\"}}}")
                        .runsOn("SHIR-Dc2", "SelfHosted", null).problems("PW603").saying("even with staging"),
                rule("one self-hosted IR that cannot reach the sink's network", copy("C", "DS_SqlOnPrem", "DS_SqlOnPrem2"))
                        .profile("{\"linkedServices\": {\"SqlOnPrem2\": {\"network\": \"private:dc2\"}}}")
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW601")
                        .saying("sink SqlOnPrem2 is on private network dc2, which the nodes of self-hosted IR SHIR-Corp cannot reach (selfHostedNetworks.SHIR-Corp lists corp)"),

                // --- which IR each activity uses
                rule("GetMetadata uses its dataset's linked service IR", onDataset("G", "GetMetadata", "DS_SqlOnPrem")).runsOn("SHIR-Corp", "SelfHosted", null),
                rule("Delete through an approved managed private endpoint", onDataset("D", "Delete", "DS_LakeOk"))
                        .runsOn("IR-VNet", "ManagedVNet", "East US")
                        .because("store LakeOk is on private network azure, reached through managed private endpoint mpe-lakeok (host lakeok.dfs.core.windows.net), Approved"),
                rule("Validation uses its dataset's linked service IR", onDataset("V", "Validation", "DS_BlobWestEurope")).runsOn("IR-WestEurope", "Azure", "West Europe"),
                rule("Stored procedure on a self-hosted IR", external("Sp", "SqlServerStoredProcedure", "SqlOnPrem")).runsOn("SHIR-Corp", "SelfHosted", null),
                rule("Azure Function on a self-hosted IR", external("Fn", "AzureFunctionActivity", "FunctionOnShir")).runsOn("SHIR-Corp", "SelfHosted", null),
                rule("Web: no connectVia -> default IR", withRuntime("W", "WebActivity", "connectVia", null, "\"url\": \"https://x\""))
                        .runsOn(AUTO, "Azure", "East US").because("no connectVia: the default Azure IR"),
                rule("Web: its own connectVia (self-hosted)", withRuntime("W", "WebActivity", "connectVia", "SHIR-Corp", "")).runsOn("SHIR-Corp", "SelfHosted", null)
                        .because("runs on its own connectVia: self-hosted IR SHIR-Corp"),
                rule("Web: its own connectVia (fixed region)", withRuntime("W", "WebActivity", "connectVia", "IR-WestEurope", "")).runsOn("IR-WestEurope", "Azure", "West Europe"),
                rule("WebHook: its own connectVia", withRuntime("W", "WebHook", "connectVia", "IR-WestEurope", "")).runsOn("IR-WestEurope", "Azure", "West Europe"),
                rule("ExecuteDataFlow: its integrationRuntime", dataFlow("Df", "IR-VNet", "DF_Blob")).runsOn("IR-VNet", "ManagedVNet", "East US")
                        .because("runs on its integrationRuntime: managed-VNet IR IR-VNet"),
                rule("ExecuteSSISPackage: its Azure-SSIS connectVia, in the SSIS IR's location", ssis("Pkg", "SSIS-EastUS2"))
                        .runsOn("SSIS-EastUS2", "AzureSSIS", "East US 2")
                        .because("Azure-SSIS IR SSIS-EastUS2 runs in its own location East US 2"),

                // --- capabilities
                rule("data flow on a self-hosted IR", dataFlow("Df", "SHIR-Corp", "DF_Blob")).runsOn("SHIR-Corp", "SelfHosted", null)
                        .problems("PW604").saying("data flows never run on a self-hosted IR"),
                rule("data flow on a linked self-hosted IR", dataFlow("Df", "SHIR-Linked", "DF_Blob")).runsOn("SHIR-Linked", "SelfHosted", null).problems("PW604"),
                rule("data flow on an Azure-SSIS IR", dataFlow("Df", "SSIS-EastUS2", "DF_Blob")).runsOn("SSIS-EastUS2", "AzureSSIS", "East US 2").problems("PW605"),
                rule("two data flow datasets on one store: each problem once", dataFlow("Df", null, "DF_OnPremTwice"))
                        .runsOn(AUTO, "Azure", "East US").problems("PW601", "PW604"),
                rule("data flow reading a store on a self-hosted IR", dataFlow("Df", null, "DF_OnPrem")).runsOn(AUTO, "Azure", "East US")
                        .problems("PW601", "PW604")
                        .saying("Data flows run only on Azure IRs: use a managed-VNet Azure IR with an approved managed private endpoint to SqlOnPrem"),
                rule("data flow in a managed VNet: endpoint to one store, none to the other", dataFlow("Df", "IR-VNet", "DF_Private"))
                        .runsOn("IR-VNet", "ManagedVNet", "East US").problems("PW601")
                        .because("data flow store LakeOk is on private network azure, reached through managed private endpoint mpe-lakeok")
                        .saying("managed virtual network default has none for SqlOnPremDefault"),
                rule("linked self-hosted IR behaves as self-hosted", onDataset("L", "Lookup", "DS_SqlLinkedShir"))
                        .runsOn("SHIR-Linked", "SelfHosted", null)
                        .because("linked self-hosted IR SHIR-Linked runs on its own nodes", "which the nodes of linked self-hosted IR SHIR-Linked reach"),
                rule("self-hosted IR cannot dispatch Databricks", external("Nb", "DatabricksNotebook", "DatabricksOnShir"))
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW608"),
                rule("self-hosted IR cannot dispatch WebHook", withRuntime("W", "WebHook", "connectVia", "SHIR-Corp", ""))
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW608"),
                rule("Azure-SSIS runs only SSIS packages: Lookup", onDataset("L", "Lookup", "DS_SqlViaSsis"))
                        .runsOn("SSIS-EastUS2", "AzureSSIS", "East US 2").problems("PW605"),
                rule("Azure-SSIS runs only SSIS packages: Copy", copy("C", "DS_SqlViaSsis", "DS_BlobSales"))
                        .runsOn(AUTO, "Azure", "West US").problems("PW605").because("Azure-SSIS IR SSIS-EastUS2 runs only SSIS packages"),
                rule("SSIS package on an Azure IR", ssis("Pkg", "IR-WestEurope")).runsOn("IR-WestEurope", "Azure", "West Europe").problems("PW606"),
                rule("SSIS package without connectVia", ssis("Pkg", null)).runsOn(null, "AzureSSIS", null).problems("PW606"),
                rule("Azure-SSIS in Synapse mode", ssis("Pkg", "SSIS-EastUS2")).profile("{\"factory\": {\"mode\": \"Synapse\"}}")
                        .runsOn("SSIS-EastUS2", "AzureSSIS", "East US 2").problems("PW607"),

                // --- reachability
                rule("private store through the public Azure IR", external("S", "Script", "SqlOnPremDefault"))
                        .runsOn(AUTO, "Azure", "East US").problems("PW601").saying("Use a self-hosted IR whose nodes are in corp",
                                "a public Azure IR reaches only public endpoints"),
                rule("self-hosted IR whose nodes are not in the network", onDataset("L", "Lookup", "DS_SqlOnPrem"))
                        .profile("{\"selfHostedNetworks\": {\"SHIR-Corp\": [\"lab\"]}}")
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW601")
                        .saying("Use a self-hosted IR whose nodes are in corp, or add \"corp\" to selfHostedNetworks.SHIR-Corp"),
                rule("managed VNet, endpoint Pending", onDataset("L", "Lookup", "DS_BlobPending")).runsOn("IR-VNet", "ManagedVNet", "East US")
                        .problems("PW601").saying("managed private endpoint mpe-blobpending to it is Pending"),
                rule("managed VNet, no endpoint to the store", onDataset("L", "Lookup", "DS_BlobNoEndpoint")).runsOn("IR-VNet", "ManagedVNet", "East US")
                        .problems("PW601").saying("has none for BlobNoEndpoint"),
                rule("managed VNet, endpoint named in the profile", onDataset("L", "Lookup", "DS_BlobNoEndpoint"))
                        .profile("{\"linkedServices\": {\"BlobNoEndpoint\": {\"privateEndpoint\": \"mpe-lakeok\"}}}")
                        .runsOn("IR-VNet", "ManagedVNet", "East US").because("mpe-lakeok (named in the profile), Approved"),
                rule("managed VNet, endpoint approval not recorded", onDataset("L", "Lookup", "DS_SqlPrivate")).runsOn("IR-VNet", "ManagedVNet", "East US")
                        .problems("PW610").because("reached through managed private endpoint mpe-sqlprivate (host sqlprivate.database.windows.net)",
                                "its approval is not recorded, assumed Approved"),
                rule("managed VNet, approval recorded in the profile", onDataset("L", "Lookup", "DS_SqlPrivate"))
                        .profile("{\"managedPrivateEndpoints\": {\"mpe-sqlprivate\": \"Approved\"}}")
                        .runsOn("IR-VNet", "ManagedVNet", "East US"),

                // --- data residency
                rule("residency: copy to West US with keepDataIn Europe", copy("C", "DS_SqlSales", "DS_BlobSales"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn(AUTO, "Azure", "West US").problems("PW609", "PW609")
                        .saying("Copy runs in West US (geography United States), outside keepDataIn Europe", "sink BlobSales is in West US"),
                rule("residency: the same copy inside United States", copy("C", "DS_SqlSales", "DS_BlobSales"))
                        .profile("{\"keepDataIn\": [\"United States\"]}").runsOn(AUTO, "Azure", "West US"),
                rule("residency: self-hosted copy, only the sink's region counts", copy("C", "DS_SqlOnPrem", "DS_BlobSales"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn("SHIR-Corp", "SelfHosted", null).problems("PW609"),
                rule("residency: source region too", copy("C", "DS_BlobSales", "DS_BlobWestEurope"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn("IR-WestEurope", "Azure", "West Europe").problems("PW609")
                        .saying("source BlobSales is in West US"),
                rule("residency: Lookup in the factory region", onDataset("L", "Lookup", "DS_SqlSales"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn(AUTO, "Azure", "East US").problems("PW609"),
                rule("residency: data flow and its stores", dataFlow("Df", null, "DF_Blob"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn(AUTO, "Azure", "East US").problems("PW609", "PW609"),
                rule("residency: GetMetadata does not move data", onDataset("G", "GetMetadata", "DS_BlobSales"))
                        .profile("{\"keepDataIn\": \"Europe\"}").runsOn(AUTO, "Azure", "East US"),

                // --- what is missing or unknown
                rule("linked service's IR does not exist", onDataset("L", "Lookup", "DS_SqlViaMissingIr")).runsOn("IR-Nowhere", "Azure", null).problems("PW303"),
                rule("dataset's linked service does not exist", onDataset("L", "Lookup", "DS_Missing_LS")).runsOn(AUTO, "Azure", "East US").problems("PW301")
                        .because("uses linked service NoSuchLinkedService, which is missing: placed on the default Azure IR")
                        .saying("Lookup dataset DS_Missing_LS uses linked service NoSuchLinkedService, which the factory does not have"),
                rule("dataset does not exist", onDataset("L", "Lookup", "DS_Nope")).runsOn(AUTO, "Azure", "East US").problems("PW302")
                        .because("no linked service to follow: placed on the default Azure IR").saying("Lookup dataset DS_Nope does not exist"),
                rule("IR region not in the catalog is shown as written", withRuntime("W", "WebActivity", "connectVia", "IR-Narnia", ""))
                        .runsOn("IR-Narnia", "Azure", "Narnia").because("fixed region Narnia (not in the region catalog; shown as written)"),
                rule("unknown activity type without linked service", control("X", "FancyNewThing"))
                        .runsOn(null, "Orchestration", "East US").problems("PW612"),
                rule("unknown activity type with a linked service", external("X", "FancyNewThing", "SqlOnPrem"))
                        .runsOn("SHIR-Corp", "SelfHosted", null).problems("PW612")));
        // control activities run in orchestration in the factory region
        for (String type : List.of("IfCondition", "ForEach", "Switch", "Until", "Wait", "SetVariable", "AppendVariable",
                "ExecutePipeline", "Filter", "Fail")) {
            cases.add(rule("control activity " + type + " -> orchestration", control("Ctl", type))
                    .runsOn(null, "Orchestration", "East US").because("control activity: runs in the factory's orchestration in East US"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void placement(Case c, @TempDir Path dir) {
        Factory factory = World.standard(dir).pipeline("P", "[" + c.activity + "]").load();
        PlacementEngine engine = PlacementEngine.of(factory, World.profile(c.profilePatch));
        List<Placement> placements = engine.resolveAll();
        assertEquals(1, placements.size());
        Placement p = placements.get(0);
        String context = c.rule + "\nreasons: " + p.reasons() + "\nproblems: " + p.problems();
        assertEquals(c.ir, p.integrationRuntime(), "IR — " + context);
        assertEquals(c.kind, p.kind().label(), "kind — " + context);
        assertEquals(c.region, p.region(), "region — " + context);
        for (String reason : c.reasons) {
            assertTrue(p.reasons().stream().anyMatch(r -> r.contains(reason)), "reason '" + reason + "' — " + context);
        }
        assertEquals(c.codes.stream().sorted().toList(), p.problems().stream().map(Problem::code).sorted().toList(), "problems — " + context);
        for (String text : c.texts) {
            assertTrue(p.problems().stream().anyMatch(x -> x.message().contains(text) || x.hint().contains(text)),
                    "problem text '" + text + "' — " + context);
        }
        for (Problem x : p.problems()) {
            assertEquals("pipeline/P.json", x.file(), context);
            assertTrue(x.line() > 0 && !x.hint().isEmpty(), "problems are positioned and have a hint — " + context);
        }
    }

    private static String dataFlow(String name, String ir, String flow) {
        return withRuntime(name, "ExecuteDataFlow", "integrationRuntime", ir,
                "\"dataflow\": {\"referenceName\": \"" + flow + "\", \"type\": \"DataFlowReference\"}");
    }

    private static String ssis(String name, String ir) {
        return withRuntime(name, "ExecuteSSISPackage", "connectVia", ir, "\"packageLocation\": {\"type\": \"SSISDB\"}");
    }

    static Case rule(String name, String activity) {
        return new Case(name, activity);
    }

    /** One row of the table. */
    static final class Case {
        final String rule;
        final String activity;
        String profilePatch = "";
        String ir;
        String kind;
        String region;
        List<String> reasons = List.of();
        List<String> codes = List.of();
        List<String> texts = List.of();

        Case(String rule, String activity) {
            this.rule = rule;
            this.activity = activity;
        }

        Case profile(String patch) {
            profilePatch = patch;
            return this;
        }

        Case runsOn(String ir, String kind, String region) {
            this.ir = ir;
            this.kind = kind;
            this.region = region;
            return this;
        }

        Case because(String... reasons) {
            this.reasons = List.of(reasons);
            return this;
        }

        Case problems(String... codes) {
            this.codes = List.of(codes);
            return this;
        }

        /** Substrings of a problem's message or hint. */
        Case saying(String... texts) {
            this.texts = List.of(texts);
            return this;
        }

        @Override
        public String toString() {
            return rule;
        }
    }
}
