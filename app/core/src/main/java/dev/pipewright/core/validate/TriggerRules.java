package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.trigger.FireTimes;
import dev.pipewright.core.trigger.TriggerPipelines;

import java.time.Instant;
import java.util.List;

/**
 * Triggers: a recurrence or tumbling window ADF would refuse (PW414, with the trigger editor's reason), and a pipeline
 * parameter without a default that the trigger gives no value (PW415).
 */
final class TriggerRules {
    private TriggerRules() {
    }

    static void check(Factory factory, Findings findings) {
        for (Resource r : factory.resources(ResourceKind.TRIGGER)) {
            FireTimes.Result times = FireTimes.next(r.properties(), Instant.EPOCH, 1);
            if (!times.ok()) {
                String at = "ScheduleTrigger".equals(r.type()) ? "/properties/typeProperties/recurrence" : "/properties/typeProperties";
                findings.add(ProblemCode.TRIGGER_INVALID, r, at, "Trigger '" + r.name() + "': " + times.problem(),
                        "Correct it in the trigger editor, which shows the same reason on the field");
            }
            List<TriggerPipelines.Entry> entries = TriggerPipelines.read(factory, r);
            for (int i = 0; i < entries.size(); i++) {
                TriggerPipelines.Entry e = entries.get(i);
                String at = "TumblingWindowTrigger".equals(r.type()) ? "/properties/pipeline" : "/properties/pipelines/" + i;
                for (TriggerPipelines.Parameter p : e.parameters()) {
                    if (p.type().isEmpty() || !p.defaultValue().isEmpty() || !p.value().isEmpty()) continue;
                    if (factory.get(ResourceKind.PIPELINE, e.pipeline()).map(pl -> pl.properties().at("/parameters/" + p.name()).has("defaultValue"))
                            .orElse(true)) continue; // a default of "" counts
                    findings.add(ProblemCode.TRIGGER_PARAMETER_MISSING, r, at, "Trigger '" + r.name() + "' starts pipeline '" + e.pipeline()
                            + "' without a value for its parameter '" + p.name() + "', which has no default",
                            "Give the value in the trigger's Pipelines (e.g. @trigger().scheduledTime), or a default in the pipeline");
                }
            }
        }
    }
}
