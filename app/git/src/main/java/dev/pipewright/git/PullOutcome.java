package dev.pipewright.git;

import java.util.List;

/**
 * What a pull did.
 *
 * @param kind      up to date, fast-forwarded, merged (a merge commit was made), conflicts left, or no upstream
 * @param commit    HEAD afterwards
 * @param merged    the resource files both sides had changed that the JSON merge joined without conflict
 * @param conflicts when {@link Kind#CONFLICTS}: the merge state to resolve in the merge view
 */
public record PullOutcome(Kind kind, String commit, List<String> merged, MergeState conflicts) {
    public enum Kind {
        UP_TO_DATE, FAST_FORWARD, MERGED, CONFLICTS,
        /** The branch is not on the remote yet (push it first); nothing was merged. */
        NO_UPSTREAM
    }
}
