package dev.pipewright.runtime.placement;

import dev.pipewright.core.model.Activity;
import dev.pipewright.core.problem.ProblemCode;

import java.util.List;
import java.util.Optional;

/**
 * Copy: the source and sink linked services each bring an IR; the one that runs the copy is chosen by ADF's
 * precedence (self-hosted > managed-VNet Azure > global Azure; among Azure IRs of equal precedence one with a
 * fixed region, else the sink's). On a global auto-resolve IR the copy follows the sink store's region when
 * ADF can detect it — in the nearest region of the same geography when that region has no Azure IR —
 * and the factory region otherwise.
 */
final class CopyPlacer {
    private final PlacementContext ctx;

    CopyPlacer(PlacementContext ctx) {
        this.ctx = ctx;
    }

    void place(Draft d, Activity copy) {
        Stores.Store source = end(d, copy.inputDatasets(), "source");
        Stores.Store sink = end(d, copy.outputDatasets(), "sink");
        Runtimes.Runtime sourceIr = ctx.runtime(d, source == null ? null : source.runtimeName(), "source linked service " + name(source));
        Runtimes.Runtime sinkIr = ctx.runtime(d, sink == null ? null : sink.runtimeName(), "sink linked service " + name(sink));
        describeEnds(d, source, sourceIr, sink, sinkIr);
        for (Runtimes.Runtime ir : List.of(sourceIr, sinkIr)) {
            if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
                d.problem(ProblemCode.AZURE_SSIS_RUNS_ONLY_SSIS, "Copy reaches a store through " + ir.describe()
                        + ", which runs only SSIS packages", "Connect the linked service via an Azure or self-hosted IR");
            }
        }
        Runtimes.Runtime ir = choose(d, sourceIr, sinkIr);
        boolean bothPrivate = isPrivate(source) && isPrivate(sink);
        if (d.has(ProblemCode.DIFFERENT_SELF_HOSTED_RUNTIMES)) {
            d.because("the two self-hosted IRs must become one before the stores' networks can be checked");
        } else if (bothPrivate && !sourceIr.name().equalsIgnoreCase(sinkIr.name())) {
            d.problem(ProblemCode.PRIVATE_STORES_ON_DIFFERENT_RUNTIMES, "Copy between two private-network stores (source "
                            + source.name() + " on " + source.network().privateName() + ", sink " + sink.name() + " on "
                            + sink.network().privateName() + ") whose linked services point at different IRs (" + sourceIr.name()
                            + ", " + sinkIr.name() + "); ADF needs both on the same IR instance",
                    "Point both linked services at one self-hosted IR whose nodes reach " + networks(source, sink));
        } else {
            if (source != null) ctx.reachability.check(d, ir, source, "source", false);
            if (sink != null) ctx.reachability.check(d, ir, sink, "sink", false);
        }
        String region = ctx.fixedRegion(d, ir);
        if (ir.exists() && ir.isAzure() && ir.location() == null) region = autoResolveRegion(d, ir, sink);
        d.runOn(new RuntimeChoice(ir.name(), ir.placementKind(), region));
        if (ctx.residency.active()) {
            ctx.residency.check(d, "Copy runs in", ctx.catalog.find(region).orElse(null));
            if (source != null) ctx.residency.check(d, "source " + source.name() + " is in", source.region());
            if (sink != null) ctx.residency.check(d, "sink " + sink.name() + " is in", sink.region());
        }
    }

    private Stores.Store end(Draft d, List<String> datasets, String role) {
        if (datasets.isEmpty()) {
            d.because("no " + role + " dataset");
            return null;
        }
        return ctx.storeOfDataset(d, datasets.get(0), role);
    }

    private static void describeEnds(Draft d, Stores.Store source, Runtimes.Runtime sourceIr, Stores.Store sink, Runtimes.Runtime sinkIr) {
        if (source != null && sink != null && sourceIr.name().equals(sinkIr.name()) && source.runtimeName() == null && sink.runtimeName() == null) {
            d.because("source " + source.name() + " and sink " + sink.name() + " have no connectVia: both use the default "
                    + sourceIr.describe() + (sourceIr.managedVnet() == null ? ", public network" : ""));
            return;
        }
        if (source != null) d.because(PlacementContext.via("source " + source.name(), source, sourceIr));
        if (sink != null) d.because(PlacementContext.via("sink " + sink.name(), sink, sinkIr));
    }

    /** ADF's precedence between the two ends' IRs. */
    private Runtimes.Runtime choose(Draft d, Runtimes.Runtime source, Runtimes.Runtime sink) {
        if (source.name().equalsIgnoreCase(sink.name())) return sink;
        if (source.precedence() != sink.precedence()) {
            Runtimes.Runtime winner = source.precedence() > sink.precedence() ? source : sink;
            Runtimes.Runtime loser = winner == source ? sink : source;
            String why = loser.placementKind() == PlacementKind.AZURE_SSIS ? loser.describe() + " runs only SSIS packages"
                    : (winner.isSelfHosted() ? "a self-hosted IR" : "a managed-VNet Azure IR") + " takes precedence over " + loser.describe();
            d.because(winner.describe() + " runs the copy: " + why);
            return winner;
        }
        if (source.isSelfHosted()) {
            d.problem(ProblemCode.DIFFERENT_SELF_HOSTED_RUNTIMES, "Source and sink connect via two different self-hosted IRs ("
                    + source.name() + ", " + sink.name() + "); ADF cannot copy between them, even with staging",
                    "Point both linked services at one self-hosted IR whose nodes reach both stores");
            return sink;
        }
        boolean sourceFixed = source.location() != null;
        if (sourceFixed != (sink.location() != null)) {
            Runtimes.Runtime fixed = sourceFixed ? source : sink;
            d.because(fixed.describe() + " runs the copy: of two Azure IRs of equal precedence, the one with a fixed region wins over auto-resolve");
            return fixed;
        }
        d.because(sink.describe() + " runs the copy: of two Azure IRs of equal precedence, the sink's is used");
        return sink;
    }

    /** Auto-resolve on a global Azure IR: the sink's region when detectable, else the factory region. */
    private String autoResolveRegion(Draft d, Runtimes.Runtime ir, Stores.Store sink) {
        String factory = ctx.factoryRegion();
        if (ir.managedVnet() != null) {
            d.because(ctx.inVnetReason(ir));
            return factory;
        }
        d.because("copy on an auto-resolve Azure IR runs in the sink store's region when ADF can detect it");
        if (sink == null || !sink.exists()) {
            d.because("sink store unknown: the copy runs in the factory region " + factory);
            return factory;
        }
        Optional<String> undetectable = StoreTypes.undetectableBecause(sink.type());
        if (undetectable.isPresent()) {
            if (sink.region() != null) {
                d.because("region " + sink.region().displayName() + " given in the profile for sink " + sink.name()
                        + " is ignored by auto-resolve: ADF cannot detect the region of " + sink.type() + " stores");
            }
            d.because("sink " + sink.name() + " is " + sink.type() + ", whose region ADF cannot detect (" + undetectable.get()
                    + "): the copy runs in the factory region " + factory);
            return factory;
        }
        if (sink.region() == null) {
            d.because("sink " + sink.name() + " is " + sink.type() + " (detectable), but the profile gives no region for it: "
                    + "the copy runs in the factory region " + factory + " (set linkedServices." + sink.name() + ".region)");
            return factory;
        }
        Region region = sink.region();
        d.because("sink " + sink.name() + " is in " + region.displayName() + " (detectable: " + sink.type() + ")");
        Optional<Region> nearest = ctx.catalog.nearestWithAzureIr(region);
        if (nearest.isEmpty()) {
            d.because("no Azure IR is offered in " + region.displayName() + " or elsewhere in geography " + region.geography()
                    + ": the copy runs in the factory region " + factory);
            return factory;
        }
        if (!nearest.get().equals(region)) {
            d.because("no Azure IR is offered in " + region.displayName() + ": the nearest region with one in geography "
                    + region.geography() + " is " + nearest.get().displayName() + " (" + Math.round(region.distanceKm(nearest.get())) + " km)");
        }
        return nearest.get().displayName();
    }

    private static boolean isPrivate(Stores.Store store) {
        return store != null && !store.network().isPublic();
    }

    private static String networks(Stores.Store a, Stores.Store b) {
        String x = a.network().privateName();
        String y = b.network().privateName();
        return x.equalsIgnoreCase(y) ? x : x + " and " + y;
    }

    private static String name(Stores.Store store) {
        return store == null ? "(none)" : store.name();
    }
}
