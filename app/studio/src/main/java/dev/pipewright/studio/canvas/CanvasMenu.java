package dev.pipewright.studio.canvas;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.List;

/**
 * The canvas's right-click menu, as ADF's: on an activity Open (a container's activities, or its properties), View
 * code, Copy, Clone, Deactivate / Activate and Delete; on the empty canvas Paste, Select all, Auto layout and Zoom
 * to fit. Every item goes through the canvas's undoable commands.
 */
final class CanvasMenu extends ContextMenu {
    private final CanvasViewModel viewModel;
    private Runnable onViewCode = () -> { };
    private Runnable onOpenProperties = () -> { };
    private Runnable onFit = () -> { };

    CanvasMenu(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        setId("canvas-menu");
    }

    /** Shows the selected activity's JSON (the hover action does the same). */
    void viewCode() {
        onViewCode.run();
    }

    void onViewCode(Runnable action) {
        onViewCode = action;
    }

    void onOpenProperties(Runnable action) {
        onOpenProperties = action;
    }

    void onFit(Runnable action) {
        onFit = action;
    }

    /** The menu of activity {@code name} (it becomes the selection unless it is part of it). */
    void showFor(Node owner, ActivityNodeModel activity, double screenX, double screenY) {
        if (!activity.selectedProperty().get()) viewModel.select(List.of(activity.name()));
        int selected = viewModel.selectedNames().size();
        String what = selected == 1 ? "" : " " + selected + " activities";
        MenuItem open = item("Open", "menu-open-activity", () -> {
            if (activity.isContainer()) viewModel.open(activity.name(), 0);
            else onOpenProperties.run();
        });
        MenuItem code = item("View code", "menu-view-code", onViewCode);
        MenuItem copy = item("Copy" + what, "menu-copy-activity", () -> viewModel.copySelected().ifPresent(CanvasMenu::toClipboard));
        MenuItem clone = item("Clone" + what, "menu-clone-activity", () -> viewModel.copySelected().ifPresent(viewModel::paste));
        boolean inactive = activity.inactive();
        MenuItem state = item(inactive ? "Activate" + what : "Deactivate" + what, "menu-activity-state",
                () -> viewModel.setSelectedActive(inactive));
        MenuItem delete = item("Delete" + what, "menu-delete-activity", viewModel::deleteSelected);
        getItems().setAll(open, code, new SeparatorMenuItem(), copy, clone, state, new SeparatorMenuItem(), delete);
        show(owner, screenX, screenY);
    }

    /** The menu of the empty canvas. */
    void showForCanvas(Node owner, double screenX, double screenY) {
        MenuItem paste = item("Paste", "menu-paste-activities", () -> {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) viewModel.paste(text);
        });
        paste.setDisable(!Clipboard.getSystemClipboard().hasString());
        MenuItem all = item("Select all", "menu-select-all-activities", viewModel::selectAll);
        MenuItem layout = item("Auto layout", "menu-auto-layout", viewModel::autoLayout);
        MenuItem fit = item("Zoom to fit", "menu-fit-canvas", onFit);
        getItems().setAll(paste, all, new SeparatorMenuItem(), layout, fit);
        show(owner, screenX, screenY);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
