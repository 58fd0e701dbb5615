package dev.pipewright.studio.hub.monitor;

import dev.pipewright.core.ir.IrListing;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import dev.pipewright.runtime.ir.SsisCost;
import dev.pipewright.runtime.ir.SsisState;
import dev.pipewright.studio.hub.RuntimeTasks;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** The Monitor hub's integration runtime tiles; reads and start/stop run as tasks on the hub's I/O executor. */
public final class IrTilesViewModel {
    private final ObservableList<IrTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableValue<ManagedRuntimes> runtimes;
    private final Executor executor;

    public IrTilesViewModel(ObservableValue<ManagedRuntimes> runtimes, Executor executor) {
        this.runtimes = runtimes;
        this.executor = executor;
        runtimes.addListener((obs, old, now) -> refresh());
    }

    public Task<List<IrTile>> refresh() {
        ManagedRuntimes rt = runtimes.getValue();
        Task<List<IrTile>> task = new Task<>() {
            @Override
            protected List<IrTile> call() {
                return rt == null ? List.of() : tiles(rt);
            }
        };
        task.setOnSucceeded(e -> {
            if (rt == runtimes.getValue()) tiles.setAll(task.getValue());
        });
        task.setOnFailed(e -> message.set("Could not read the IR states: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    static List<IrTile> tiles(ManagedRuntimes rt) {
        List<IrTile> list = new ArrayList<>();
        for (IrListing.Row row : IrListing.rows(rt.factory())) {
            String status = rt.status(row.name());
            String size = "";
            String nodes = "";
            String cost = "";
            boolean start = false;
            boolean stop = false;
            if (row.kind() == IntegrationRuntime.Kind.AZURE_SSIS) {
                IntegrationRuntime ir = rt.runtime(row.name()).orElseThrow();
                size = ir.nodeSize().orElse("");
                int requested = ir.numberOfNodes().orElse(0);
                SsisState state = rt.ssis().state(row.name());
                nodes = (state == SsisState.STARTED || state == SsisState.STOPPING ? requested : 0) + "/" + requested;
                cost = SsisCost.hourly(size, requested).map(SsisCost.Estimate::label).orElse("");
                start = state.editable() && !rt.synapse();
                stop = state == SsisState.STARTED;
            } else if (row.kind() == IntegrationRuntime.Kind.SELF_HOSTED) {
                List<SelfHostedNodes.Node> n = rt.selfHosted().nodes(row.name());
                nodes = n.stream().filter(x -> x.status() == SelfHostedNodes.NodeStatus.ONLINE).count() + "/" + n.size();
            }
            list.add(new IrTile(row.name(), row.kind(), row.typeLabel() + (row.subType().isEmpty() ? "" : " · " + row.subType()),
                    row.region().isEmpty() ? "—" : row.region(), size.isEmpty() ? "—" : size, nodes.isEmpty() ? "—" : nodes, status,
                    cost, start, stop));
        }
        return list;
    }

    /** Starts (true) or stops (false) an Azure-SSIS IR, then refreshes. */
    public Task<String> startOrStop(String name, boolean start) {
        return RuntimeTasks.startOrStop(executor, runtimes.getValue(), name, start, message, this::refresh);
    }

    /** Whether an IR is between states (the view refreshes until it settles). */
    public boolean transitioning() {
        return tiles.stream().anyMatch(t -> t.status().equals("Starting") || t.status().equals("Stopping"));
    }

    public ObservableList<IrTile> tiles() {
        return tiles;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
