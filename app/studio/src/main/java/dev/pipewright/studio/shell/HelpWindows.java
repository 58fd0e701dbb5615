package dev.pipewright.studio.shell;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Help › Keyboard shortcuts (every menu command that has one, read from the menus themselves) and Help › About. */
final class HelpWindows {
    /** One shortcut: the menu it is in, the command, and its keys as this platform writes them. */
    record Shortcut(String menu, String command, String keys) {
    }

    private HelpWindows() {
    }

    /** The shortcuts of the menu bar's commands, in menu order. */
    static List<Shortcut> shortcuts(MenuBar bar) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : bar.getMenus()) collect(menu.getText(), menu.getItems(), all);
        all.add(new Shortcut("Canvas", "Delete the selection", "Delete"));
        all.add(new Shortcut("Canvas", "Open a container activity", "Double-click"));
        all.add(new Shortcut("Code view", "Apply the typed JSON", "Ctrl+Enter"));
        return all;
    }

    private static void collect(String menu, List<MenuItem> items, List<Shortcut> all) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) collect(menu + " › " + sub.getText(), sub.getItems(), all);
            else if (item.getAccelerator() != null) all.add(new Shortcut(menu, item.getText(), item.getAccelerator().getDisplayText()));
        }
    }

    static Stage shortcuts(Window owner, MenuBar bar) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("Menu", Shortcut::menu));
        table.getColumns().add(column("Command", Shortcut::command));
        table.getColumns().add(column("Keys", Shortcut::keys));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(shortcuts(bar));
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId("shortcuts-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        BorderPane root = new BorderPane(table, null, null, close, null);
        BorderPane.setAlignment(close, javafx.geometry.Pos.CENTER_RIGHT);
        root.setPadding(new javafx.geometry.Insets(10));
        Scene scene = new Scene(root, 520, 460);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.setScene(scene);
        stage.setTitle("Keyboard shortcuts");
        if (owner != null) stage.initOwner(owner);
        stage.show();
        return stage;
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Pipewright");
        alert.setHeaderText("Pipewright 0.1.0");
        alert.setContentText("A desktop studio for Azure Data Factory and Synapse pipelines, offline: the canvas, the Manage hub,"
                + " test connection and preview on this machine, where each activity would run, source control and Publish"
                + " in ADF's exact format. The documents are in the docs/ folder beside the program.");
        alert.show();
    }
}
