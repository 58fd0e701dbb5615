package dev.pipewright.studio.author;

import java.util.List;

/**
 * One node of the resource tree as the view model computes it (no JavaFX nodes, so plain JUnit can
 * inspect it). The view turns it into {@code TreeItem}s.
 *
 * @param type     what the node stands for
 * @param key      unique and stable across rebuilds (used to keep expansion and selection)
 * @param label    the text to show, e.g. "Pipelines (12)", "Sales", "Load orders"
 * @param category the group the node belongs to; null for the root
 * @param resource the resource of a {@link Type#RESOURCE} node; null otherwise
 * @param children child nodes: folders first, then resources, each sorted case-insensitively
 */
public record ResourceTreeNode(Type type, String key, String label, ResourceCategory category,
                               ResourceEntry resource, List<ResourceTreeNode> children) {

    public enum Type { ROOT, CATEGORY, FOLDER, RESOURCE }

    public ResourceTreeNode {
        children = List.copyOf(children);
    }

    /** The child with this label, or null; handy for tests and for walking folder paths. */
    public ResourceTreeNode child(String childLabel) {
        for (ResourceTreeNode child : children) {
            if (child.label.equals(childLabel)) return child;
        }
        return null;
    }

    /** The number of resources at or below this node. */
    public int resourceCount() {
        if (type == Type.RESOURCE) return 1;
        int count = 0;
        for (ResourceTreeNode child : children) count += child.resourceCount();
        return count;
    }
}
