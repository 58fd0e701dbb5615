package dev.pipewright.git;

/**
 * What a publish to the publish branch did.
 *
 * @param branch the publish branch (from the git configuration: {@code adf_publish} or {@code publish_config.json}'s)
 * @param folder where the templates are on it ({@code <factoryName>/})
 * @param commit the new commit, null when the branch held this output already
 * @param pushed the branch was sent to origin (false without a remote, or when origin had it)
 */
public record PublishOutcome(String branch, String folder, String commit, boolean pushed) {
}
