package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.ir.IrListing;
import dev.pipewright.core.manage.Deletion;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.studio.hub.DeleteCommand;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.studio.hub.CommandStack;
import dev.pipewright.studio.hub.FactorySaver;
import dev.pipewright.studio.hub.RuntimeTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The integration runtime list of the Manage hub: rows from the factory with each IR's status, the selected row,
 * and the actions on it (new, edit, start/stop Azure-SSIS). Status reads and lifecycle changes touch the local
 * state file, so they run in tasks on the hub's I/O executor.
 */
public final class IrListViewModel {
    private final ObservableList<IrRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<IrRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Executor executor;
    private final CommandStack commands;
    private final FactorySaver saver;
    private final Supplier<SecretStore> secrets;
    private ManagedRuntimes runtimes;

    /** What a delete did: done, refused (why in {@link #messageProperty()}), or waiting for the user's yes. */
    public enum DeleteOutcome { DELETED, REFUSED, CONFIRM }

    /** @param secrets the unlocked secret store, or null while it is locked (a delete then leaves the IR's keys in it) */
    public IrListViewModel(Executor executor, CommandStack commands, FactorySaver saver, Supplier<SecretStore> secrets) {
        this.executor = executor;
        this.commands = commands;
        this.saver = saver;
        this.secrets = secrets;
    }

    /** Shows the IRs of another factory (null: none). */
    public void show(ManagedRuntimes runtimes) {
        this.runtimes = runtimes;
        refresh();
    }

    public ManagedRuntimes runtimes() {
        return runtimes;
    }

