package dev.pipewright.studio.tasks;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The long tasks running in the background, for the status bar's task list (progress and Cancel for each): every
 * {@link Task} with a title that goes through a {@link #tracking} executor is listed until it ends. Tasks without a
 * title (the live validation after each edit, placement) are quick work of the studio's own and are not listed.
 */
public final class BackgroundTasks {
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    /** The running tasks, oldest first; changed on the JavaFX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    /** Lists {@code task} until it succeeds, fails or is cancelled (when it has a title). */
    public void track(Task<?> task) {
        if (Platform.isFxApplicationThread()) add(task);
        else Platform.runLater(() -> add(task));
    }

    private void add(Task<?> task) {
        if (task.getTitle() == null || task.getTitle().isEmpty()) return;
        if (ended(task.getState()) || running.contains(task)) return;
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (ended(state)) running.remove(task);
        });
    }

    private static boolean ended(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    /** An executor that runs on {@code delegate} and lists the titled tasks given to it. */
    public ExecutorService tracking(ExecutorService delegate) {
        return new AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                delegate.execute(command); // first: a task refused by a closed executor is not listed
                if (command instanceof Task<?> task) track(task);
            }

            @Override
            public void shutdown() {
                delegate.shutdown();
            }

            @Override
            public List<Runnable> shutdownNow() {
                return delegate.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return delegate.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return delegate.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return delegate.awaitTermination(timeout, unit);
            }
        };
    }
}
