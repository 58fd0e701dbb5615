package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.ResourceId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Saves a hub edit, in ADF's format, in a {@link Task} on the hub's I/O thread (never on the FX thread). ADF's git
 * mode commits a Manage hub change right away; Pipewright writes it right away: the one resource the edit changed
 * (or removes its file when it was deleted), never unsaved canvas edits of other resources.
 */
public final class FactorySaver {
    private final Executor executor;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int running;

    public FactorySaver(Executor executor) {
        this.executor = executor;
    }

    /** Starts the save of the resource {@code id} (written, or its file deleted); call on the FX thread. */
    public Task<FactoryWriter.Result> save(Factory factory, ResourceId id, String what) {
        Task<FactoryWriter.Result> task = new Task<>() {
            @Override
            protected FactoryWriter.Result call() {
                return FactoryWriter.save(factory, id);
            }
        };
        running++;
        saving.set(true);
        task.setOnSucceeded(e -> done(task.getValue().ok() ? what + " — " + summary(task.getValue())
                : what + " — not saved: " + task.getValue().problems().get(0).message()));
        task.setOnFailed(e -> done(what + " — not saved: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    private static String summary(FactoryWriter.Result r) {
        List<String> parts = new ArrayList<>();
        if (!r.written().isEmpty()) parts.add("saved " + String.join(", ", r.written()));
        if (!r.deleted().isEmpty()) parts.add("deleted " + String.join(", ", r.deleted()));
        return parts.isEmpty() ? "nothing to save" : String.join("; ", parts);
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
