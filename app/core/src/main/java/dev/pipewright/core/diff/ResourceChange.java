package dev.pipewright.core.diff;

import dev.pipewright.core.factory.ResourceKind;

import java.util.List;

/**
 * One changed resource.
 *
 * @param kind    pipeline, dataset …
 * @param name    its name now (before, for a deleted one); a managed private endpoint's is {@code <vnet>/<name>}
 * @param change  added, modified, deleted, renamed or conflicted
 * @param oldName for a rename the name it had, else null
 * @param details the semantic summary ({@link ResourceDiff}); for a rename what changed besides the name; empty
 *                for an added or deleted resource
 */
public record ResourceChange(ResourceKind kind, String name, ChangeKind change, String oldName, List<String> details) {
    public ResourceChange {
        details = List.copyOf(details);
    }

    /** {@code pipeline/P}, as the CLI and problems name a resource. */
    public String id() {
        return kind.folder() + "/" + name;
    }
}
