package dev.pipewright.git;

import org.eclipse.jgit.lib.RepositoryState;

/**
 * Where the working copy is: on a branch or detached, at which commit, and whether a merge is half-way.
 *
 * @param branch the current branch's short name ({@code feature/x}), null when HEAD is detached
 * @param commit the commit id HEAD points at, null in a repository without commits
 * @param state  JGit's repository state ({@code SAFE}, {@code MERGING}, {@code MERGING_RESOLVED}, {@code REBASING} …)
 */
public record HeadState(String branch, String commit, RepositoryState state) {
    public boolean detached() {
        return branch == null;
    }

    /** A merge waits to be finished or aborted (conflicts left, or all resolved but not committed). */
    public boolean merging() {
        return state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
    }

    /** The commit's short id (7 characters), or "" when there is none. */
    public String shortCommit() {
        return commit == null ? "" : commit.substring(0, 7);
    }
}
