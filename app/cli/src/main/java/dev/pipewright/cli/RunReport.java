package dev.pipewright.cli;

import dev.pipewright.runtime.run.ActivityRun;
import dev.pipewright.runtime.run.PipelineRun;

import java.io.PrintWriter;
import java.util.Locale;

/** A pipeline run as text: one line for the run, one per activity run (as Monitor lists them), then what was skipped. */
final class RunReport {
    private RunReport() {
    }

    static void text(PrintWriter out, PipelineRun run) {
        out.printf(Locale.ROOT, "Pipeline %s run %s: %s in %s (ADF would bill about $%.4f)%n", run.pipelineName(), run.runId(), run.status().label(),
                seconds(run.durationInMs()), run.estimatedCost());
        int name = 8;
        int type = 4;
        for (ActivityRun a : run.activityRuns()) {
            name = Math.max(name, label(a).length());
            type = Math.max(type, a.activityType().length());
        }
        for (ActivityRun a : run.activityRuns()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s  %-" + name + "s  %-" + type + "s  %8s", a.status().label(), label(a),
                    a.activityType(), seconds(a.durationInMs())));
            if (a.effectiveIntegrationRuntime() != null) line.append("  ").append(a.effectiveIntegrationRuntime());
            if (a.error() != null) line.append("  ").append(a.error().errorCode()).append(": ").append(a.error().message());
            out.println(line);
        }
        if (!run.skippedActivities().isEmpty()) out.println("  skipped: " + String.join(", ", run.skippedActivities()));
        if (!run.message().isEmpty() && !run.status().label().equals("Succeeded")) out.println(run.message());
        run.childRuns().forEach(c -> text(out, c));
    }

    private static String label(ActivityRun a) {
        String retry = a.retryAttempt() == null ? "" : " (retry " + a.retryAttempt() + ")";
        return (a.scope().isEmpty() ? "" : a.scope() + "/") + a.activityName() + retry;
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }
}
