package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.text.Suggestions;
import dev.pipewright.runtime.placement.Placement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.connect.DataAccess;
import dev.pipewright.runtime.profile.EnvironmentProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs pipelines on this machine with ADF's semantics (docs/runs.md): control flow, variables, expressions,
 * policies, Execute Pipeline; activities that need Azure compute from a run {@link Fixture}. Each activity run
 * says which integration runtime and region ADF would have used (the placement engine) and what it would have
 * cost. One runner serves many runs; close it to stop its threads.
 */
public final class LocalRunner implements AutoCloseable {
    /**
     * @param fixture  outcomes of activities that cannot run here
     * @param clock    the time runs read and wait on
     * @param listener hears each run start and end (the run store)
     * @param data     reads, copies and runs scripts for data activities through the connectors; null: they cannot run
     */
    public record Options(Fixture fixture, RunClock clock, RunListener listener, DataAccess data) {
        /** Without data access: data activities fail as not runnable here. */
        public Options(Fixture fixture, RunClock clock, RunListener listener) {
            this(fixture, clock, listener, null);
        }

        public static Options defaults() {
            return new Options(Fixture.NONE, RunClock.system(), RunListener.NONE, null);
        }
    }

    /** A child run that has been checked and started. */
    record Started(String runId, CompletableFuture<PipelineRun> run) {
    }

