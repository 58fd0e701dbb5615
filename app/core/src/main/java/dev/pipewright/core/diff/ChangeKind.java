package dev.pipewright.core.diff;

/** How a resource changed between two snapshots of a factory. */
public enum ChangeKind { ADDED, MODIFIED, DELETED, RENAMED, CONFLICTED }
