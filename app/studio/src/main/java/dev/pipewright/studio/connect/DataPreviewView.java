package dev.pipewright.studio.connect;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.plugins.api.Column;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;


/**
 * The Preview data / Test connection panel: a table with the schema (name and inferred type in each header),
 * a spinner with the current step, Cancel, the IR and region used, and the problems with their hints.
 */
public final class DataPreviewView extends BorderPane {
    private final TableView<Object[]> table = new TableView<>();
    private final Button cancel = new Button("Cancel");

    public DataPreviewView(ConnectViewModel vm) {
        getStyleClass().add("data-preview");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.getStyleClass().add("data-preview-status");
        status.textProperty().bind(vm.statusProperty());
        Label step = new Label();
        step.textProperty().bind(vm.progressProperty());
        cancel.setId("preview-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox top = new HBox(8, spinner, status, step, DisabledReason.when(cancel, vm.runningProperty().not(), "Nothing is running"));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);

        table.setId("preview-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(""));
        vm.columns().addListener((ListChangeListener<Column>) c -> rebuildColumns(vm));
        setCenter(table);

        ListView<String> problems = new ListView<>();
        problems.setId("preview-problems");
        problems.setPrefHeight(72);
        vm.problems().addListener((ListChangeListener<Object>) c -> problems.getItems().setAll(vm.problemLines()));
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        setBottom(problems);
    }

    private void rebuildColumns(ConnectViewModel vm) {
        table.getColumns().clear();
        for (int i = 0; i < vm.columns().size(); i++) {
            Column c = vm.columns().get(i);
            int index = i;
            TableColumn<Object[], String> col = new TableColumn<>(c.name() + " (" + c.label() + ")");
            col.setCellValueFactory(cell -> {
                Object[] row = cell.getValue();
                Object v = index < row.length ? row[index] : null;
                return new ReadOnlyObjectWrapper<>(v == null ? "NULL" : v.toString());
            });
            table.getColumns().add(col);
        }
    }

    public TableView<Object[]> table() {
        return table;
    }
}
