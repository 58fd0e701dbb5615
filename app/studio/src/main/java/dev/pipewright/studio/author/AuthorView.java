package dev.pipewright.studio.author;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/**
 * The Author hub: "Factory Resources" on the left, the editor area on the right. Editors (pipeline
 * canvas, dataset forms ...) come later; until then the area says what is selected.
 */
public final class AuthorView extends SplitPane {
    private final ResourceTreeView resourceTree;

    public AuthorView(ResourceTreeViewModel viewModel) {
        getStyleClass().add("author-hub");
        resourceTree = new ResourceTreeView(viewModel);
        resourceTree.setMinWidth(200);

        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("editor-placeholder-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ResourceEntry selected = viewModel.selectedProperty().get();
            return selected == null ? "Nothing open" : selected.name();
        }, viewModel.selectedProperty()));

        Label hint = new Label();
        hint.getStyleClass().add("editor-placeholder-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));

        VBox editorArea = new VBox(6, title, hint);
        editorArea.setAlignment(Pos.CENTER);
        editorArea.getStyleClass().add("editor-area");

        getItems().addAll(resourceTree, editorArea);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(resourceTree, false);
    }

    public ResourceTreeView resourceTree() {
        return resourceTree;
    }

    private static String describe(ResourceEntry entry) {
        if (entry == null) return "Select a pipeline, dataset, data flow or trigger in Factory Resources.";
        String kind = entry.category().kind().displayName();
        kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        String what = entry.type().isEmpty() ? kind : kind + " · " + entry.type();
        String where = entry.folder().isEmpty() ? "" : " in folder " + String.join("/", entry.folder());
        return what + where + " — its editor is not built yet.";
    }
}
