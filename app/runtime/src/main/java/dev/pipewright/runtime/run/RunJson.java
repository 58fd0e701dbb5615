package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Pipeline and activity runs as ADF's REST API writes them (PipelineRuns_Get, ActivityRuns_QueryByPipelineRun),
 * with Pipewright's additions: {@code estimatedCost} (USD), {@code scope} of an activity run inside containers,
 * the run's {@code skippedActivities}, {@code pipelineReturnValue} and {@code childRuns}.
 */
public final class RunJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private RunJson() {
    }

    public static String time(Instant t) {
        return TIME.format(t);
    }

    public static ObjectNode pipelineRun(PipelineRun r) {
        ObjectNode o = NODES.objectNode();
        o.put("runId", r.runId());
        o.put("pipelineName", r.pipelineName());
        o.set("parameters", r.parameters());
        o.set("invokedBy", r.invokedBy());
        o.put("runStart", time(r.runStart()));
        o.put("runEnd", r.status() == RunStatus.IN_PROGRESS ? null : time(r.runEnd()));
        o.put("durationInMs", r.durationInMs());
        o.put("status", r.status().label());
        o.put("message", r.message());
        o.put("lastUpdated", time(r.runEnd()));
        o.putArray("annotations");
        o.set("estimatedCost", cost(r.estimatedCost()));
        if (r.returnValue() != null) o.set("pipelineReturnValue", r.returnValue());
        ArrayNode runs = o.putArray("activityRuns");
        r.activityRuns().forEach(a -> runs.add(activityRun(a)));
        ArrayNode skipped = o.putArray("skippedActivities");
        r.skippedActivities().forEach(skipped::add);
        ArrayNode children = o.putArray("childRuns");
        r.childRuns().forEach(c -> children.add(pipelineRun(c)));
        return o;
    }

    public static ObjectNode activityRun(ActivityRun a) {
        ObjectNode o = NODES.objectNode();
        o.put("activityRunId", a.activityRunId());
        o.put("activityName", a.activityName());
        o.put("activityType", a.activityType());
        o.put("pipelineName", a.pipelineName());
        o.put("pipelineRunId", a.pipelineRunId());
        o.put("status", a.status().label());
        o.put("activityRunStart", time(a.activityRunStart()));
        o.put("activityRunEnd", time(a.activityRunEnd()));
        o.put("durationInMs", a.durationInMs());
        if (a.retryAttempt() == null) o.putNull("retryAttempt"); else o.put("retryAttempt", a.retryAttempt());
        o.set("input", a.input());
        o.set("output", a.output());
        o.set("error", a.error() == null ? emptyError(a.activityName()) : error(a.error()));
        o.put("effectiveIntegrationRuntime", a.effectiveIntegrationRuntime());
        o.putObject("userProperties");
        o.set("estimatedCost", cost(a.estimatedCost()));
        o.put("scope", a.scope());
        return o;
    }

    /** ADF's error object; an activity that did not fail has one with empty strings, as in ADF. */
    public static ObjectNode error(RunError e) {
        ObjectNode o = NODES.objectNode();
        o.put("errorCode", e.errorCode());
        o.put("message", e.message());
        o.put("failureType", e.failureType());
        o.put("target", e.target());
        return o;
    }

    private static ObjectNode emptyError(String target) {
        return error(new RunError("", "", "", target));
    }

    /** Dollars to 6 decimal places (a thousandth of a cent). */
    public static JsonNode cost(double usd) {
        return NODES.numberNode(BigDecimal.valueOf(usd).setScale(6, RoundingMode.HALF_UP).doubleValue());
    }
}
