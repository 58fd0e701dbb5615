package dev.pipewright.studio.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.runtime.connect.Call;
import dev.pipewright.runtime.connect.ConnectionResult;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.PreviewResult;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Test connection and Preview data for the studio: runs the runtime's {@link Connections} in a task off the
 * JavaFX thread, with progress, Cancel (which aborts the call at once) and the IR and region used. Holds no
 * scene-graph nodes; {@link DataPreviewView} shows it.
 */
public final class ConnectViewModel {
    private final Supplier<Connections> connections;
    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<Object[]> rows = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private Duration timeout = Call.DEFAULT_TIMEOUT;
    private Call call;
    private Task<?> task;

    /** @param connections the factory and active profile as they are now (asked for at each call) */
    public ConnectViewModel(Supplier<Connections> connections, Executor executor) {
        this.connections = connections;
        this.executor = executor;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Tests a linked service's connection. */
    public Task<ConnectionResult> testConnection(String linkedService) {
        return testConnection(linkedService, connections);
    }

    /** Tests a linked service's connection through {@code with} (e.g. a factory holding an unsaved linked service). */
    public Task<ConnectionResult> testConnection(String linkedService, Supplier<Connections> with) {
        return start("Testing connection to " + linkedService + "…", c -> with.get().testConnection(linkedService, c), r -> {
            problems.setAll(r.problems());
            status.set(r.ok() ? "Connection successful via " + r.via() + " (" + r.detail() + ")" + standIn(r.problems())
                    : "Connection failed" + (r.via().isEmpty() ? "" : " via " + r.via()));
        });
    }

    /** Previews the first {@code rowCount} rows of a dataset. */
    public Task<PreviewResult> preview(String dataset, int rowCount, Map<String, String> parameters) {
        return preview(PreviewSource.of(dataset), rowCount, parameters);
    }

    /** Previews the first {@code rowCount} rows an activity's source reads: its query's result when it has one. */
    public Task<PreviewResult> preview(PreviewSource source, int rowCount, Map<String, String> parameters) {
        String dataset = source.dataset();
        return start("Previewing " + dataset + "…", c -> source.activity() == null
                ? connections.get().preview(dataset, rowCount, parameters, null, c)
                : connections.get().previewFrom(source.activity(), source.pipelineParameters(), dataset, rowCount, parameters, c), r -> {
            problems.setAll(r.problems());
            columns.setAll(r.columns());
            rows.setAll(r.rows());
            status.set(r.ok() ? r.rows().size() + (r.rows().size() == 1 ? " row" : " rows") + (r.more() ? " (more in the source)" : "")
                    + " via " + r.via() + String.format(Locale.ROOT, " in %.2f s", r.elapsed().toNanos() / 1e9) + standIn(r.problems())
                    : "Preview failed" + (r.via().isEmpty() ? "" : " via " + r.via()));
        });
    }

    /** " — the local runtime stood in …" when the call ran on a self-hosted IR without an online node (PW716). */
    private static String standIn(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.code().equals(dev.pipewright.core.problem.ProblemCode.SELF_HOSTED_STAND_IN.code()))
                ? " — the local runtime stood in for the self-hosted IR: in ADF it would fail until a node is online" : "";
    }

    /** Cancels the running call: its connection is closed and the call ends with "Cancelled" (PW713). */
    public void cancel() {
        if (call != null) call.cancel();
    }

    /**
     * Forgets the last result (another resource was selected, or the tested draft changed): a running call is
     * cancelled and its result, arriving later, is dropped.
     */
    public void reset() {
        if (task != null && task.isRunning()) {
            cancel();
            task.cancel(false);
        }
        task = null;
        running.set(false);
        status.set("");
        progress.set("");
        problems.clear();
        columns.clear();
        rows.clear();
    }

    private <T> Task<T> start(String what, Function<Call, T> work, java.util.function.Consumer<T> done) {
        if (task != null && task.isRunning()) cancel();
        Call c = new Call(timeout, step -> Platform.runLater(() -> progress.set(step)));
        call = c;
        Task<T> t = new Task<>() {
            {
                updateTitle(what);
            }

            @Override
            protected T call() {
                return work.apply(c);
            }
        };
        t.setOnSucceeded(e -> {
            if (task != t) return;
            running.set(false);
            progress.set("");
            done.accept(t.getValue());
        });
        t.setOnFailed(e -> {
            if (task != t) return;
            running.set(false);
            progress.set("");
            status.set("Failed: " + t.getException().getMessage());
        });
        task = t;
        running.set(true);
        status.set(what);
        problems.clear();
        columns.clear();
        rows.clear();
        executor.execute(t);
        return t;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<Object[]> rows() {
        return rows;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Problems as the CLI prints them, one line each. */
    public List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
