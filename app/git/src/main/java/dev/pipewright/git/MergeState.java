package dev.pipewright.git;

import dev.pipewright.core.diff.ResourceChange;

import java.util.List;

/**
 * A merge half-way (after a pull with conflicts, a merge in a terminal, or one cut short by a killed process): what is
 * left to resolve. The studio's merge view lists {@link #conflicts()}, shows each one's {@link ConflictVersions}, and
 * ends with {@code finishMerge} or {@code abortMerge}.
 *
 * @param inProgress false when no merge is going on (then the other fields are empty)
 * @param theirs     the commit being merged in (MERGE_HEAD), or null
 * @param message    the prepared merge commit message (MERGE_MSG), or ""
 * @param conflicts  the files still unmerged
 */
public record MergeState(boolean inProgress, String theirs, String message, List<Conflict> conflicts) {
    public static final MergeState NONE = new MergeState(false, null, "", List.of());

    /**
     * One unmerged file.
     *
     * @param path     relative to the working tree
     * @param resource the conflicted resource with one detail per conflicting member, null when the file is not an
     *                 ADF resource under the root folder (it is then resolved as text)
     */
    public record Conflict(String path, ResourceChange resource) {
    }

    /** True when every conflict is resolved: the merge can be finished. */
    public boolean resolved() {
        return inProgress && conflicts.isEmpty();
    }
}
