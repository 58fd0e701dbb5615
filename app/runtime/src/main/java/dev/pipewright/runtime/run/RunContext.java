package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.runtime.placement.RuntimeChoice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** The state of one pipeline run while it runs: its pipeline() object, variables, records and child runs. */
final class RunContext {
    private final LocalRunner runner;
    private final Pipeline pipeline;
    private final String runId;
    private final ObjectNode pipelineObject;
    private final Variables variables;
    private final RunControl control;
    private final int depth;
    private final List<ActivityRun> records = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<CompletableFuture<PipelineRun>> children = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile JsonNode returnValue;
    private final SecretScrubber scrubber;

    RunContext(LocalRunner runner, Pipeline pipeline, String runId, ObjectNode pipelineObject, RunControl control, int depth) {
        this.runner = runner;
        this.pipeline = pipeline;
        this.runId = runId;
        this.pipelineObject = pipelineObject;
        this.variables = new Variables(pipeline.variables());
        this.control = control;
        this.depth = depth;
        List<String> secrets = new ArrayList<>();
        pipeline.parameters().forEach((name, def) -> {
            JsonNode v = pipelineObject.path("parameters").get(name);
            if (def.path("type").asText().equalsIgnoreCase("SecureString") && v != null && v.isTextual()) secrets.add(v.asText());
        });
        this.scrubber = new SecretScrubber(secrets);
    }

    SecretScrubber scrubber() {
        return scrubber;
    }

    LocalRunner runner() {
        return runner;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    String runId() {
        return runId;
    }

    ObjectNode pipelineObject() {
        return pipelineObject;
    }

    Variables variables() {
        return variables;
    }

    RunControl control() {
        return control;
    }

    int depth() {
        return depth;
    }

    RunClock clock() {
        return runner.clock();
    }

    Fixture fixture() {
        return runner.fixture();
    }

    /** Where the activity runs per the placement engine; null when it has no placement. */
    RuntimeChoice placement(String activity) {
        var p = runner.placement(pipeline.name(), activity);
        return p == null ? null : p.runtime();
    }

    /** What ADF would reject about where the activity runs (an unreachable private store …), as messages. */
    List<String> placementErrors(String activity) {
        var p = runner.placement(pipeline.name(), activity);
        if (p == null) return List.of();
        return p.problems().stream().filter(dev.pipewright.core.problem.Problem::isError).map(pr -> pr.code() + " " + pr.message()).toList();
    }

    long nextSequence() {
        return sequence.getAndIncrement();
    }

    synchronized void record(ActivityRun run) {
        records.add(run);
    }

    synchronized void skipped(String scope, String activity) {
        skipped.add(scope.isEmpty() ? activity : scope + "/" + activity);
    }

    synchronized void child(CompletableFuture<PipelineRun> run) {
        children.add(run);
    }

    void returnValue(JsonNode value) {
        this.returnValue = value;
    }

    JsonNode returnValue() {
        return returnValue;
    }

    synchronized List<ActivityRun> records() {
        List<ActivityRun> sorted = new ArrayList<>(records);
        sorted.sort(java.util.Comparator.comparing(ActivityRun::activityRunStart).thenComparingLong(ActivityRun::sequence));
        return sorted;
    }

    synchronized List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** The child runs, waiting for those started without waitOnCompletion to end. */
    List<PipelineRun> children() {
        List<CompletableFuture<PipelineRun>> list;
        synchronized (this) {
            list = List.copyOf(children);
        }
        return list.stream().map(CompletableFuture::join).toList();
    }
}
