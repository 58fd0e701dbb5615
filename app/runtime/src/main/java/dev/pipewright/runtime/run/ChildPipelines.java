package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Execute Pipeline: a child run of the referenced pipeline with the evaluated parameters. With
 * {@code waitOnCompletion} (ADF's default is false) the activity ends as the child ends and fails when it fails;
 * without, it succeeds once the child has started, and the parent run still waits for the child before it ends.
 */
final class ChildPipelines {
    private ChildPipelines() {
    }

    static JsonNode execute(Attempt at) throws ActivityFailure {
        String name = at.activity.typeProperties().path("pipeline").path("referenceName").asText("");
        JsonNode given = at.property("parameters");
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (given != null && given.isObject()) given.fields().forEachRemaining(f -> parameters.put(f.getKey(), f.getValue()));
        boolean wait = at.activity.typeProperties().path("waitOnCompletion").asBoolean(false);
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.putObject("pipeline").put("referenceName", name).put("type", "PipelineReference");
        input.set("parameters", given == null ? JsonNodeFactory.instance.objectNode() : given);
        input.put("waitOnCompletion", wait);
        at.input = input;
        if (at.run.depth() + 1 >= ControlFlow.MAX_PIPELINE_DEPTH) {
            throw at.failure(RunCodes.NESTING, "Execute Pipeline " + at.activity.name() + " would nest pipelines " + ControlFlow.MAX_PIPELINE_DEPTH
                    + " deep (does a pipeline start itself?)");
        }
        CompletableFuture<PipelineRun> child;
        String childRunId;
        try {
            LocalRunner.Started started = at.run.runner().startChild(name, parameters, at.run, at.activity.name());
            child = started.run();
            childRunId = started.runId();
        } catch (IllegalArgumentException e) {
            throw at.failure(RunCodes.NESTING, "Execute Pipeline " + at.activity.name() + " cannot start " + name + ": " + e.getMessage());
        }
        at.run.child(child);
        ObjectNode output = JsonNodeFactory.instance.objectNode().put("pipelineName", name).put("pipelineRunId", childRunId);
        if (!wait) return output;
        PipelineRun done = child.join();
        if (done.returnValue() != null) output.set("pipelineReturnValue", done.returnValue());
        if (done.status() == RunStatus.CANCELLED) throw at.cancelled();
        if (done.status() != RunStatus.SUCCEEDED) {
            throw at.failure(RunCodes.INNER_FAILED, "Operation on target " + name + " failed: " + done.message());
        }
        return output;
    }
}
