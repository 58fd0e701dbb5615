package dev.pipewright.studio.shell;

import dev.pipewright.core.problem.Problem;
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

/** The bottom line: a spinner while loading, the status text, and the factory root on the right. */
final class StatusBar extends HBox {
    /** Problems listed in the status tooltip; the rest are counted (a problems panel comes later). */
    private static final int TOOLTIP_PROBLEMS = 15;

    StatusBar(MainWindowViewModel viewModel) {
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
        Tooltip problemsTip = new Tooltip();
        viewModel.problems().addListener((ListChangeListener<Problem>) change ->
                status.setTooltip(viewModel.problems().isEmpty() ? null : updated(problemsTip, viewModel.problems())));

        Label root = new Label();
        root.getStyleClass().add("status-root");
        root.textProperty().bind(Bindings.createStringBinding(() -> {
            Path path = viewModel.factoryRootProperty().get();
            return path == null ? "" : path.toString();
        }, viewModel.factoryRootProperty()));

        getChildren().addAll(spinner, status, root);
    }

    private static Tooltip updated(Tooltip tip, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().limit(TOOLTIP_PROBLEMS).forEach(p -> text.append(p).append('\n'));
        if (problems.size() > TOOLTIP_PROBLEMS) text.append("… and ").append(problems.size() - TOOLTIP_PROBLEMS).append(" more");
        tip.setText(text.toString().strip());
        return tip;
    }
}
