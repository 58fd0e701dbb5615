package dev.pipewright.studio.canvas;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.runtime.placement.Placement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.studio.code.CodeViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.properties.PropertiesViewModel;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * One open pipeline: its undo history, canvas, toolbox, dirty state, validation results, save and the placement
 * badges, which follow the active environment profile. Saving, validating and placing run in {@link Task}s on the
 * given executor, never on the JavaFX thread.
 */
public final class PipelineEditorViewModel extends ResourceEditorViewModel {
    private final Positions positions;
    private final CanvasViewModel canvas;
    private final ToolboxViewModel toolbox = new ToolboxViewModel();
    private final CodeViewModel code;
    private final PropertiesViewModel properties;
    private final ObservableValue<EnvironmentProfile> profile;
    private final ChangeListener<EnvironmentProfile> replace = (o, old, now) -> place();

    public PipelineEditorViewModel(Factory factory, Resource pipeline, Positions positions, Executor executor) {
        this(factory, pipeline, positions, executor, new SimpleObjectProperty<>(EnvironmentProfile.defaults()));
    }

    /** @param profile the active environment profile (Manage › Environment profiles): the badges follow it */
    public PipelineEditorViewModel(Factory factory, Resource pipeline, Positions positions, Executor executor,
                                   ObservableValue<EnvironmentProfile> profile) {
        super(factory, pipeline, executor);
        this.positions = positions;
        this.profile = profile;
        this.canvas = new CanvasViewModel(pipeline, stack(), positions);
        this.code = new CodeViewModel(pipeline, stack());
        followCode(this.code);
        this.properties = new PropertiesViewModel(canvas, factory);
        stack().addListener(() -> place());
        canvas.messageProperty().addListener((o, a, b) -> status(b));
        profile.addListener(replace);
        place();
    }

    /**
     * Works out where each activity would run (the runtime's placement engine, the active environment profile) in
     * the background and shows the badges; a failure leaves the old badges.
     */
    public Task<Map<String, Badge>> place() {
        EnvironmentProfile active = profile.getValue() == null ? EnvironmentProfile.defaults() : profile.getValue();
        Task<Map<String, Badge>> task = new Task<>() {
            @Override
            protected Map<String, Badge> call() {
                Map<String, Badge> badges = new HashMap<>();
                for (Placement p : PlacementEngine.of(factory(), active).resolve(new Pipeline(pipeline()))) {
                    badges.put(p.activity(), Badge.of(p));
                }
                return badges;
            }
        };
        task.setOnSucceeded(e -> canvas.setBadges(task.getValue()));
        executor().execute(task);
        return task;
    }

    /** The findings show in the Validation tab and as a red mark on each failing activity. */
    @Override
    public void showProblems(java.util.List<Problem> found) {
        super.showProblems(found);
        canvas.setFindings(ProblemTargets.byActivity(new Pipeline(pipeline()), found));
    }

    @Override
    public void dispose() {
        profile.removeListener(replace);
    }

    /** Shows the activity a finding is about (opening its container) and selects it. */
    public void reveal(Problem problem) {
        ProblemTargets.select(canvas, problem);
    }

    public Resource pipeline() {
        return resource();
    }

    public Positions positions() {
        return positions;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public ToolboxViewModel toolbox() {
        return toolbox;
    }

    /** The JSON code view of the pipeline. */
    private dev.pipewright.studio.debug.DebugViewModel debug;

    /** Debug on this machine (set by the editors; null in an editor made without the window's services). */
    public void useDebug(dev.pipewright.studio.debug.DebugViewModel vm) {
        this.debug = vm;
    }

    public dev.pipewright.studio.debug.DebugViewModel debug() {
        return debug;
    }

    public CodeViewModel code() {
        return code;
    }

    /** The properties pane of the selected activity. */
    public PropertiesViewModel properties() {
        return properties;
    }
}
