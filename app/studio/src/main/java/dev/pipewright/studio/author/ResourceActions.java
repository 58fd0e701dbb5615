package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.manage.ResourceOperations;
import dev.pipewright.core.problem.Problem;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * The Factory Resources pane's "+" menu (New pipeline, New dataset, New trigger) and context menu (New … on a group; Open, Rename,
 * Clone, Delete on a resource; Undo), with ADF's dialogs: the new dataset's type and linked service, the new name
 * checked as it is typed with what a rename will change, and Delete refused while the resource is used.
 */
final class ResourceActions {
    private final ResourcesViewModel vm;
    private final ResourceTreeView tree;

    ResourceActions(ResourcesViewModel vm, ResourceTreeView tree) {
        this.vm = vm;
        this.tree = tree;
    }

    void install() {
        MenuButton plus = new MenuButton("+");
        plus.setId("new-resource");
        plus.getStyleClass().add("new-resource");
        plus.getItems().addAll(item("Pipeline", "new-pipeline", this::newPipeline), item("Dataset…", "new-dataset", this::newDataset),
                item("Trigger", "new-trigger", vm::newTrigger));
        tree.addHeaderControl(plus);
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(itemsFor(null)); // a menu without items is never shown: its items follow the row on showing
        menu.setOnShowing(e -> menu.getItems().setAll(itemsFor(tree.selectedNode())));
        tree.treeView().setContextMenu(menu);
    }

    private List<MenuItem> itemsFor(ResourceTreeNode node) {
        MenuItem undo = item("Undo", "resource-undo", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        if (node == null || node.resource() == null) {
            ResourceCategory category = node == null ? null : node.category();
            if (category == ResourceCategory.PIPELINES) return List.of(item("New pipeline", "new-pipeline-here", this::newPipeline), undo);
            if (category == ResourceCategory.DATASETS) return List.of(item("New dataset…", "new-dataset-here", this::newDataset), undo);
            if (category == ResourceCategory.TRIGGERS) return List.of(item("New trigger", "new-trigger-here", vm::newTrigger), undo);
            return List.of(undo);
        }
        ResourceEntry entry = node.resource();
        return List.of(item("Open", "resource-open", () -> vm.open(entry)), new SeparatorMenuItem(),
                item("Rename…", "resource-rename", () -> rename(entry)), item("Clone", "resource-clone", () -> vm.duplicate(entry)),
                item("Delete", "resource-delete", () -> delete(entry)), new SeparatorMenuItem(), undo);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Window window() {
        return tree.getScene() == null ? null : tree.getScene().getWindow();
    }

    private void newPipeline() {
        vm.newPipeline();
    }

    /**
     * ADF's New dataset: the data store first (ADF's names), then the format for a file store (DelimitedText, Json,
     * Parquet, Binary; a database has its table type), then a linked service of that store and the name.
     */
    void newDataset() {
        Dialog<ButtonType> dialog = dialog("New dataset");
        ComboBox<String> store = new ComboBox<>();
        store.setId("dataset-store");
        store.getItems().setAll(vm.dataStores());
        javafx.util.StringConverter<String> displayNames = new javafx.util.StringConverter<>() {
            @Override
            public String toString(String type) {
                return type == null ? "" : dev.pipewright.core.manage.ConnectorCatalog.displayName(type);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
        store.setConverter(displayNames);
        ComboBox<String> type = new ComboBox<>();
        type.setId("dataset-type");
        ComboBox<String> linked = new ComboBox<>();
        linked.setId("dataset-linked-service");
        TextField name = new TextField();
        name.setId("name-field");
        Label error = errorLabel();
        store.valueProperty().addListener((o, old, now) -> {
            type.getItems().setAll(now == null ? List.of() : vm.formatsOf(now));
            if (!type.getItems().isEmpty()) type.setValue(type.getItems().get(0));
            linked.getItems().setAll(now == null ? List.of() : vm.linkedServicesOfStore(now));
            linked.setValue(linked.getItems().isEmpty() ? null : linked.getItems().get(0));
        });
        type.valueProperty().addListener((o, old, now) -> {
            if (now != null && (name.getText().isEmpty() || old != null && name.getText().equals(vm.proposedDatasetName(old)))) {
                name.setText(vm.proposedDatasetName(now));
            }
        });
        if (!store.getItems().isEmpty()) store.setValue(store.getItems().get(0));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Data store"), store);
        grid.addRow(1, new Label("Format"), type);
        grid.addRow(2, new Label("Linked service"), linked);
        grid.addRow(3, new Label("Name"), name);
        dialog.getDialogPane().setContent(new VBox(8, grid, error));
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            List<Problem> problems = vm.checkName(ResourceKind.DATASET, name.getText().trim(), null);
            String why = !problems.isEmpty() ? problems.get(0).message() : linked.getValue() == null ? "The factory has no "
                    + displayNames.toString(store.getValue()) + " linked service: create one in Manage › Linked services" : "";
            error.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        linked.valueProperty().addListener((o, a, b) -> check.run());
        check.run();
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            String refused = vm.newDataset(name.getText().trim(), type.getValue(), linked.getValue());
            if (refused != null) alert(Alert.AlertType.ERROR, "Dataset not created", refused);
        }
    }

    /** Rename: the new name checked as typed, and the references that will follow it. */
    void rename(ResourceEntry entry) {
        Dialog<ButtonType> dialog = dialog("Rename " + entry.category().kind().displayName() + " " + entry.name());
        TextField name = new TextField(entry.name());
        name.setId("name-field");
        Label error = errorLabel();
        ListView<String> changes = new ListView<>();
        changes.setId("rename-changes");
        changes.setPrefHeight(140);
        changes.setPrefWidth(520);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ResourceOperations.RenamePlan[] plan = new ResourceOperations.RenamePlan[1];
        Runnable check = () -> {
            plan[0] = vm.planRename(entry, name.getText().trim());
            error.setText(plan[0].ok() ? "" : plan[0].problems().get(0).message());
            changes.getItems().setAll(plan[0].ok() && !plan[0].unchanged() ? plan[0].changes() : List.of());
            ok.setDisable(!plan[0].ok() || plan[0].unchanged());
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        dialog.getDialogPane().setContent(new VBox(8, new Label("New name"), name, error, new Label("What changes (files move when saved)"), changes));
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent() && plan[0].ok() && !plan[0].unchanged()) {
            vm.rename(plan[0], entry, name.getText().trim());
        }
    }

    /** Delete: refused, with the users listed, while others reference it; else confirmed. */
    void delete(ResourceEntry entry) {
        List<String> users = vm.usedBy(entry);
        String what = entry.category().kind().displayName() + " " + entry.name();
        if (!users.isEmpty()) {
            alert(Alert.AlertType.ERROR, "Cannot delete " + what, "It is used by:\n  " + String.join("\n  ", users)
                    + "\nDelete those or change their references first.");
            return;
        }
        Alert confirm = alert(Alert.AlertType.CONFIRMATION, "Delete " + what + "?", "Its file is removed from the factory folder when you save all.");
        if (confirm.getResult() == ButtonType.OK) vm.delete(entry);
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("resource-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        owned(dialog);
        return dialog;
    }

    private void owned(Dialog<?> dialog) {
        Window owner = window();
        if (owner == null) return;
        dialog.initOwner(owner);
        if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("resource-alert");
        owned(alert);
        alert.showAndWait();
        return alert;
    }

    private static Label errorLabel() {
        Label error = new Label();
        error.setId("name-error");
        error.getStyleClass().add("code-error");
        error.setWrapText(true);
        return error;
    }
}
