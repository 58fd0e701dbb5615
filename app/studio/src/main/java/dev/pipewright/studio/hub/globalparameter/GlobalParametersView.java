package dev.pipewright.studio.hub.globalparameter;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.manage.GlobalParameterEditor;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;

/** Manage › Global parameters: a table of name, type and value with New, Delete, Apply and Discard. */
public final class GlobalParametersView extends BorderPane {
    public GlobalParametersView(GlobalParametersViewModel vm) {
        getStyleClass().add("global-parameters");
        TableView<GlobalParametersViewModel.Item> table = new TableView<>(vm.items());
        table.setId("gp-table");
        table.setEditable(true);
        TableColumn<GlobalParametersViewModel.Item, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> c.getValue().name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(220);
        TableColumn<GlobalParametersViewModel.Item, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().type);
        type.setCellFactory(ComboBoxTableCell.forTableColumn(GlobalParameterEditor.TYPES.toArray(String[]::new)));
        type.setPrefWidth(110);
        TableColumn<GlobalParametersViewModel.Item, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().value);
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setPrefWidth(420);
        table.getColumns().addAll(java.util.List.of(name, type, value));

        Button add = new Button("+ New");
        add.setId("gp-new");
        add.setOnAction(e -> table.getSelectionModel().select(vm.add()));
        Button delete = new Button("Delete");
        delete.setId("gp-delete");
        delete.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        Button apply = new Button("Apply");
        apply.setId("gp-apply");
        apply.setOnAction(e -> vm.apply());
        Button discard = new Button("Discard changes");
        discard.setId("gp-discard");
        discard.setOnAction(e -> vm.reload());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("gp-problems");
        problems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(problems, line -> line);
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        setTop(new ToolBar(add, DisabledReason.when(delete, table.getSelectionModel().selectedItemProperty().isNull(),
                "Select a global parameter to delete"), apply, discard));
        setCenter(table);
        setBottom(problems);
    }
}
