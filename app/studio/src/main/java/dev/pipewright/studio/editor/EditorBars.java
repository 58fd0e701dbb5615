package dev.pipewright.studio.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The toolbar (Save, Validate, Undo, Redo, then an editor's own buttons) and the status line of editor tabs. */
public final class EditorBars {
    private EditorBars() {
    }

    public static ToolBar toolbar(EditorPane pane, Node... extra) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(button("Save", "editor-save", pane::save), button("Validate", "editor-validate", pane::validate),
                button("Undo", "editor-undo", pane::undo), button("Redo", "editor-redo", pane::redo));
        bar.getItems().addAll(extra);
        bar.getItems().add(spacer);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    /** A toolbar button with a tooltip saying what it does (and its shortcut). */
    public static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = button(text, id, action);
        b.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        return b;
    }

    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Label status(ResourceEditorViewModel viewModel) {
        Label status = new Label();
        status.setId("editor-status");
        status.getStyleClass().add("editor-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        return status;
    }
}
