package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * State of the Author hub's "Factory Resources" pane: the resources of the open factory, the filter text,
 * the tree to show for them, and the selected resource. Plain JavaFX properties, no scene-graph nodes.
 * Use it on the JavaFX thread once a view is bound to it.
 */
public final class ResourceTreeViewModel {
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering", false);
    private final ReadOnlyObjectWrapper<ResourceTreeNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObjectProperty<ResourceEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private List<ResourceEntry> entries = List.of();
    private java.nio.file.Path shownRoot;
    private java.util.function.Consumer<ResourceEntry> onOpen = entry -> { };

    public ResourceTreeViewModel() {
        filter.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** Shows the resources of {@code factory}; the filter stays as typed for the same factory and clears for another. */
    public void show(Factory factory) {
        if (shownRoot != null && !shownRoot.equals(factory.root())) filter.set("");
        shownRoot = factory.root();
        List<ResourceEntry> list = new ArrayList<>();
        for (ResourceCategory category : ResourceCategory.values()) {
            for (Resource resource : factory.resources(category.kind())) list.add(ResourceEntry.of(category, resource));
        }
        entries = List.copyOf(list);
        selected.set(null);
        rebuild();
    }

    /** Another factory is being opened: an empty tree and no filter, even if that factory cannot be read. */
    public void startOver() {
        shownRoot = null;
        filter.set("");
        clear();
    }

    /** Shows an empty tree (no factory open). */
    public void clear() {
        entries = List.of();
        selected.set(null);
        rebuild();
    }

    private void rebuild() {
        filtering.set(!ResourceTreeBuilder.normalizeFilter(filter.get()).isEmpty());
        tree.set(ResourceTreeBuilder.build(entries, filter.get()));
    }

    /** Case-insensitive substring of resource names; blank shows everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** True while the filter holds more than blanks (the view then expands every matching folder). */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    /** The tree to show; replaced (never mutated) when the factory or the filter changes. */
    public ReadOnlyObjectProperty<ResourceTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ResourceTreeNode tree() {
        return tree.get();
    }

    /** What opening a resource does (the Author hub opens or activates its editor tab). */
    public void setOnOpen(java.util.function.Consumer<ResourceEntry> action) {
        onOpen = action;
    }

    /**
     * Opens the selected resource again: a click, a double-click or Enter on the row that is already selected changes
     * no selection, yet must reopen a tab that was closed.
     */
    public void openSelected() {
        if (selected.get() != null) onOpen.accept(selected.get());
    }

    /** The resource selected in the tree, or null when a group/folder or nothing is selected. */
    public ObjectProperty<ResourceEntry> selectedProperty() {
        return selected;
    }

    /** All resources shown when no filter is set, per group (for counts elsewhere). */
    public long total(ResourceCategory category) {
        return entries.stream().filter(e -> e.category() == category).count();
    }
}
