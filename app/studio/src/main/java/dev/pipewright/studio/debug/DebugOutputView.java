package dev.pipewright.studio.debug;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.runtime.run.ActivityRun;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

import java.util.Locale;
import java.util.function.Function;

/**
 * ADF's Output pane of a debug run: the run's status, duration and estimated cost on top, then one row per activity
 * run (activity, type, status, run start, duration, integration runtime, cost, error); selecting a row shows its
 * input, output and error JSON. Cancel stops the run.
 */
public final class DebugOutputView extends BorderPane {
    public DebugOutputView(DebugViewModel vm) {
        getStyleClass().add("debug-output");
        Label summary = new Label();
        summary.setId("debug-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("debug-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<ActivityRun> table = new TableView<>(vm.activityRuns());
        table.setId("debug-runs");
        table.setPlaceholder(new Label("Debug (in the toolbar) runs this pipeline here; its activity runs are listed here."));
        table.getColumns().add(column("Activity", r -> r.activityName() + (r.scope() == null || r.scope().isEmpty() ? "" : "  (" + r.scope() + ")")));
        table.getColumns().add(column("Type", ActivityRun::activityType));
        table.getColumns().add(column("Status", r -> r.status().label()));
        table.getColumns().add(column("Duration", r -> DebugViewModel.seconds(r.durationInMs())));
        table.getColumns().add(column("Integration runtime", r -> r.effectiveIntegrationRuntime() == null ? "—" : r.effectiveIntegrationRuntime()));
        table.getColumns().add(column("Cost (USD)", r -> String.format(Locale.ROOT, "%.5f", r.estimatedCost())));
        table.getColumns().add(column("Error", r -> r.error() == null ? "" : r.error().errorCode() + ": " + r.error().message()));
        TextArea detail = new TextArea();
        detail.setId("debug-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> detail.setText(run == null ? ""
                : "Input:\n" + pretty(run.input()) + "\n\nOutput:\n" + pretty(run.output())
                + (run.error() == null ? "" : "\n\nError:\n" + run.error().errorCode() + ": " + run.error().message())));
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.7);
        // not a ToolBar: it would put a long summary behind its overflow chevron
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(8, cancel, summary);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        javafx.scene.layout.HBox.setHgrow(summary, javafx.scene.layout.Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        setTop(top);
        setCenter(split);
    }

    private static String pretty(JsonNode node) {
        return node == null ? "(none)" : node.toPrettyString();
    }

    private static TableColumn<ActivityRun, String> column(String title, Function<ActivityRun, String> value) {
        TableColumn<ActivityRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
