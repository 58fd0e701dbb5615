package dev.pipewright.studio.shell;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import javafx.collections.ObservableList;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;

import java.nio.file.Path;
import java.util.List;

/**
 * The bottom line (ControlsFX's StatusBar): a spinner while loading, the status text, the progress of the latest
 * background task with the running tasks behind a button (ControlsFX's TaskProgressView in a pop-over: each task's
 * progress and Cancel), the factory's problem counts and its root on the right.
 */
final class StatusBar extends org.controlsfx.control.StatusBar {
    /** Problems listed in the problem count's tooltip; the rest are counted (Validate all lists them all). */
    private static final int TOOLTIP_PROBLEMS = 15;

    /**
     * @param showProblems opens the Validate all window
     * @param tasks        the long tasks running in the background
     */
    StatusBar(MainWindowViewModel viewModel, Runnable showProblems, dev.pipewright.studio.tasks.BackgroundTasks tasks) {
        setText("");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("status-spinner");
        spinner.visibleProperty().bind(viewModel.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());

        Label status = new Label();
        status.setId("status-text");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        // The factory's findings as they are now (they follow every edit); a click lists them in Validate all.
        ObservableList<Problem> findings = viewModel.editors().allProblems();
        Label problems = new Label();
        problems.setId("status-problems");
        problems.getStyleClass().add("status-problems");
        problems.textProperty().bind(Bindings.createStringBinding(() -> viewModel.factoryProperty().get() == null ? ""
                : findings.isEmpty() ? "No problems" : ProblemCounts.summary(findings), findings, viewModel.factoryProperty()));
        Tooltip problemsTip = new Tooltip();
        findings.addListener((ListChangeListener<Problem>) change ->
                problems.setTooltip(findings.isEmpty() ? null : updated(problemsTip, findings)));
        problems.setOnMouseClicked(e -> showProblems.run());

        Label root = new Label();
        root.getStyleClass().add("status-root");
        root.textProperty().bind(Bindings.createStringBinding(() -> {
            Path path = viewModel.factoryRootProperty().get();
            return path == null ? "" : path.toString();
        }, viewModel.factoryRootProperty()));

        getLeftItems().setAll(spinner, status);
        getRightItems().setAll(tasksButton(tasks), problems, root);
        followLatestTask(tasks);
    }

    /** "2 tasks" while tasks run; it opens their list with progress and Cancel. */
    private static Button tasksButton(dev.pipewright.studio.tasks.BackgroundTasks tasks) {
        org.controlsfx.control.TaskProgressView<Task<?>> view = new org.controlsfx.control.TaskProgressView<>();
        view.setId("status-task-list");
        Bindings.bindContent(view.getTasks(), tasks.running());
        view.setPrefSize(420, 260);
        org.controlsfx.control.PopOver popOver = new org.controlsfx.control.PopOver(view);
        popOver.setTitle("Background tasks");
        popOver.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setDetachable(false);
        Button button = new Button();
        button.setId("status-tasks");
        button.getStyleClass().add("status-tasks");
        button.textProperty().bind(Bindings.createStringBinding(() -> tasks.running().size() == 1 ? "1 task"
                : tasks.running().size() + " tasks", tasks.running()));
        button.visibleProperty().bind(Bindings.isNotEmpty(tasks.running()));
        button.managedProperty().bind(button.visibleProperty());
        button.setTooltip(new Tooltip("Background tasks: progress and Cancel"));
        button.setOnAction(e -> {
            if (popOver.isShowing()) popOver.hide();
            else popOver.show(button);
        });
        return button;
    }

    /** The bar's progress is the latest running task's (none: no bar). */
    private void followLatestTask(dev.pipewright.studio.tasks.BackgroundTasks tasks) {
        tasks.running().addListener((ListChangeListener<Task<?>>) c -> {
            progressProperty().unbind();
            if (tasks.running().isEmpty()) setProgress(0);
            else progressProperty().bind(tasks.running().get(tasks.running().size() - 1).progressProperty());
        });
    }

    private static Tooltip updated(Tooltip tip, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().limit(TOOLTIP_PROBLEMS).forEach(p -> text.append(p).append('\n'));
        if (problems.size() > TOOLTIP_PROBLEMS) text.append("… and ").append(problems.size() - TOOLTIP_PROBLEMS).append(" more");
        tip.setText(text.toString().strip());
        return tip;
    }
}
