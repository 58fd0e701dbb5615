package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.ActivityCategory;
import dev.pipewright.core.edit.ActivityKind;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Activities toolbox: a search box over ADF's groups. Drag an entry onto the canvas (a full press-drag-release
 * gesture the canvas receives) or double-click it to add it.
 */
public final class ToolboxView extends VBox {
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();

    public ToolboxView(ToolboxViewModel viewModel, Consumer<ActivityKind> onDoubleClick) {
        getStyleClass().add("toolbox");
        setId("toolbox");
        Label header = new Label("Activities");
        header.getStyleClass().add("pane-header");
        search.setId("toolbox-search");
        search.setPromptText("Search activities");
        search.getStyleClass().add("filter-field");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        tree.setId("toolbox-tree");
        tree.getStyleClass().add("toolbox-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new KindCell(onDoubleClick));
        VBox.setVgrow(tree, Priority.ALWAYS);
        viewModel.groupsProperty().addListener((o, a, groups) -> show(groups, viewModel.searching()));
        show(viewModel.groupsProperty().get(), false);
        getChildren().addAll(header, search, tree);
    }

    private void show(Map<ActivityCategory, List<ActivityKind>> groups, boolean expandAll) {
        TreeItem<Object> root = new TreeItem<>("Activities");
        boolean first = true;
        for (var e : groups.entrySet()) {
            TreeItem<Object> group = new TreeItem<>(e.getKey());
            e.getValue().forEach(k -> group.getChildren().add(new TreeItem<>(k)));
            group.setExpanded(expandAll || first || e.getKey() == ActivityCategory.GENERAL
                    || e.getKey() == ActivityCategory.ITERATION_AND_CONDITIONALS);
            first = false;
            root.getChildren().add(group);
        }
        tree.setRoot(root);
    }

    private static final class KindCell extends TreeCell<Object> {
        private final Region icon = new Region();
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        KindCell(Consumer<ActivityKind> onDoubleClick) {
            getStyleClass().add("toolbox-cell");
            setOnDragDetected(e -> {
                if (getItem() instanceof ActivityKind) {
                    startFullDrag();
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() instanceof ActivityKind k) {
                    onDoubleClick.accept(k);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setUserData(empty ? null : item instanceof ActivityKind ? item : null);
            setId(item instanceof ActivityKind k && !empty ? "tool-" + k.type() : null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else if (item instanceof ActivityKind k) {
                setText(k.displayName());
                tip.setText(k.displayName() + " (" + k.category().displayName() + ")\nJSON type: " + k.type()
                        + (k.isContainer() ? "\nHolds activities of its own: double-click the box on the canvas to open them" : "")
                        + "\nDrag it onto the canvas, or double-click here to add it beside the others");
                setTooltip(tip);
                icon.getStyleClass().setAll("tree-icon", "tool-icon", "category-" + k.category().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "type-" + k.type().toLowerCase(Locale.ROOT));
                setGraphic(icon);
            } else {
                setText(((ActivityCategory) item).displayName());
                setGraphic(null);
                setTooltip(null);
            }
        }
    }
}
