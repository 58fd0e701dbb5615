package dev.pipewright.studio.author;

import dev.pipewright.studio.author.ResourceTreeNode.Type;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.HashSet;
import java.util.Set;

/**
 * The "Factory Resources" pane of the Author hub: a filter box over a tree of pipelines, datasets, data
 * flows and triggers. All content comes from {@link ResourceTreeViewModel}; this class only maps its
 * immutable tree onto {@code TreeItem}s and keeps what the user expanded and selected across rebuilds.
 */
public final class ResourceTreeView extends VBox {
    private static final PseudoClass CATEGORY = PseudoClass.getPseudoClass("category");
    private static final PseudoClass FOLDER = PseudoClass.getPseudoClass("folder");
    /** {@code :git-added}, {@code :git-modified} … as the Changes hub's rows. */
    private static final java.util.Map<dev.pipewright.core.diff.ChangeKind, PseudoClass> GIT = new java.util.EnumMap<>(dev.pipewright.core.diff.ChangeKind.class);

    static {
        for (var kind : dev.pipewright.core.diff.ChangeKind.values()) {
            GIT.put(kind, PseudoClass.getPseudoClass("git-" + kind.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private final ResourceTreeViewModel viewModel;
    private final TextField filterField = new TextField();
    private final TreeView<ResourceTreeNode> treeView = new TreeView<>();
    private final HBox headerBar = new HBox(4);
    /** Groups and folders the user has open while no filter is set; a filter opens everything it shows. */
    private final Set<String> expandedKeys = new HashSet<>();
    /** Set while TreeItems are replaced, so programmatic expansion is not taken for the user's. */
    private boolean rebuilding;

    public ResourceTreeView(ResourceTreeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("resource-pane");

        Label header = new Label("Factory Resources");
        header.getStyleClass().add("pane-header");

        filterField.setId("resource-filter");
        filterField.setPromptText("Filter resources by name");
        filterField.getStyleClass().add("filter-field");
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                filterField.clear();
                e.consume();
            }
        });

        treeView.setId("resource-tree");
        treeView.getStyleClass().add("resource-tree");
        treeView.setShowRoot(false);
        treeView.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        treeView.setCellFactory(tv -> new ResourceCell(viewModel));
        treeView.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) viewModel.selectedProperty().set(item == null ? null : item.getValue().resource());
        });
        treeView.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) viewModel.openSelected();
        });
        VBox.setVgrow(treeView, Priority.ALWAYS);

        // The view model may select a resource itself (after New or Rename): the tree follows.
        viewModel.selectedProperty().addListener((obs, old, entry) -> {
            if (rebuilding || entry == null) return;
            TreeItem<ResourceTreeNode> item = treeView.getSelectionModel().getSelectedItem();
            if (item != null && entry.equals(item.getValue().resource())) return;
            TreeItem<ResourceTreeNode> found = findEntry(treeView.getRoot(), entry);
            if (found != null) {
                for (TreeItem<ResourceTreeNode> p = found.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
                treeView.getSelectionModel().select(found);
                treeView.scrollTo(treeView.getRow(found));
            }
        });

        // Groups start open so a freshly opened factory shows its top-level content.
        for (ResourceCategory category : ResourceCategory.values()) expandedKeys.add(category.name());
        viewModel.treeProperty().addListener((obs, old, tree) -> show(tree));
        show(viewModel.tree());

        headerBar.getChildren().add(header);
        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        headerBar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(headerBar, filterField, treeView);
    }

    /**
     * Colours resources by their change in source control, as the Changes hub groups them: {@code marks} maps
     * {@code folder/name} in lower case (ADF names ignore case) to the change; the tree follows its updates.
     */
    public void showChanges(javafx.collections.ObservableMap<String, dev.pipewright.core.diff.ChangeKind> marks) {
        changeMarks = marks;
        marks.addListener((javafx.collections.MapChangeListener<String, dev.pipewright.core.diff.ChangeKind>) c -> treeView.refresh());
        treeView.refresh();
    }

    private javafx.collections.ObservableMap<String, dev.pipewright.core.diff.ChangeKind> changeMarks = javafx.collections.FXCollections.emptyObservableMap();

    /** The change of a resource in source control, or null. */
    private dev.pipewright.core.diff.ChangeKind changeOf(ResourceEntry entry) {
        if (entry == null || changeMarks.isEmpty()) return null;
        return changeMarks.get((entry.category().kind().folder() + "/" + entry.name()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Puts a control (the "+" menu) at the right of the pane's header. */
    public void addHeaderControl(Node control) {
        headerBar.getChildren().add(control);
    }

    /** The filter box above the tree. */
    public TextField filterField() {
        return filterField;
    }

    /** The tree (its context menu is set by the resource actions). */
    public TreeView<ResourceTreeNode> treeView() {
        return treeView;
    }

    /** The node of the selected row, or null. */
    public ResourceTreeNode selectedNode() {
        TreeItem<ResourceTreeNode> item = treeView.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private static TreeItem<ResourceTreeNode> findEntry(TreeItem<ResourceTreeNode> item, ResourceEntry entry) {
        if (item == null) return null;
        if (entry.equals(item.getValue().resource())) return item;
        for (TreeItem<ResourceTreeNode> child : item.getChildren()) {
            TreeItem<ResourceTreeNode> found = findEntry(child, entry);
            if (found != null) return found;
        }
        return null;
    }

    /** Moves the keyboard focus to the filter box and selects its text (Ctrl+F). */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private void show(ResourceTreeNode tree) {
        TreeItem<ResourceTreeNode> selected = treeView.getSelectionModel().getSelectedItem();
        String selectedKey = selected == null ? null : selected.getValue().key();
        rebuilding = true;
        try {
            TreeItem<ResourceTreeNode> root = toItem(tree, viewModel.filteringProperty().get());
            root.setExpanded(true);
            treeView.setRoot(root);
            TreeItem<ResourceTreeNode> reselect = selectedKey == null ? null : find(root, selectedKey);
            if (reselect != null) {
                treeView.getSelectionModel().select(reselect);
            } else {
                treeView.getSelectionModel().clearSelection();
            }
        } finally {
            rebuilding = false;
        }
        TreeItem<ResourceTreeNode> now = treeView.getSelectionModel().getSelectedItem();
        viewModel.selectedProperty().set(now == null ? null : now.getValue().resource());
    }

    private TreeItem<ResourceTreeNode> toItem(ResourceTreeNode node, boolean filtering) {
        TreeItem<ResourceTreeNode> item = new TreeItem<>(node);
        for (ResourceTreeNode child : node.children()) item.getChildren().add(toItem(child, filtering));
        if (node.type() == Type.CATEGORY || node.type() == Type.FOLDER) {
            item.setExpanded(filtering ? !node.children().isEmpty() : expandedKeys.contains(node.key()));
            item.expandedProperty().addListener((obs, was, open) -> rememberExpansion(node.key(), open));
        }
        return item;
    }

    private void rememberExpansion(String key, boolean open) {
        // While filtering, everything is open by the filter's choice; keep the user's unfiltered layout.
        if (rebuilding || viewModel.filteringProperty().get()) return;
        if (open) expandedKeys.add(key); else expandedKeys.remove(key);
    }

    private static TreeItem<ResourceTreeNode> find(TreeItem<ResourceTreeNode> item, String key) {
        if (item.getValue().key().equals(key)) return item;
        for (TreeItem<ResourceTreeNode> child : item.getChildren()) {
            TreeItem<ResourceTreeNode> found = find(child, key);
            if (found != null) return found;
        }
        return null;
    }

    /** Label plus a CSS-drawn icon; icon shapes and colors live in the theme, keyed by style class. */
    private final class ResourceCell extends TreeCell<ResourceTreeNode> {
        private final Region icon = new Region();

        ResourceCell(ResourceTreeViewModel viewModel) {
            getStyleClass().add("resource-cell");
            // Runs after the selection moved: a click on the selected row reopens its closed tab.
            setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !isEmpty() && getItem() != null
                        && getItem().resource() != null) viewModel.openSelected();
            });
        }

        @Override
        protected void updateItem(ResourceTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            pseudoClassStateChanged(CATEGORY, !empty && node != null && node.type() == Type.CATEGORY);
            pseudoClassStateChanged(FOLDER, !empty && node != null && node.type() == Type.FOLDER);
            var change = empty || node == null ? null : changeOf(node.resource());
            for (var kind : dev.pipewright.core.diff.ChangeKind.values()) pseudoClassStateChanged(GIT.get(kind), kind == change);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            icon.getStyleClass().setAll("tree-icon",
                    node.type() == Type.FOLDER ? "icon-folder" : node.category().styleClass());
            setGraphic(icon);
        }
    }
}
