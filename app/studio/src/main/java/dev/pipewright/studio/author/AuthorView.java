package dev.pipewright.studio.author;

import dev.pipewright.studio.canvas.PipelineEditorView;
import dev.pipewright.studio.connect.DataPreviewWindow;
import dev.pipewright.studio.controls.SidePane;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.dataset.DatasetEditorView;
import dev.pipewright.studio.dataset.DatasetEditorViewModel;
import dev.pipewright.studio.editor.CodeEditorView;
import dev.pipewright.studio.editor.CodeEditorViewModel;
import dev.pipewright.studio.editor.EditorPane;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.trigger.TriggerEditorView;
import dev.pipewright.studio.trigger.TriggerEditorViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Author hub: "Factory Resources" on the left, the editor tabs on the right. Selecting a resource opens its
 * editor in a tab (with a dirty marker): the canvas for a pipeline, the form for a dataset or a trigger, the JSON
 * code view for the others. Closing a tab with unsaved changes asks Save / Don't save / Cancel.
 */
public final class AuthorView extends SplitPane {
    private final ResourceTreeView resourceTree;
    private final EditorsViewModel editors;
    private final TabPane tabs = new TabPane();
    private boolean syncing;

    public AuthorView(ResourceTreeViewModel viewModel, EditorsViewModel editors, ResourcesViewModel resources) {
        this.editors = editors;
        getStyleClass().add("author-hub");
        resourceTree = new ResourceTreeView(viewModel);
        resourceTree.setMinWidth(160);
        new ResourceActions(resources, resourceTree).install();

        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("editor-placeholder-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ResourceEntry selected = viewModel.selectedProperty().get();
            return selected == null ? "Nothing open" : selected.name();
        }, viewModel.selectedProperty()));

        Label hint = new Label("Select a pipeline, dataset, data flow or trigger in Factory Resources, or create one with +.");
        hint.getStyleClass().add("editor-placeholder-hint");
        hint.setWrapText(true);

        VBox editorArea = new VBox(6, title, hint);
        editorArea.setAlignment(Pos.CENTER);
        editorArea.getStyleClass().add("editor-area");

        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        editors.editors().addListener((ListChangeListener<ResourceEditorViewModel>) c -> syncTabs());
        editors.activeEditorProperty().addListener((o, a, editor) -> selectTab(editor));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (!syncing) editors.activeEditorProperty().set(tab == null ? null : paneOf(tab).model());
        });
        viewModel.selectedProperty().addListener((o, a, entry) -> editors.open(entry));
        viewModel.setOnOpen(editors::open);

        getItems().addAll(resourceTree, new StackPane(editorArea, tabs));
        SidePane.shrinkWith(this, resourceTree, 0.2);
    }

    public ResourceTreeView resourceTree() {
        return resourceTree;
    }

    /** The pipeline editor of the selected tab, or null when none is open or the tab is another kind. */
    public PipelineEditorView activeEditor() {
        return activePane() instanceof PipelineEditorView p ? p : null;
    }

    /** The editor of the selected tab, whatever its kind, or null. */
    public EditorPane activePane() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : paneOf(tab);
    }

    private static EditorPane paneOf(Tab tab) {
        return (EditorPane) tab.getContent();
    }

    private Node viewFor(ResourceEditorViewModel editor) {
        if (editor instanceof PipelineEditorViewModel p) {
            PipelineEditorView view = new PipelineEditorView(p);
            view.setOnPreviewData(source -> DataPreviewWindow.show(getScene() == null ? null : getScene().getWindow(), editors.connect(), source));
            return view;
        }
        if (editor instanceof DatasetEditorViewModel d) return new DatasetEditorView(d);
        if (editor instanceof TriggerEditorViewModel t) return new TriggerEditorView(t);
        return new CodeEditorView((CodeEditorViewModel) editor);
    }

    private void syncTabs() {
        syncing = true;
        try {
            tabs.getTabs().removeIf(t -> !editors.editors().contains(paneOf(t).model()));
            for (ResourceEditorViewModel e : editors.editors()) {
                if (tabs.getTabs().stream().noneMatch(t -> paneOf(t).model() == e)) {
                    Tab tab = new Tab();
                    tab.idProperty().bind(Bindings.createStringBinding(() -> "tab-" + e.resource().name(), e.titleProperty()));
                    tab.textProperty().bind(e.titleProperty());
                    tab.setContent(viewFor(e));
                    tab.setOnCloseRequest(ev -> {
                        if (!confirmClose(e)) ev.consume();
                    });
                    tab.setOnClosed(ev -> editors.close(e));
                    tabs.getTabs().add(tab);
                }
            }
        } finally {
            syncing = false;
        }
        selectTab(editors.activeEditorProperty().get());
    }

    /** True when the tab may close now; a dirty one asks first (Save closes it once the file is written). */
    private boolean confirmClose(ResourceEditorViewModel e) {
        if (!e.dirtyProperty().get()) return true;
        UnsavedPrompt.Answer answer = UnsavedPrompt.ask(getScene() == null ? null : getScene().getWindow(),
                "Save changes to " + e.resource().name() + "?", "Your changes are lost if you don't save them.");
        switch (answer) {
            case SAVE -> {
                var task = e.save();
                task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
                    if (task.getValue().ok()) editors.close(e);
                });
                return false;
            }
            case DISCARD -> {
                e.discard();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Closes the tab of {@code editor} as its close button would (asking when it has unsaved changes). */
    public void requestClose(ResourceEditorViewModel editor) {
        tabs.getTabs().stream().filter(t -> paneOf(t).model() == editor).findFirst().ifPresent(t -> {
            if (confirmClose(editor)) editors.close(editor);
        });
    }

    private void selectTab(ResourceEditorViewModel editor) {
        tabs.getTabs().stream().filter(t -> paneOf(t).model() == editor).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
