package dev.pipewright.studio.hub.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * Monitor › Pipeline runs, with ADF's columns (pipeline name, run start, run end, duration, triggered by, status, run
 * ID) and the estimated cost; filters by status and pipeline name; a selected run's activity runs below.
 */
public final class PipelineRunsView extends VBox {
    public PipelineRunsView(PipelineRunsViewModel vm) {
        super(6);
        getStyleClass().add("pipeline-runs");
        Label title = new Label("Pipeline runs");
        title.getStyleClass().add("hub-title");
        ChoiceBox<String> status = new ChoiceBox<>();
        status.setId("runs-status");
        status.getItems().setAll(PipelineRunsViewModel.STATUSES);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        TextField pipeline = new TextField();
        pipeline.setId("runs-pipeline");
        pipeline.setPromptText("Pipeline name");
        pipeline.textProperty().bindBidirectional(vm.pipelineFilterProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("runs-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setId("runs-message");
        message.textProperty().bind(vm.messageProperty());
        HBox bar = new HBox(8, title, status, pipeline, refresh, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<JsonNode> runs = new TableView<>(vm.runs());
        runs.setId("runs-table");
        runs.setPlaceholder(new Label("No runs yet: Debug a pipeline, and its run is listed here."));
        runs.getColumns().add(column("Pipeline name", r -> r.path("pipelineName").asText()));
        runs.getColumns().add(column("Run start", r -> r.path("runStart").asText()));
        runs.getColumns().add(column("Run end", r -> r.path("runEnd").asText("")));
        runs.getColumns().add(column("Duration", r -> String.format(Locale.ROOT, "%.1f s", r.path("durationInMs").asLong() / 1000.0)));
        runs.getColumns().add(column("Triggered by", r -> r.path("invokedBy").path("name").asText()));
        runs.getColumns().add(column("Status", r -> r.path("status").asText()));
        runs.getColumns().add(column("Cost (USD)", r -> r.path("estimatedCost").isMissingNode() ? "" : r.path("estimatedCost").asText()));
        runs.getColumns().add(column("Run ID", r -> r.path("runId").asText()));
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> vm.select(run));

        TableView<JsonNode> activities = new TableView<>(vm.activityRuns());
        activities.setId("runs-activities");
        activities.setPlaceholder(new Label("Select a run to see its activity runs."));
        activities.getColumns().add(column("Activity name", a -> a.path("activityName").asText()));
        activities.getColumns().add(column("Activity type", a -> a.path("activityType").asText()));
        activities.getColumns().add(column("Run start", a -> a.path("activityRunStart").asText()));
        activities.getColumns().add(column("Duration", a -> String.format(Locale.ROOT, "%.1f s", a.path("durationInMs").asLong() / 1000.0)));
        activities.getColumns().add(column("Status", a -> a.path("status").asText()));
        activities.getColumns().add(column("Integration runtime", a -> a.path("output").path("effectiveIntegrationRuntime").asText(
                a.path("effectiveIntegrationRuntime").asText(""))));
        activities.getColumns().add(column("Error", a -> a.path("error").path("message").asText("")));
        activities.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SplitPane split = new SplitPane(runs, activities);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split);
    }

    private static TableColumn<JsonNode, String> column(String title, Function<JsonNode, String> value) {
        TableColumn<JsonNode, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
