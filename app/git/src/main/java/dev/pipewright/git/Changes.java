package dev.pipewright.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.core.diff.ResourceChange;

import java.util.List;

/**
 * The Changes view's content: what differs between HEAD and the working tree under the factory's root folder, as
 * changed resources (not files), plus the other files that changed there.
 *
 * @param resources  changed resources, by kind and name, each with its files ({@link ChangedResource})
 * @param otherFiles changed files under the root folder that are not resources ({@code README.md}, a file in an
 *                   unknown folder), relative to the working tree
 * @param merging    a merge is in progress (conflicted resources are {@link ChangeKind#CONFLICTED})
 */
public record Changes(List<ChangedResource> resources, List<String> otherFiles, boolean merging) {
    /**
     * One changed resource and where it is.
     *
     * @param change  kind, name, added/modified/deleted/renamed/conflicted, old name, semantic summary
     * @param path    its file relative to the working tree (for a deleted one the file it had)
     * @param oldPath for a rename the file it had, else null
     */
    public record ChangedResource(ResourceChange change, String path, String oldPath) {
        /** The paths to commit for this resource (both files of a rename). */
        public List<String> paths() {
            return oldPath == null ? List.of(path) : List.of(oldPath, path);
        }
    }

    public boolean isEmpty() {
        return resources.isEmpty() && otherFiles.isEmpty();
    }

    public List<ChangedResource> of(ChangeKind kind) {
        return resources.stream().filter(r -> r.change().change() == kind).toList();
    }

    /** Every changed path (resources and other files), for Commit all. */
    public List<String> allPaths() {
        List<String> paths = new java.util.ArrayList<>();
        for (ChangedResource r : resources) paths.addAll(r.paths());
        paths.addAll(otherFiles);
        return paths;
    }
}
