package dev.pipewright.studio.shell;

import dev.pipewright.studio.git.DiffPane;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Instant;
import java.util.List;

/**
 * Review of the unsaved work a previous session left: each resource with its journaled content beside the file on
 * disk (a side-by-side diff), and Restore (back into its editor as an unsaved change) or Discard, one at a time or all.
 */
final class RestoreDialog {
    private RestoreDialog() {
    }

    static Stage show(Window owner, CrashJournal journal) {
        ListView<CrashJournal.Recoverable> list = new ListView<>();
        list.setId("restore-list");
        list.getItems().setAll(journal.recoverableProperty().get());
        journal.recoverableProperty().addListener((obs, old, now) -> list.getItems().setAll(now));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CrashJournal.Recoverable item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.entry().path() + (item.entry().typed() ? "  (typed in the code view)" : "")
                        + "  — " + WelcomeView.describe(Instant.ofEpochMilli(item.entry().saved())).replace("opened", "edited"));
            }
        });
        DiffPane diff = new DiffPane();
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) diff.show(item.onDisk(), item.entry().text(), "On disk", "Unsaved (journaled)");
        });
        Button restore = new Button("Restore");
        restore.setId("restore-one");
        Button discard = new Button("Discard");
        discard.setId("restore-discard");
        Button restoreAll = new Button("Restore all");
        restoreAll.setId("restore-all");
        Button discardAll = new Button("Discard all");
        discardAll.setId("restore-discard-all");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        discard.disableProperty().bind(restore.disableProperty());
        restore.setOnAction(e -> journal.restore(list.getSelectionModel().getSelectedItem()));
        discard.setOnAction(e -> journal.discard(list.getSelectionModel().getSelectedItem()));
        restoreAll.setOnAction(e -> List.copyOf(list.getItems()).forEach(journal::restore));
        discardAll.setOnAction(e -> List.copyOf(list.getItems()).forEach(journal::discard));

        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId("restore-close");
        close.setOnAction(e -> stage.close());
        journal.recoverableProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) stage.close();
        });
        Label hint = new Label("Restored edits come back as unsaved changes in their editors: save them, or close without saving to drop them.");
        hint.setWrapText(true);
        SplitPane split = new SplitPane(list, diff);
        split.setDividerPositions(0.3);
        BorderPane root = new BorderPane(split, hint, null, new ToolBar(restore, discard, restoreAll, discardAll, close), null);
        root.setPadding(new Insets(8));
        Scene scene = new Scene(root, 960, 560);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.setScene(scene);
        stage.setTitle("Restore unsaved work");
        if (owner != null) stage.initOwner(owner);
        stage.show();
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
        return stage;
    }
}
