package dev.pipewright.git;

/**
 * What a push did.
 *
 * @param branch       the branch pushed
 * @param remoteBranch where it went ({@code origin/<branch>})
 * @param upToDate     the remote had it already: nothing was sent
 */
public record PushOutcome(String branch, String remoteBranch, boolean upToDate) {
}
