package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * Keeps the factory's findings current, so the status bar, the Validate all window, each editor's Validation tab and
 * the canvas marks never show stale counts: the factory is validated in the background when it opens and shortly
 * after each edit (edits in a burst validate once; a result older than the newest run is dropped), and each open
 * editor gets its resource's findings.
 */
final class LiveValidation {
    /** How long the edits must pause before the factory is validated again. */
    private static final Duration QUIET = Duration.millis(300);

    private final ReadOnlyObjectProperty<Factory> factory;
    private final Executor executor;
    private final ObservableList<ResourceEditorViewModel> editors;
    private final ObservableList<Problem> findings;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final Runnable editListener = this::schedule;
    private long runs;

    LiveValidation(ReadOnlyObjectProperty<Factory> factory, Executor executor, ObservableList<ResourceEditorViewModel> editors,
                   ObservableList<Problem> findings) {
        this.factory = factory;
        this.executor = executor;
        this.editors = editors;
        this.findings = findings;
        quiet.setOnFinished(e -> now());
        factory.addListener((o, old, now) -> {
            findings.clear();
            if (now != null) now();
        });
        editors.addListener((ListChangeListener<ResourceEditorViewModel>) c -> {
            while (c.next()) {
                for (ResourceEditorViewModel e : c.getRemoved()) e.stack().removeListener(editListener);
                for (ResourceEditorViewModel e : c.getAddedSubList()) {
                    e.stack().addListener(editListener);
                    e.showProblems(about(e, findings));
                }
            }
        });
    }

    /** Validates again once the edits pause. */
    void schedule() {
        quiet.playFromStart();
    }

    /** Validates the factory now, in the background; the findings and the editors follow when it is done. */
    Task<List<Problem>> now() {
        quiet.stop();
        Factory f = factory.get();
        long run = ++runs;
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() {
                return Validator.validate(f);
            }
        };
        task.setOnSucceeded(e -> {
            if (run != runs || f != factory.get()) return;
            findings.setAll(task.getValue());
            for (ResourceEditorViewModel editor : editors) editor.showProblems(about(editor, findings));
        });
        // The trees may change under a background read while the user types: try again once the edits pause.
        task.setOnFailed(e -> {
            if (run == runs) schedule();
        });
        try {
            if (f != null) executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing (its executor has stopped): nothing is left to show the findings in
        }
        return task;
    }

    private static List<Problem> about(ResourceEditorViewModel editor, List<Problem> all) {
        String id = editor.resource().id().toString();
        return all.stream().filter(p -> id.equalsIgnoreCase(p.resource())).toList();
    }
}
