package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * A self-hosted IR's keys and nodes: the keys (shown masked, copied, regenerated after confirmation), the nodes
 * with their status and concurrent-jobs limit, the IR's overall status, and registering this machine's embedded
 * runtime as a node. Every operation touches the local stores, so it runs as a task on the hub's I/O executor.
 */
public final class SelfHostedNodesViewModel {
    private final ManagedRuntimes runtimes;
    private final String runtime;
    private final Executor executor;
    private final ReadOnlyStringWrapper key1 = new ReadOnlyStringWrapper(this, "key1", "");
    private final ReadOnlyStringWrapper key2 = new ReadOnlyStringWrapper(this, "key2", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<SelfHostedNodes.Node> nodes = FXCollections.observableArrayList();

    public SelfHostedNodesViewModel(ManagedRuntimes runtimes, String runtime, Executor executor) {
        this.runtimes = runtimes;
        this.runtime = runtime;
        this.executor = executor;
    }

    private record Snapshot(SelfHostedNodes.AuthKeys keys, List<SelfHostedNodes.Node> nodes, String status) {
    }

    private <T> Task<T> run(Callable<T> work, java.util.function.Function<T, String> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                T result = work.call();
                SelfHostedNodes s = runtimes.selfHosted();
                Snapshot snap = new Snapshot(s.keys(runtime), s.nodes(runtime), s.status(runtime).label());
                String text = done == null ? null : done.apply(result);
                javafx.application.Platform.runLater(() -> publish(snap, text));
                return result;
            }
        };
        task.setOnFailed(e -> message.set(task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    private void publish(Snapshot snap, String done) {
        key1.set(snap.keys().key1());
        key2.set(snap.keys().key2());
        nodes.setAll(snap.nodes());
        status.set(snap.status());
        if (done != null) message.set(done);
    }

    /** Reads keys (making them on first use), nodes and status. */
    public Task<Void> refresh() {
        return run(() -> null, null);
    }

    /** Regenerates {@code authKey1} or {@code authKey2}; the view asks for confirmation first. */
    public Task<String> regenerate(String keyName) {
        String key = IrSecrets.AUTH_KEY_1.equals(keyName) ? "Key 1" : "Key 2";
        return run(() -> runtimes.selfHosted().regenerate(runtime, keyName),
                k -> key + " regenerated; nodes already registered stay registered");
    }

    /** Registers this machine with {@code key} (key 1 when null). */
    public Task<SelfHostedNodes.Node> registerThisMachine(String key) {
        return run(() -> runtimes.selfHosted().registerThisMachine(runtime, key != null ? key : runtimes.selfHosted().keys(runtime).key1()),
                node -> "This machine (" + node.name() + ") is registered as a node");
    }

    public Task<Boolean> unregister(String node) {
        return run(() -> runtimes.selfHosted().unregister(runtime, node), removed -> "Node " + node + " removed");
    }

    public Task<Void> setConcurrentJobs(String node, int limit) {
        return run(() -> {
            runtimes.selfHosted().setConcurrentJobs(runtime, node, limit);
            return null;
        }, nothing -> "Concurrent jobs of " + node + ": " + limit);
    }

    /** A key as shown before "Show": the first characters and then dots. */
    public static String masked(String key) {
        return key == null || key.length() < 8 ? "" : key.substring(0, 3) + "•".repeat(24);
    }

    public ReadOnlyStringProperty key1Property() {
        return key1.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty key2Property() {
        return key2.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<SelfHostedNodes.Node> nodes() {
        return nodes;
    }
}