    /** Reads the rows and statuses in the background and publishes them; returns the task (tests wait on it). */
    public Task<List<IrRow>> refresh() {
        ManagedRuntimes rt = runtimes;
        Task<List<IrRow>> task = new Task<>() {
            @Override
            protected List<IrRow> call() {
                return rt == null ? List.of() : rows(rt);
            }
        };
        task.setOnSucceeded(e -> {
            if (rt != runtimes) return;
            String keep = selected.get() == null ? null : selected.get().name();
            rows.setAll(task.getValue());
            selected.set(rows.stream().filter(r -> r.name().equals(keep)).findFirst().orElse(null));
        });
        task.setOnFailed(e -> message.set("Could not read the IR states: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    static List<IrRow> rows(ManagedRuntimes rt) {
        return IrListing.rows(rt.factory()).stream().map(r -> {
            boolean unsupported = rt.synapse() && r.kind() == IntegrationRuntime.Kind.AZURE_SSIS;
            String related = r.usedBy().isEmpty() ? "" : r.usedBy().size() + ": " + String.join(", ", r.usedBy());
            return new IrRow(r.name(), r.kind(), r.typeLabel(), r.subType(), r.region(), rt.status(r.name()), related, r.implicit(),
                    unsupported);
        }).toList();
    }

    public ObservableList<IrRow> rows() {
        return rows;
    }

    public ObjectProperty<IrRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A wizard for a new IR of {@code kind}. */
    public IrWizardViewModel newWizard(IntegrationRuntime.Kind kind) {
        return IrWizardViewModel.create(runtimes, kind);
    }

    /** A wizard for the selected IR; empty for the implicit default, which ADF does not let you edit. */
    public java.util.Optional<IrWizardViewModel> editWizard() {
        IrRow row = selected.get();
        if (row == null || row.implicit()) return java.util.Optional.empty();
        return java.util.Optional.of(IrWizardViewModel.edit(runtimes, row.name()));
    }

    /**
     * Checks the wizard and, when ADF would accept it, runs its command (create or edit, then save). Returns
     * false, with the findings in the wizard, when refused.
     */
    public boolean submit(IrWizardViewModel wizard) {
        var settings = wizard.check();
        if (settings.isEmpty()) return false;
        try {
            commands.execute(wizard.command(settings.get(), saver));
        } catch (IrCommand.Refused refused) {
            wizard.problems().setAll(refused.problems());
            return false;
        }
        message.set(commands.lastActionProperty().get());
        refresh();
        return true;
    }

    /**
     * Deletes the IR named {@code name} as ADF does: refused while linked services or other IRs reference it, for the
     * default IR, and for an Azure-SSIS IR that is not stopped. A self-hosted IR with registered nodes asks first
     * (ADF asks to remove the nodes): {@link DeleteOutcome#CONFIRM} with the question in {@link #messageProperty()};
     * call again with {@code confirmed} to delete it and unregister its nodes (undo registers them again).
     */
    public DeleteOutcome delete(String name, boolean confirmed) {
        ResourceId id = ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, name);
        Optional<String> refused = Deletion.refusal(runtimes.factory(), id).map(Problem::message).or(() -> runtimes.deleteRefusal(name));
        if (refused.isEmpty() && !runtimes.factory().contains(id)) refused = Optional.of("'" + name + "' has no file to delete");
        if (refused.isPresent()) {
            message.set(refused.get());
            return DeleteOutcome.REFUSED;
        }
        SelfHostedNodes nodes = runtimes.selfHosted();
        int registered = nodes.nodes(name).size();
        if (registered > 0 && !confirmed) {
            message.set("'" + name + "' has " + registered + (registered == 1 ? " registered node" : " registered nodes")
                    + ". ADF asks to remove the nodes first: delete the integration runtime and unregister its nodes?");
            return DeleteOutcome.CONFIRM;
        }
        DeleteCommand.Attached attached = registered == 0 ? null : new DeleteCommand.Attached() {
            private SelfHostedNodes.Detached detached;

            @Override
            public void detach() {
                detached = nodes.detachAll(name);
            }

            @Override
            public void reattach() {
                nodes.reattach(detached);
            }
        };
        commands.execute(new DeleteCommand(runtimes.factory(), saver, id, secrets == null ? null : secrets.get(), runtimes.scope(), attached));
        message.set(commands.lastActionProperty().get());
        selected.set(null);
        refresh();
        return DeleteOutcome.DELETED;
    }

    /** Whether an Azure-SSIS IR is between states (the view refreshes until it settles). */
    public boolean transitioning() {
        return rows.stream().anyMatch(r -> r.status().equals("Starting") || r.status().equals("Stopping"));
    }

    /** Why the selected row cannot be started now, or null when it can. */
    public String startRefusal(IrRow row) {
        if (row == null) return "Select an Azure-SSIS integration runtime to start";
        if (row.kind() != IntegrationRuntime.Kind.AZURE_SSIS) return "Only Azure-SSIS integration runtimes are started and stopped";
        if (row.unsupported()) return "Azure-SSIS is not supported in Synapse";
        if (!row.status().equals("Initial") && !row.status().equals("Stopped")) return "'" + row.name() + "' is " + row.status() + ": only a stopped runtime starts";
        return null;
    }

    /** Why the selected row cannot be stopped now, or null when it can. */
    public String stopRefusal(IrRow row) {
        if (row == null) return "Select an Azure-SSIS integration runtime to stop";
        if (row.kind() != IntegrationRuntime.Kind.AZURE_SSIS) return "Only Azure-SSIS integration runtimes are started and stopped";
        if (!row.status().equals("Started")) return "'" + row.name() + "' is " + row.status() + ": only a started runtime stops";
        return null;
    }

    /** Why the selected row cannot be edited, or null when it can. */
    public String editRefusal(IrRow row) {
        if (row == null) return "Select an integration runtime to edit";
        if (row.implicit()) return row.name() + " is every factory's default runtime: ADF does not let it be edited";
        return null;
    }

    /** Starts (true) or stops (false) an Azure-SSIS IR in the background, then refreshes. */
    public Task<String> startOrStop(String name, boolean start) {
        return RuntimeTasks.startOrStop(executor, runtimes, name, start, message, this::refresh);
    }
}
