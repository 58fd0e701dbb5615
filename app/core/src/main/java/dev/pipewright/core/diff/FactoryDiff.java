package dev.pipewright.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.factory.ResourcePath;
import dev.pipewright.core.merge.JsonMerge;
import dev.pipewright.core.merge.JsonTrees;
import dev.pipewright.core.merge.MergeConflict;
import dev.pipewright.core.merge.MergeResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The changed resources between two snapshots of a factory — not files: a file whose JSON tree is the same
 * (only formatting, key order or line breaks changed) is not a modified resource, and a resource deleted while
 * another of its kind was added with the same or nearly the same content is a rename ({@link Renames}).
 * <p>
 * A snapshot comparison needs only the files that may differ: a git layer passes the paths whose blobs differ
 * ({@link #changes(Collection)}), each with its bytes before and after; whole snapshots and loaded factories work too.
 */
public final class FactoryDiff {
    private static final Comparator<ResourceChange> ORDER = Comparator.comparing(ResourceChange::kind)
            .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)).thenComparing(ResourceChange::name);

    /**
     * One file that may have changed, by its path relative to the factory root. {@code before} null: the file is
     * new; {@code after} null: it was deleted. {@code conflicted}: git has it unmerged (then {@code after} is the
     * working-tree file, with markers). Files outside ADF's resource folders are ignored.
     */
    public record FileChange(String path, byte[] before, byte[] after, boolean conflicted) {
        public static FileChange of(String path, byte[] before, byte[] after) {
            return new FileChange(path, before, after, false);
        }
    }

    /** One side of a resource: its tree, or null when the file is not readable as JSON (then its bytes). */
    record Version(ResourceKind kind, String name, JsonNode tree, byte[] bytes) {
        boolean sameAs(Version other) {
            if (tree != null && other.tree != null) return JsonTrees.same(tree, other.tree);
            return tree == null && other.tree == null && Arrays.equals(bytes, other.bytes); // both unknown (null): nothing to tell
        }
    }

    private FactoryDiff() {
    }

    /** The changed resources among these files, sorted by kind and name. */
    public static List<ResourceChange> changes(Collection<FileChange> files) {
        List<ResourceChange> changes = new ArrayList<>();
        List<Version> deleted = new ArrayList<>();
        List<Version> added = new ArrayList<>();
        for (FileChange file : files) {
            var at = ResourcePath.of(file.path());
            if (at.isEmpty()) continue;
            Version before = file.before == null ? null : version(at.get(), file.before);
            Version after = file.after == null ? null : version(at.get(), file.after);
            if (file.conflicted) {
                Version v = after != null ? after : before;
                changes.add(new ResourceChange(v.kind(), v.name(), ChangeKind.CONFLICTED, null,
                        after != null && after.tree == null ? List.of("merge conflict markers in the file") : details(before, after)));
            } else if (before == null && after != null) {
                added.add(after);
            } else if (after == null && before != null) {
                deleted.add(before);
            } else if (before != null && !before.sameAs(after)) {
                changes.add(new ResourceChange(after.kind(), after.name(), ChangeKind.MODIFIED, null, details(before, after)));
            }
        }
        changes.addAll(Renames.pair(deleted, added));
        changes.sort(ORDER);
        return changes;
    }

    /** Two whole snapshots, path → bytes (e.g. a git tree and the working tree); equal bytes are skipped unread. */
    public static List<ResourceChange> changes(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> paths = new HashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FileChange> files = new ArrayList<>();
        for (String path : paths) {
            byte[] b = before.get(path);
            byte[] a = after.get(path);
            if (b == null || a == null || !Arrays.equals(b, a)) files.add(FileChange.of(path, b, a));
        }
        return changes(files);
    }

    /** Two loaded factories (files one of them could not read count as changed, with no details). */
    public static List<ResourceChange> changes(Factory before, Factory after) {
        Map<String, Version> old = versions(before);
        Map<String, Version> now = versions(after);
        List<ResourceChange> changes = new ArrayList<>();
        List<Version> deleted = new ArrayList<>();
        List<Version> added = new ArrayList<>();
        for (var e : old.entrySet()) {
            Version a = now.get(e.getKey());
            if (a == null) deleted.add(e.getValue());
            else if (!e.getValue().sameAs(a)) changes.add(new ResourceChange(a.kind(), a.name(), ChangeKind.MODIFIED, null, details(e.getValue(), a)));
        }
        for (var e : now.entrySet()) if (!old.containsKey(e.getKey())) added.add(e.getValue());
        changes.addAll(Renames.pair(deleted, added));
        changes.sort(ORDER);
        return changes;
    }

    /**
     * A file git left unmerged, from its three stages (base null when both sides added it): conflicted, with one
     * detail per conflicting member as the JSON merge sees it ({@code conflict at activities[A].policy.timeout: ours
     * 0.02:00:00, theirs 0.01:00:00}). Null when the path is not a resource.
     */
    public static ResourceChange conflict(String path, byte[] base, byte[] ours, byte[] theirs) {
        var at = ResourcePath.of(path);
        if (at.isEmpty()) return null;
        Version v = version(at.get(), ours != null ? ours : theirs);
        MergeResult merge = JsonMerge.merge(text(base), text(ours), text(theirs));
        List<String> details = new ArrayList<>();
        for (MergeConflict c : merge.conflicts()) {
            String where = c.path().startsWith("properties.") ? c.path().substring("properties.".length()) : c.path();
            details.add("conflict at " + (where.isEmpty() ? "the whole file" : where) + ": ours " + side(c.ours()) + ", theirs " + side(c.theirs()));
        }
        return new ResourceChange(v.kind(), v.name(), ChangeKind.CONFLICTED, null, details);
    }

    private static String side(JsonNode value) {
        return value == null ? "deleted" : ResourceDiff.shown(value);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    static List<String> details(Version before, Version after) {
        if (before == null || after == null) return List.of();
        if (before.tree == null || after.tree == null) {
            return List.of(after.tree == null ? "the file is not valid JSON now" : "the file is valid JSON again");
        }
        return ResourceDiff.details(before.tree, after.tree);
    }

    private static Version version(ResourcePath at, byte[] bytes) {
        ParsedJson parsed = JsonReader.read(bytes, null, null);
        JsonNode tree = parsed.hasErrors() ? null : parsed.root();
        JsonNode name = tree == null ? null : tree.get("name");
        String resourceName = at.name();
        if (name != null && name.isTextual() && !name.textValue().isEmpty()) {
            resourceName = at.kind() == ResourceKind.MANAGED_PRIVATE_ENDPOINT
                    ? at.name().substring(0, at.name().indexOf('/') + 1) + name.textValue() : name.textValue();
        }
        return new Version(at.kind(), resourceName, tree, bytes);
    }

    private static Map<String, Version> versions(Factory factory) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Resource r : factory.resources()) {
            String path = r.path() != null ? r.path() : r.canonicalPath();
            versions.put(path, new Version(r.kind(), r.id().name(), r.json(), null));
        }
        for (String path : factory.unreadableFiles()) {
            ResourcePath.of(path).ifPresent(at -> versions.put(path, new Version(at.kind(), at.name(), null, null)));
        }
        return versions;
    }
}
