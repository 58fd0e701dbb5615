package dev.pipewright.git;

import java.util.Objects;

/**
 * ADF's git configuration of a working copy (Manage › Git configuration), kept in the workspace store, never in
 * factory files: the collaboration branch (pull requests go into it, feature branches start from it), the publish
 * branch ({@code publish_config.json}'s {@code publishBranch} in the root folder on the collaboration branch,
 * else {@value #DEFAULT_PUBLISH_BRANCH}), and the factory's root folder inside the repository.
 *
 * @param collaborationBranch e.g. {@code main}
 * @param publishBranch       e.g. {@code adf_publish}
 * @param rootFolder          the root folder relative to the working tree with forward slashes, {@code ""} for the top
 *                            (ADF writes {@code /}; both forms are accepted)
 */
public record GitSettings(String collaborationBranch, String publishBranch, String rootFolder) {
    public static final String DEFAULT_COLLABORATION_BRANCH = "main";
    public static final String DEFAULT_PUBLISH_BRANCH = "adf_publish";

    public GitSettings {
        Objects.requireNonNull(collaborationBranch, "collaborationBranch");
        publishBranch = publishBranch == null || publishBranch.isBlank() ? DEFAULT_PUBLISH_BRANCH : publishBranch;
        rootFolder = normalize(rootFolder);
    }

    /** {@code "/adf/"}, {@code "adf"} and {@code "\\adf"} are all {@code "adf"}; {@code "/"} is {@code ""}. */
    static String normalize(String folder) {
        if (folder == null) return "";
        String f = folder.replace('\\', '/');
        while (f.startsWith("/")) f = f.substring(1);
        while (f.endsWith("/")) f = f.substring(0, f.length() - 1);
        return f;
    }

    /** The root folder as a path prefix of repository paths: {@code ""} or {@code "adf/"}. */
    public String prefix() {
        return rootFolder.isEmpty() ? "" : rootFolder + "/";
    }

    public GitSettings withRootFolder(String folder) {
        return new GitSettings(collaborationBranch, publishBranch, folder);
    }

    public GitSettings withCollaborationBranch(String branch) {
        return new GitSettings(branch, publishBranch, rootFolder);
    }

    public GitSettings withPublishBranch(String branch) {
        return new GitSettings(collaborationBranch, branch, rootFolder);
    }
}
