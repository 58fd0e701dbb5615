package dev.pipewright.git;

/**
 * A branch for the branch selector.
 *
 * @param name     short name ({@code main}, {@code feature/sales})
 * @param local    a local branch exists (else only {@code origin/<name>} does: switching creates the local one)
 * @param current  HEAD is on it
 * @param upstream the remote-tracking branch it follows ({@code origin/main}), or null
 * @param ahead    commits it has that its upstream lacks (0 without upstream)
 * @param behind   commits its upstream has that it lacks
 */
public record BranchInfo(String name, boolean local, boolean current, String upstream, int ahead, int behind) {
}
