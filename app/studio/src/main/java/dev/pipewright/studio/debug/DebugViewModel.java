package dev.pipewright.studio.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.DataAccess;
import dev.pipewright.runtime.run.ActivityRun;
import dev.pipewright.runtime.run.Fixture;
import dev.pipewright.runtime.run.LocalRunner;
import dev.pipewright.runtime.run.PipelineRun;
import dev.pipewright.runtime.run.RunClock;
import dev.pipewright.runtime.run.RunControl;
import dev.pipewright.runtime.run.RunListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * ADF's Debug, on this machine: the pipeline as saved runs in the local run engine (the same as {@code pipewright run})
 * through the active profile's connections, off the JavaFX thread and cancellable; the Output lists its activity runs
 * with ADF's fields (status, duration, the IR and region ADF would use, the estimated cost).
 */
public final class DebugViewModel {
    private static final ExecutorService RUNS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pipewright-debug");
        t.setDaemon(true);
        return t;
    });

    private final Path root;
    private final String pipeline;
    private final java.util.function.Function<Factory, Connections> factoryConnections;
    private final java.util.function.Function<Path, RunListener> history;
    private final Runnable recorded;
    private final ObservableList<ActivityRun> activityRuns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Debug runs the pipeline as saved, here, through the active profile");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Task<PipelineRun> current;

    /**
     * @param connections the active profile's connections over a factory (the window's services)
     * @param history  where runs are recorded for the Monitor hub (the run store; null: not recorded)
     * @param recorded told on the JavaFX thread when a run was recorded
     */
    public DebugViewModel(Path root, String pipeline, java.util.function.Function<Factory, Connections> connections,
                          java.util.function.Function<Path, RunListener> history, Runnable recorded) {
        this.root = root;
        this.pipeline = pipeline;
        this.factoryConnections = connections;
        this.history = history;
        this.recorded = recorded;
    }

    /** Runs the pipeline with these parameter values (text, converted to the declared types; missing ones take defaults). */
    public Task<PipelineRun> debug(Map<String, String> parameters) {
        if (current != null && current.isRunning()) return current;
        RunControl control = new RunControl();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        parameters.forEach((k, v) -> values.put(k, TextNode.valueOf(v)));
        Task<PipelineRun> task = new Task<>() {
            {
                updateTitle("Debug " + pipeline);
            }

            @Override
            protected PipelineRun call() {
                Factory factory = Factory.load(root);
                Connections c = factoryConnections.apply(factory);
                RunListener store = history.apply(root);
                LocalRunner.Options options = new LocalRunner.Options(Fixture.NONE, RunClock.system(), store == null ? RunListener.NONE : store, new DataAccess(c));
                try (LocalRunner runner = new LocalRunner(factory, c.profile(), options)) {
                    return runner.run(pipeline, values, control);
                }
            }

            @Override
            public boolean cancel(boolean mayInterrupt) {
                control.cancel();
                return super.cancel(mayInterrupt);
            }
        };
        current = task;
        running.set(true);
        activityRuns.clear();
        summary.set("Running " + pipeline + "…");
        task.setOnSucceeded(e -> {
            running.set(false);
            PipelineRun run = task.getValue();
            activityRuns.setAll(all(run));
            summary.set(describe(run));
            recorded.run();
        });
        task.setOnFailed(e -> {
            running.set(false);
            summary.set("Could not run: " + task.getException().getMessage());
        });
        task.setOnCancelled(e -> {
            running.set(false);
            summary.set("Cancelled");
        });
        RUNS.execute(task);
        return task;
    }

    /** The run's activity runs and its child runs', in start order. */
    private static List<ActivityRun> all(PipelineRun run) {
        List<ActivityRun> list = new java.util.ArrayList<>(run.activityRuns());
        for (PipelineRun child : run.childRuns()) list.addAll(all(child));
        list.sort(java.util.Comparator.comparingLong(ActivityRun::sequence));
        return list;
    }

    static String describe(PipelineRun run) {
        return "Pipeline run " + run.runId().substring(0, 8) + ": " + run.status().label() + " in " + seconds(run.durationInMs())
                + ", " + run.activityRuns().size() + " activity runs, estimated ADF cost $" + String.format(Locale.ROOT, "%.4f", run.estimatedCost())
                + (run.message() == null || run.message().isEmpty() ? "" : " — " + run.message());
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    public void cancel() {
        if (current != null) current.cancel();
    }

    public ObservableList<ActivityRun> activityRuns() {
        return activityRuns;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
