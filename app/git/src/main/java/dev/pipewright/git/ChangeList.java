package dev.pipewright.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.core.diff.FactoryDiff;
import dev.pipewright.core.diff.ResourceChange;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.factory.ResourcePath;
import dev.pipewright.git.Changes.ChangedResource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Changed files as changed resources ({@link FactoryDiff}), each with the file it is in. */
final class ChangeList {
    private ChangeList() {
    }

    static Changes of(Repository repo, String prefix, List<WorkingTreeScan.PathChange> files, boolean merging) throws IOException {
        Path workTree = repo.getWorkTree().toPath();
        List<FactoryDiff.FileChange> resourceFiles = new ArrayList<>();
        List<ResourceChange> conflicts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Map<String, String> pathOf = new HashMap<>(); // kind/name (lower case) → file, for the side each change is on
        Map<String, String> oldPathOf = new HashMap<>();
        Map<String, ObjectId[]> stages = merging ? Merges.stages(repo) : Map.of();
        for (WorkingTreeScan.PathChange f : files) {
            String rel = f.path().substring(prefix.length());
            Optional<ResourcePath> at = ResourcePath.of(rel);
            if (at.isEmpty()) {
                others.add(f.path());
                continue;
            }
            String key = key(at.get().kind(), at.get().name());
            if (f.work() == null) oldPathOf.put(key, f.path());
            else pathOf.put(key, f.path());
            if (f.conflicted()) {
                ObjectId[] s = stages.getOrDefault(f.path(), new ObjectId[4]);
                ResourceChange c = FactoryDiff.conflict(rel, blob(repo, s[1]), blob(repo, s[2]), blob(repo, s[3]));
                if (c != null) conflicts.add(c);
                pathOf.put(key, f.path());
                continue;
            }
            byte[] before = blob(repo, f.head());
            byte[] after = f.work() == null ? null : Files.readAllBytes(workTree.resolve(f.path()));
            resourceFiles.add(FactoryDiff.FileChange.of(rel, before, after));
        }
        List<ResourceChange> changes = new ArrayList<>(FactoryDiff.changes(resourceFiles));
        changes.addAll(conflicts);
        List<ChangedResource> resources = new ArrayList<>();
        for (ResourceChange c : changes) {
            String canonical = prefix + c.kind().folder() + "/" + c.name() + ".json";
            String path = c.change() == ChangeKind.DELETED ? oldPathOf.getOrDefault(key(c.kind(), c.name()), canonical)
                    : pathOf.getOrDefault(key(c.kind(), c.name()), canonical);
            String oldPath = c.change() == ChangeKind.RENAMED ? oldPathOf.get(key(c.kind(), c.oldName())) : null;
            resources.add(new ChangedResource(c, path, oldPath));
        }
        return new Changes(resources, others, merging);
    }

    private static String key(ResourceKind kind, String name) {
        return kind.folder() + "/" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
    }

    private static byte[] blob(Repository repo, ObjectId id) throws IOException {
        return id == null ? null : repo.open(id, Constants.OBJ_BLOB).getBytes();
    }

    /** The content of {@code path} at {@code rev} (a ref, commit id or HEAD), empty when it has none. */
    static Optional<byte[]> at(Repository repo, String rev, String path) throws IOException {
        ObjectId tree = repo.resolve(rev + "^{tree}");
        if (tree == null) return Optional.empty();
        try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
            if (walk == null || walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) return Optional.empty();
            return Optional.of(repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
        }
    }
}
