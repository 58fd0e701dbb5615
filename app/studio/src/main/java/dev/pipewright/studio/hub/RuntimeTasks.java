package dev.pipewright.studio.hub;

import dev.pipewright.runtime.ir.ManagedRuntimes;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.Executor;

/** Tasks on integration runtimes that touch the local state file, shared by the Manage and Monitor hubs. */
public final class RuntimeTasks {
    private RuntimeTasks() {
    }

    /**
     * Starts (true) or stops (false) an Azure-SSIS IR on {@code executor}; then reports "name: state" (or the
     * refusal) into {@code message} and runs {@code refresh}, on the FX thread.
     */
    public static Task<String> startOrStop(Executor executor, ManagedRuntimes runtimes, String name, boolean start,
                                           StringProperty message, Runnable refresh) {
        Task<String> task = new Task<>() {
            {
                updateTitle((start ? "Starting " : "Stopping ") + name);
            }

            @Override
            protected String call() {
                return (start ? runtimes.start(name) : runtimes.stop(name)).state().label();
            }
        };
        task.setOnSucceeded(e -> {
            message.set(name + ": " + task.getValue());
            refresh.run();
        });
        task.setOnFailed(e -> message.set(task.getException().getMessage()));
        executor.execute(task);
        return task;
    }
}
