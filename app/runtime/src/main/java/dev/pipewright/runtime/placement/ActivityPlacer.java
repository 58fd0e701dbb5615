package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.DataFlow;
import dev.pipewright.core.problem.ProblemCode;

import java.util.List;
import java.util.Optional;

/** Applies the placement rule of each activity type (Copy has its own class) to one activity. */
final class ActivityPlacer {
    private final PlacementContext ctx;
    private final CopyPlacer copy;
    private final String orchestrationReason;

    ActivityPlacer(PlacementContext ctx) {
        this.ctx = ctx;
        this.copy = new CopyPlacer(ctx);
        this.orchestrationReason = "control activity: runs in the factory's orchestration in " + ctx.factoryRegion()
                + ", not on an integration runtime";
    }

    /** Places {@code a}, whose {@code type} the caller has read already. */
    void place(Draft d, Activity a, String type) {
        switch (ActivityTypes.ruleOf(type)) {
            case ORCHESTRATION -> orchestration(d);
            case COPY -> copy.place(d, a);
            case DATASET -> datasetActivity(d, a, type);
            case EXTERNAL -> external(d, a, type, true);
            case WEB -> web(d, a, type);
            case DATA_FLOW -> dataFlow(d, a);
            case SSIS -> ssis(d, a);
            case UNKNOWN -> unknown(d, a, type);
        }
    }

    private void orchestration(Draft d) {
        d.because(orchestrationReason);
        d.runOn(new RuntimeChoice(null, PlacementKind.ORCHESTRATION, ctx.factoryRegion()));
    }

    /** Lookup, Get Metadata, Delete, Validation: the IR of the dataset's linked service. */
    private void datasetActivity(Draft d, Activity a, String type) {
        List<String> datasets = a.inputDatasets();
        String dataset = datasets.isEmpty() ? null : datasets.get(0);
        Stores.Store store = dataset == null ? null : ctx.storeOfDataset(d, dataset, type);
        Runtimes.Runtime ir = ctx.runtime(d, store == null ? null : store.runtimeName(), "linked service " + (store == null ? "" : store.name()));
        d.because(store == null ? "no linked service to follow: placed on the default " + ir.describe()
                : PlacementContext.via("dataset " + dataset + " uses linked service " + store.name() + ", which", store, ir));
        dispatch(d, type, true, ir, type);
        if (store != null) ctx.reachability.check(d, ir, store, "store", false);
        if (type.equals("Lookup") && ctx.residency.active()) {
            ctx.residency.check(d, "Lookup runs in", ctx.catalog.find(d.runtime().region()).orElse(null));
            if (store != null) ctx.residency.check(d, "store " + store.name() + " is in", store.region());
        }
    }

    /** Transformation dispatch: the IR of the compute (or store) linked service. */
    private void external(Draft d, Activity a, String type, boolean knownType) {
        Optional<String> lsName = a.linkedServiceName();
        Stores.Store store = lsName.map(n -> ctx.store(d, n, "Activity " + a.name())).orElse(null);
        Runtimes.Runtime ir = ctx.runtime(d, store == null ? null : store.runtimeName(), "linked service " + lsName.orElse(""));
        d.because(store == null ? "no linked service: dispatched through the default " + ir.describe()
                : PlacementContext.via("dispatched through linked service " + store.name() + ", which", store, ir));
        dispatch(d, type, knownType, ir, "Transformation dispatch (external activity)");
        if (store != null) ctx.reachability.check(d, ir, store, "linked service", false);
    }

    /** Web and WebHook: their own {@code typeProperties.connectVia}. */
    private void web(Draft d, Activity a, String type) {
        Optional<String> via = a.connectVia();
        Runtimes.Runtime ir = ctx.runtime(d, via.orElse(null), type + " connectVia");
        d.because(via.isPresent() ? "runs on its own connectVia: " + ir.describe() : "no connectVia: the default " + ir.describe());
        dispatch(d, type, true, ir, type);
    }

