package dev.pipewright.studio.author;

import dev.pipewright.studio.canvas.PipelineEditorView;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Author hub: "Factory Resources" on the left, the editor tabs on the right. Selecting a pipeline opens its
 * editor in a tab (with a dirty marker); other resources show what they are until their editors exist.
 */
public final class AuthorView extends SplitPane {
    private final ResourceTreeView resourceTree;
    private final EditorsViewModel editors;
    private final TabPane tabs = new TabPane();
    private boolean syncing;

    public AuthorView(ResourceTreeViewModel viewModel, EditorsViewModel editors) {
        this.editors = editors;
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

        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        editors.editors().addListener((ListChangeListener<PipelineEditorViewModel>) c -> syncTabs());
        editors.activeProperty().addListener((o, a, editor) -> selectTab(editor));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (!syncing) editors.activeProperty().set(tab == null ? null : editorOf(tab).viewModel());
        });
        viewModel.selectedProperty().addListener((o, a, entry) -> editors.open(entry));

        getItems().addAll(resourceTree, new StackPane(editorArea, tabs));
        setDividerPositions(0.22);
        SplitPane.setResizableWithParent(resourceTree, false);
    }

    public ResourceTreeView resourceTree() {
        return resourceTree;
    }

    /** The editor of the selected tab, or null when none is open. */
    public PipelineEditorView activeEditor() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : editorOf(tab);
    }

    private static PipelineEditorView editorOf(Tab tab) {
        return (PipelineEditorView) tab.getContent();
    }

    private void syncTabs() {
        syncing = true;
        try {
            tabs.getTabs().removeIf(t -> !editors.editors().contains(editorOf(t).viewModel()));
            for (PipelineEditorViewModel e : editors.editors()) {
                if (tabs.getTabs().stream().noneMatch(t -> editorOf(t).viewModel() == e)) {
                    Tab tab = new Tab();
                    tab.setId("tab-" + e.pipeline().name());
                    tab.textProperty().bind(e.titleProperty());
                    tab.setContent(new PipelineEditorView(e));
                    tab.setOnClosed(ev -> editors.close(e));
                    tabs.getTabs().add(tab);
                }
            }
        } finally {
            syncing = false;
        }
        selectTab(editors.activeProperty().get());
    }

    private void selectTab(PipelineEditorViewModel editor) {
        tabs.getTabs().stream().filter(t -> editorOf(t).viewModel() == editor).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
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
