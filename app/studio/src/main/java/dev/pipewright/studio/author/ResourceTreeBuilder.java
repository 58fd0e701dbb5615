package dev.pipewright.studio.author;

import dev.pipewright.studio.author.ResourceTreeNode.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Builds the "Factory Resources" tree: one node per {@link ResourceCategory} (always present, labelled with
 * the number of resources it shows), ADF folders nested at "/", folders before resources, both sorted
 * case-insensitively. A filter keeps the resources whose name contains it (ignoring case) and only the
 * folders on the way to them.
 */
final class ResourceTreeBuilder {
    /** Case-insensitive, with a case-sensitive tie-break so "sales" and "Sales" keep a stable order. */
    static final Comparator<String> NAME_ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private ResourceTreeBuilder() {
    }

    static ResourceTreeNode build(List<ResourceEntry> entries, String filter) {
        String needle = normalizeFilter(filter);
        List<ResourceTreeNode> categories = new ArrayList<>();
        for (ResourceCategory category : ResourceCategory.values()) {
            Folder top = new Folder(category.name());
            for (ResourceEntry entry : entries) {
                if (entry.category() == category && matches(entry.name(), needle)) top.add(entry, 0);
            }
            List<ResourceTreeNode> children = top.children(category);
            int shown = children.stream().mapToInt(ResourceTreeNode::resourceCount).sum();
            categories.add(new ResourceTreeNode(Type.CATEGORY, category.name(),
                    category.displayName() + " (" + shown + ")", category, null, children));
        }
        return new ResourceTreeNode(Type.ROOT, "", "Factory Resources", null, null, categories);
    }

    /** The filter as matched: trimmed and lower-cased; empty means "show everything". */
    static String normalizeFilter(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String name, String needle) {
        return needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** A folder while the tree is built; sub-folders keyed by their exact name, sorted for display. */
    private static final class Folder {
        private final String key;
        private final TreeMap<String, Folder> folders = new TreeMap<>(NAME_ORDER);
        private final List<ResourceEntry> resources = new ArrayList<>();

        Folder(String key) {
            this.key = key;
        }

        void add(ResourceEntry entry, int depth) {
            if (depth == entry.folder().size()) {
                resources.add(entry);
                return;
            }
            String name = entry.folder().get(depth);
            folders.computeIfAbsent(name, n -> new Folder(key + "/" + n)).add(entry, depth + 1);
        }

        List<ResourceTreeNode> children(ResourceCategory category) {
            List<ResourceTreeNode> children = new ArrayList<>();
            folders.forEach((name, folder) -> children.add(new ResourceTreeNode(
                    Type.FOLDER, folder.key, name, category, null, folder.children(category))));
            resources.stream()
                    .sorted(Comparator.comparing(ResourceEntry::name, NAME_ORDER))
                    // ':' cannot clash with a folder key, which only ever adds "/segment"
                    .forEach(r -> children.add(new ResourceTreeNode(
                            Type.RESOURCE, key + ":" + r.name(), r.name(), category, r, List.of())));
            return children;
        }
    }
}
