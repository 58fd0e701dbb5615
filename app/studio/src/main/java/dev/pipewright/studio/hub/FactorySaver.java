package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.ResourceId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * Saves the factory after a hub edit, in ADF's format, in a {@link Task} on the hub's I/O thread (never on the
 * FX thread). ADF's git mode commits a Manage hub change right away; Pipewright writes it right away.
 */
public final class FactorySaver {
    private final Executor executor;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int running;

    public FactorySaver(Executor executor) {
        this.executor = executor;
    }

    /**
     * Starts a save of the resources a hub edit touched (what the Author hub has not saved stays unsaved); call on
     * the FX thread. With no ids, everything that changed is saved.
     */
    public Task<FactoryWriter.Result> save(Factory factory, String what, ResourceId... ids) {
        List<ResourceId> touched = List.of(ids);
        Task<FactoryWriter.Result> task = new Task<>() {
            {
                updateTitle("Saving: " + what);
            }

            @Override
            protected FactoryWriter.Result call() {
                return touched.isEmpty() ? FactoryWriter.save(factory) : FactoryWriter.save(factory, touched);
            }
        };
        running++;
        saving.set(true);
        task.setOnSucceeded(e -> done(task.getValue().ok() ? what + " — saved " + String.join(", ", task.getValue().written())
                : what + " — not saved: " + task.getValue().problems().get(0).message()));
        task.setOnFailed(e -> done(what + " — not saved: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    private void done(String text) {
        message.set(text);
        running--;
        saving.set(running > 0);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What the last save did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
