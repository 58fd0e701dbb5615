package dev.pipewright.studio.hub.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.HubServices;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Locale;

/**
 * Monitor › Pipeline runs: the factory's run history (the run store that Debug and {@code pipewright run} write), newest
 * first, filtered by status and pipeline name as ADF's grid filters; a selected run's activity runs. Read off the
 * JavaFX thread; read again when a run is recorded, when the factory changes and on Refresh.
 */
public final class PipelineRunsViewModel {
    /** The status filter's choices, as ADF's. */
    public static final List<String> STATUSES = List.of("All statuses", "Succeeded", "Failed", "InProgress", "Cancelled");

    private final ObservableValue<Factory> factory;
    private final HubServices services;
    private final ObservableList<JsonNode> all = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> runs = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> activityRuns = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", STATUSES.get(0));
    private final StringProperty pipeline = new SimpleStringProperty(this, "pipeline", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PipelineRunsViewModel(ObservableValue<Factory> factory, HubServices services) {
        this.factory = factory;
        this.services = services;
        factory.addListener((obs, old, now) -> refresh());
        services.runsRecordedProperty().addListener((obs, old, now) -> refresh());
        status.addListener((obs, old, now) -> filter());
        pipeline.addListener((obs, old, now) -> filter());
        refresh();
    }

    /** Reads the history again. */
    public void refresh() {
        Factory f = factory.getValue();
        if (f == null) {
            all.clear();
            filter();
            return;
        }
        Task<List<JsonNode>> task = new Task<>() {
            @Override
            protected List<JsonNode> call() {
                var store = services.runs(f.root());
                return store == null ? List.of() : store.list(200);
            }
        };
        task.setOnSucceeded(e -> {
            all.setAll(task.getValue());
            filter();
        });
        task.setOnFailed(e -> message.set("The run history cannot be read: " + task.getException().getMessage()));
        try {
            services.executor().execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the studio is closing
        }
    }

    private void filter() {
        String s = status.get();
        String p = pipeline.get() == null ? "" : pipeline.get().strip().toLowerCase(Locale.ROOT);
        runs.setAll(all.stream().filter(r -> STATUSES.get(0).equals(s) || r.path("status").asText().equals(s))
                .filter(r -> p.isEmpty() || r.path("pipelineName").asText().toLowerCase(Locale.ROOT).contains(p)).toList());
        message.set(all.isEmpty() ? "No runs yet: Debug a pipeline (or pipewright run) and its runs are listed here"
                : runs.size() + " of " + all.size() + (all.size() == 1 ? " run" : " runs"));
    }

    /** Shows the activity runs of a run (null: none). */
    public void select(JsonNode run) {
        activityRuns.clear();
        Factory f = factory.getValue();
        if (run == null || f == null) return;
        String id = run.path("runId").asText();
        Task<List<JsonNode>> task = new Task<>() {
            @Override
            protected List<JsonNode> call() {
                var store = services.runs(f.root());
                if (store == null) return List.of();
                List<JsonNode> list = new java.util.ArrayList<>();
                store.get(id).ifPresent(r -> r.path("activityRuns").forEach(list::add));
                return list;
            }
        };
        task.setOnSucceeded(e -> activityRuns.setAll(task.getValue()));
        services.executor().execute(task);
    }

    public ObservableList<JsonNode> runs() {
        return runs;
    }

    public ObservableList<JsonNode> activityRuns() {
        return activityRuns;
    }

    public StringProperty statusFilterProperty() {
        return status;
    }

    public StringProperty pipelineFilterProperty() {
        return pipeline;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
