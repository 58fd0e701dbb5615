package dev.pipewright.runtime.run;

import dev.pipewright.core.model.Activity;
import dev.pipewright.runtime.placement.ActivityTypes;
import dev.pipewright.runtime.placement.PlacementKind;
import dev.pipewright.runtime.placement.RuntimeChoice;

import java.util.List;

/**
 * What ADF would bill, in US dollars at list prices (adf-reference §8; docs/runs.md): every activity run and
 * the run itself are orchestration runs ($1 per 1,000 on Azure, $1.50 on a self-hosted IR); on top, execution
 * time prorated by the minute and rounded up for each activity separately — a copy by DIU-hour on Azure
 * ($0.25) or by hour on a self-hosted IR ($0.10), Lookup / Get Metadata / Delete / Validation as pipeline
 * activities ($0.005 / $0.002 per hour), external activities ($0.00025 / $0.0001 per hour), anything in a managed
 * virtual network at $1 per hour, data flows by vCore-hour ($0.274, General Purpose, 8 cores unless set).
 */
public final class CostModel {
    public static final double ORCHESTRATION_AZURE = 1.0 / 1000;
    public static final double ORCHESTRATION_SELF_HOSTED = 1.5 / 1000;
    public static final double DIU_HOUR = 0.25;
    public static final double SELF_HOSTED_MOVEMENT_HOUR = 0.10;
    public static final double PIPELINE_HOUR_AZURE = 0.005;
    public static final double PIPELINE_HOUR_SELF_HOSTED = 0.002;
    public static final double EXTERNAL_HOUR_AZURE = 0.00025;
    public static final double EXTERNAL_HOUR_SELF_HOSTED = 0.0001;
    public static final double MANAGED_VNET_HOUR = 1.00;
    public static final double VCORE_HOUR = 0.274;

    private CostModel() {
    }

    /** One activity run that took {@code durationMs} (as billed) on {@code where}, copying with {@code dius} DIUs. */
    static double activity(Activity activity, RuntimeChoice where, long durationMs, int dius) {
        PlacementKind kind = where == null ? PlacementKind.ORCHESTRATION : where.kind();
        boolean selfHosted = kind == PlacementKind.SELF_HOSTED;
        double cost = selfHosted ? ORCHESTRATION_SELF_HOSTED : ORCHESTRATION_AZURE;
        double hours = billedHours(durationMs);
        boolean vnet = kind == PlacementKind.MANAGED_VNET;
        cost += switch (ActivityTypes.ruleOf(activity.type())) {
            case COPY -> selfHosted ? hours * SELF_HOSTED_MOVEMENT_HOUR : hours * Math.max(2, dius) * DIU_HOUR;
            case DATASET -> vnet ? hours * MANAGED_VNET_HOUR : hours * (selfHosted ? PIPELINE_HOUR_SELF_HOSTED : PIPELINE_HOUR_AZURE);
            case EXTERNAL, WEB -> vnet ? hours * MANAGED_VNET_HOUR : hours * (selfHosted ? EXTERNAL_HOUR_SELF_HOSTED : EXTERNAL_HOUR_AZURE);
            case DATA_FLOW -> hours * cores(activity) * VCORE_HOUR;
            default -> 0;
        };
        return cost;
    }

    /** The run: its own orchestration run plus its activity runs. */
    static double run(List<ActivityRun> activityRuns) {
        double total = ORCHESTRATION_AZURE;
        for (ActivityRun a : activityRuns) total += a.estimatedCost();
        return total;
    }

    /**
     * What a run would cost at least, before it runs: the run and every activity (inner ones included) once, each
     * billed its minimum minute (copies with their DIUs). Loops, retries and longer activities only add to it.
     */
    static double before(java.util.List<Activity> all, java.util.function.Function<Activity, RuntimeChoice> where) {
        double total = ORCHESTRATION_AZURE;
        for (Activity a : all) {
            if ("Inactive".equalsIgnoreCase(a.state())) continue;
            int dius = Math.max(0, a.typeProperties().path("dataIntegrationUnits").asInt(0));
            total += activity(a, where.apply(a), 60_000, dius >= 2 ? dius : 4);
        }
        return total;
    }

    /** Hours billed for a duration: prorated by the minute, rounded up (40 s → 1 min, 80 s → 2 min). */
    public static double billedHours(long durationMs) {
        long minutes = Math.max(1, (durationMs + 59_999) / 60_000);
        return minutes / 60.0;
    }

    private static int cores(Activity activity) {
        int cores = activity.typeProperties().path("compute").path("coreCount").asInt(8);
        return cores > 0 ? cores : 8;
    }
}
