package dev.pipewright.git;

/**
 * The three sides of an unmerged file, and what the working tree holds now, as text (UTF-8), for the merge view.
 *
 * @param path    relative to the working tree
 * @param base    the common ancestor's version, null when both sides added the file
 * @param ours    our version (the branch merged into), null when we deleted it
 * @param theirs  their version, null when they deleted it
 * @param working the working-tree file (with conflict markers), null when there is none
 */
public record ConflictVersions(String path, String base, String ours, String theirs, String working) {
}
