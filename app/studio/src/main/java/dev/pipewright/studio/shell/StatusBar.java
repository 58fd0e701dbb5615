package dev.pipewright.studio.shell;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import javafx.collections.ObservableList;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.nio.file.Path;
import java.util.List;

/** The bottom line: a spinner while loading, the status text, the factory's problem counts and its root on the right. */
final class StatusBar extends HBox {
    /** Problems listed in the problem count's tooltip; the rest are counted (Validate all lists them all). */
    private static final int TOOLTIP_PROBLEMS = 15;

    /** @param showProblems opens the Validate all window */
    StatusBar(MainWindowViewModel viewModel, Runnable showProblems) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("status-spinner");
        spinner.visibleProperty().bind(viewModel.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());

        Label status = new Label();
        status.setId("status-text");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
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

        getChildren().addAll(spinner, status, problems, root);
    }

    private static Tooltip updated(Tooltip tip, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().limit(TOOLTIP_PROBLEMS).forEach(p -> text.append(p).append('\n'));
        if (problems.size() > TOOLTIP_PROBLEMS) text.append("… and ").append(problems.size() - TOOLTIP_PROBLEMS).append(" more");
        tip.setText(text.toString().strip());
        return tip;
    }
}