    /** Execute Data Flow / Power Query: their {@code integrationRuntime}, which must be an Azure IR. */
    private void dataFlow(Draft d, Activity a) {
        Optional<String> named = a.integrationRuntime();
        Runtimes.Runtime ir = ctx.runtime(d, named.orElse(null), "Data flow activity " + a.name());
        d.because(named.isPresent() ? "runs on its integrationRuntime: " + ir.describe()
                : "no integrationRuntime: data flows use the default " + ir.describe());
        if (ir.isSelfHosted()) {
            d.problem(ProblemCode.DATA_FLOW_ON_SELF_HOSTED, "Data flow activity " + a.name() + " names " + ir.describe()
                    + "; data flows never run on a self-hosted IR", "Choose an Azure IR (a managed-VNet one to reach private stores)");
        } else if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
            d.problem(ProblemCode.AZURE_SSIS_RUNS_ONLY_SSIS, "Data flow activity " + a.name() + " names " + ir.describe()
                    + ", which runs only SSIS packages", "Choose an Azure IR");
        }
        ctx.placeOn(d, ir, "A data flow");
        if (ctx.residency.active()) ctx.residency.check(d, "The data flow runs in", ctx.catalog.find(d.runtime().region()).orElse(null));
        a.dataFlowName().flatMap(n -> ctx.factory.get(ResourceKind.DATA_FLOW, n)).ifPresent(flow -> dataFlowStores(d, ir, flow));
    }

    private void dataFlowStores(Draft d, Runtimes.Runtime ir, Resource flow) {
        DataFlow df = new DataFlow(flow);
        for (String dataset : df.datasetNames()) {
            Stores.Store store = ctx.storeOfDataset(d, dataset, "data flow " + df.name());
            if (store != null) dataFlowStore(d, ir, store);
        }
        for (String ls : df.linkedServiceNames()) dataFlowStore(d, ir, ctx.store(d, ls, "data flow " + df.name()));
    }

    private void dataFlowStore(Draft d, Runtimes.Runtime ir, Stores.Store store) {
        if (!store.exists()) return;
        Runtimes.Runtime storeIr = ctx.runtimes.get(store.runtimeName());
        if (storeIr.exists() && storeIr.isSelfHosted()) {
            d.problem(ProblemCode.DATA_FLOW_ON_SELF_HOSTED, "Data flow store " + store.name() + " connects via " + storeIr.describe()
                    + "; data flows reach stores only through Azure IRs", "Connect " + store.name()
                    + " via an Azure IR (managed VNet with a private endpoint for a private store)");
        }
        if (!ir.isSelfHosted()) ctx.reachability.check(d, ir, store, "data flow store", true);
        if (ctx.residency.active()) ctx.residency.check(d, "data flow store " + store.name() + " is in", store.region());
    }

    /** Execute SSIS package: its {@code connectVia}, which must be an Azure-SSIS IR. */
    private void ssis(Draft d, Activity a) {
        Optional<String> via = a.connectVia();
        if (via.isEmpty()) {
            d.because("no connectVia: an SSIS package needs an Azure-SSIS IR to run on");
            d.problem(ProblemCode.SSIS_NEEDS_AZURE_SSIS, "Execute SSIS package " + a.name() + " has no connectVia",
                    "Set typeProperties.connectVia to an Azure-SSIS IR");
            d.runOn(new RuntimeChoice(null, PlacementKind.AZURE_SSIS, null));
            return;
        }
        Runtimes.Runtime ir = ctx.runtime(d, via.get(), "Execute SSIS package " + a.name());
        d.because("runs on its connectVia: " + ir.describe());
        if (ir.exists() && ir.placementKind() != PlacementKind.AZURE_SSIS) {
            d.problem(ProblemCode.SSIS_NEEDS_AZURE_SSIS, "Execute SSIS package " + a.name() + " names " + ir.describe()
                    + "; SSIS packages run only on an Azure-SSIS IR", "Point connectVia at an Azure-SSIS IR");
        }
        ctx.placeOn(d, ir, "Execute SSIS package");
    }

    private void unknown(Draft d, Activity a, String type) {
        d.problem(ProblemCode.UNKNOWN_ACTIVITY_TYPE, "Activity type " + (type.isEmpty() ? "(no type)" : type) + " is not known to the placement rules",
                "Check the type's spelling; a real ADF activity type missing here is a Pipewright bug worth reporting");
        if (a.linkedServiceName().isPresent()) {
            external(d, a, type, false);
        } else {
            orchestration(d);
        }
    }

    /**
     * Checks that the IR can run this activity type (unknown types are not judged), then places it where the
     * store's region does not matter.
     */
    private void dispatch(Draft d, String type, boolean knownType, Runtimes.Runtime ir, String work) {
        if (ir.isSelfHosted() && knownType && !ActivityTypes.selfHostedRuns(type)) {
            d.problem(ProblemCode.SELF_HOSTED_CANNOT_DISPATCH, type + " cannot run on " + ir.describe(),
                    "A self-hosted IR runs only " + ActivityTypes.selfHostedList() + "; use an Azure IR");
        } else if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
            d.problem(ProblemCode.AZURE_SSIS_RUNS_ONLY_SSIS, type + " cannot run on " + ir.describe()
                    + ", which runs only SSIS packages", "Use an Azure or self-hosted IR");
        }
        ctx.placeOn(d, ir, work);
    }
}
