package dev.pipewright.studio.hub.stages;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import dev.pipewright.runtime.environment.ProfileFolder;
import dev.pipewright.runtime.stages.StagesRun;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Manage › Stage check: ADF's CI/CD requirements across the stages (one environment profile each, with its ARM
 * parameters file when there is one), checked as {@code pipewright stages-check} checks them (the same
 * {@link StagesRun}), on the factory as saved. The stages start as the profiles beside the factory.
 */
public final class StageCheckViewModel {
    /** One stage: its environment profile and, optionally, its ARM parameters file. */
    public static final class StageRow {
        public final ObjectProperty<Path> profile = new SimpleObjectProperty<>(this, "profile");
        public final ObjectProperty<Path> parameters = new SimpleObjectProperty<>(this, "parameters");

        public StageRow(Path profile, Path parameters) {
            this.profile.set(profile);
            this.parameters.set(parameters);
        }
    }

    private final ObservableValue<Factory> factory;
    private final Executor io;
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public StageCheckViewModel(ObservableValue<Factory> factory, Executor io) {
        this.factory = factory;
        this.io = io;
        factory.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.root().equals(now.root()))) listStages(now.root());
        });
        if (factory.getValue() != null) listStages(factory.getValue().root());
    }

    /** The stages are the profiles beside the factory (its {@code <name>-env} folder), read in the background. */
    private void listStages(Path root) {
        problems.clear();
        status.set("");
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() {
                return ProfileFolder.profiles(ProfileFolder.of(root));
            }
        };
        task.setOnSucceeded(e -> stages.setAll(task.getValue().stream().map(p -> new StageRow(p, null)).toList()));
        io.execute(task);
    }

    /** Checks the stages; the findings go to {@link #problems()} and a summary to {@link #statusProperty()}. */
    public Task<StagesRun.Result> check() {
        Factory f = factory.getValue();
        List<Path> profiles = stages.stream().map(s -> s.profile.get()).toList();
        List<Path> parameters = stages.stream().allMatch(s -> s.parameters.get() == null) ? List.of()
                : stages.stream().map(s -> s.parameters.get()).toList();
        if (f == null || profiles.isEmpty() || profiles.contains(null)) {
            status.set("Add a stage: each stage is an environment profile (dev.json, prod.json …)");
            return null;
        }
        if (!parameters.isEmpty() && parameters.contains(null)) {
            status.set("Give every stage its ARM parameters file, or none of them");
            return null;
        }
        Path root = f.root();
        Task<StagesRun.Result> task = new Task<>() {
            {
                updateTitle("Stage check");
            }

            @Override
            protected StagesRun.Result call() {
                return StagesRun.run(Factory.load(root), profiles, parameters);
            }
        };
        status.set("Checking " + profiles.size() + (profiles.size() == 1 ? " stage…" : " stages…"));
        task.setOnSucceeded(e -> {
            problems.setAll(task.getValue().problems());
            List<Problem> found = task.getValue().problems();
            status.set((found.isEmpty() ? "No problems" : ProblemCounts.summary(found)) + " across " + profiles.size()
                    + (profiles.size() == 1 ? " stage" : " stages") + " (" + String.join(", ", task.getValue().stages().stream().map(s -> s.name()).toList()) + ")");
        });
        task.setOnFailed(e -> status.set("The check could not run: " + task.getException().getMessage()));
        io.execute(task);
        return task;
    }

    public ObservableList<StageRow> stages() {
        return stages;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