    private final Factory factory;
    private final EnvironmentProfile profile;
    private final PlacementEngine placement;
    private final Options options;
    private final ObjectNode globals = JsonNodeFactory.instance.objectNode();
    private final Map<String, Map<String, Placement>> placements = new HashMap<>();
    private final List<String> listenerFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pipewright-run");
        t.setDaemon(true);
        return t;
    });

    public LocalRunner(Factory factory, EnvironmentProfile profile, Options options) {
        this.factory = factory;
        this.profile = profile;
        this.placement = new PlacementEngine(factory, profile, RegionCatalog.standard());
        this.options = options;
        FactoryInfo.of(factory).ifPresent(f -> f.globalParameters().forEach(g -> globals.set(g.name(), g.value() == null ? globals.nullNode() : g.value())));
    }

    /** The pipeline by name (ignoring case). @throws IllegalArgumentException naming the pipelines there are */
    public Pipeline pipeline(String name) {
        return factory.get(ResourceKind.PIPELINE, name).map(Pipeline::new).orElseThrow(() -> {
            List<String> names = factory.resources(ResourceKind.PIPELINE).stream().map(Resource::name).toList();
            return new IllegalArgumentException("the factory has no pipeline named \"" + name + "\"" + Suggestions.didYouMean(name, names)
                    + (names.isEmpty() ? " (it has no pipelines)" : ""));
        });
    }

    /**
     * What ADF would bill for a run of the pipeline at least, before it runs (US dollars): the run and each activity
     * once, one billed minute each ({@link CostModel}); loops and longer activities add to it.
     */
    public double estimateBefore(String pipelineName) {
        Pipeline p = pipeline(pipelineName);
        return CostModel.before(p.allActivities(), a -> {
            Placement pl = placement(p.name(), a.name());
            return pl == null ? null : pl.runtime();
        });
    }

    /**
     * Runs the pipeline to its end (or until {@code control} cancels it), child runs included.
     *
     * @param parameters values by name; text is converted to the declared type, missing ones take their defaults
     * @throws IllegalArgumentException when the pipeline does not exist or a parameter is missing or ill-typed (nothing ran)
     */
    public PipelineRun run(String pipelineName, Map<String, JsonNode> parameters, RunControl control) {
        Pipeline p = pipeline(pipelineName);
        Map<String, JsonNode> values = RunParameters.complete(p, parameters);
        ObjectNode invokedBy = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString()).put("name", "Manual")
                .put("invokedByType", "Manual");
        return execute(p, values, invokedBy, control, 0, UUID.randomUUID().toString(), null);
    }

    Started startChild(String pipelineName, Map<String, JsonNode> parameters, RunContext parent, String activity) {
        Pipeline p = pipeline(pipelineName);
        Map<String, JsonNode> values = RunParameters.complete(p, parameters);
        ObjectNode invokedBy = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString()).put("name", activity)
                .put("invokedByType", "PipelineActivity").put("pipelineName", parent.pipeline().name()).put("pipelineRunId", parent.runId());
        String runId = UUID.randomUUID().toString();
        CompletableFuture<PipelineRun> run = CompletableFuture.supplyAsync(
                () -> execute(p, values, invokedBy, parent.control(), parent.depth() + 1, runId, parent), pool);
        return new Started(runId, run);
    }

    private PipelineRun execute(Pipeline p, Map<String, JsonNode> values, ObjectNode invokedBy, RunControl control, int depth, String runId,
                                RunContext parent) {
        var start = options.clock().now();
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        values.forEach(parameters::set);
        ObjectNode pipelineObject = JsonNodeFactory.instance.objectNode();
        pipelineObject.set("parameters", parameters);
        pipelineObject.set("globalParameters", globals);
        pipelineObject.put("DataFactory", placement.factory().name());
        pipelineObject.put("Pipeline", p.name());
        pipelineObject.put("RunId", runId);
        pipelineObject.put("TriggerType", parent == null ? "Manual" : "PipelineActivity");
        pipelineObject.put("TriggerId", invokedBy.get("id").asText());
        pipelineObject.put("TriggerName", invokedBy.get("name").asText());
        pipelineObject.put("TriggerTime", RunJson.time(start));
        pipelineObject.put("GroupId", parent == null ? runId : parent.pipelineObject().path("GroupId").asText());
        pipelineObject.put("TriggeredByPipelineName", parent == null ? null : parent.pipeline().name());
        pipelineObject.put("TriggeredByPipelineRunId", parent == null ? null : parent.runId());
        RunContext ctx = new RunContext(this, p, runId, pipelineObject, control, depth);
        PipelineRun begun = new PipelineRun(runId, p.name(), masked(p, parameters), invokedBy, start, start, RunStatus.IN_PROGRESS, "",
                List.of(), List.of(), null, List.of(), 0);
        tell(() -> options.listener().started(begun));
        RunStatus status = ScopeRunner.run(ctx, Frame.top(), p.activities());
        List<PipelineRun> children = ctx.children();
        List<ActivityRun> records = ctx.records();
        String message = status == RunStatus.FAILED ? failureMessage(records) : status == RunStatus.CANCELLED ? "The run was cancelled" : "";
        PipelineRun done = new PipelineRun(runId, p.name(), masked(p, parameters), invokedBy, start, options.clock().now(), status, message, records,
                ctx.skipped(), ctx.returnValue(), children, CostModel.run(records));
        tell(() -> options.listener().finished(done));
        return done;
    }

    /** A listener that fails (the run store) does not stop the run: what it said is kept for {@link #listenerFailures()}. */
    private void tell(Runnable notify) {
        try {
            notify.run();
        } catch (RuntimeException e) {
            listenerFailures.add(e.getMessage());
        }
    }

    /** What the listener (the run store) failed with during runs, e.g. a store that cannot be written. */
    public List<String> listenerFailures() {
        return List.copyOf(listenerFailures);
    }

    /** ADF's run message: "Operation on target X failed: <its message>" for each failed top-level activity. */
    private static String failureMessage(List<ActivityRun> records) {
        List<String> failed = records.stream().filter(r -> r.status() == RunStatus.FAILED && r.scope().isEmpty() && r.error() != null)
                .map(r -> "Operation on target " + r.activityName() + " failed: " + r.error().message()).distinct().toList();
        return failed.isEmpty() ? "The pipeline failed: a leaf activity did not succeed" : String.join("\n", failed);
    }

    /** SecureString parameters as ADF shows them in a run record. */
    private static ObjectNode masked(Pipeline p, ObjectNode parameters) {
        ObjectNode o = parameters.deepCopy();
        p.parameters().forEach((name, def) -> {
            if (def.path("type").asText().equalsIgnoreCase("SecureString") && o.has(name)) o.set(name, ActivityExecutor.MASKED);
        });
        return o;
    }

    RunClock clock() {
        return options.clock();
    }

    Fixture fixture() {
        return options.fixture();
    }

    ExecutorService pool() {
        return pool;
    }

    EnvironmentProfile profile() {
        return profile;
    }

    /** The linked service's {@code properties.type}, or "" when it does not exist. */
    String linkedServiceType(String name) {
        return factory.get(ResourceKind.LINKED_SERVICE, name).map(r -> r.json().path("properties").path("type").asText("")).orElse("");
    }

    DataAccess data() {
        return options.data();
    }

    /** Where the placement engine puts the activity (IR, region, what ADF would reject); null when it has none. */
    synchronized Placement placement(String pipeline, String activity) {
        Map<String, Placement> byActivity = placements.computeIfAbsent(pipeline.toLowerCase(Locale.ROOT), k -> {
            Map<String, Placement> m = new HashMap<>();
            for (Placement pl : placement.resolve(pipeline(pipeline))) m.put(pl.activity().toLowerCase(Locale.ROOT), pl);
            return m;
        });
        return byActivity.get(activity.toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
