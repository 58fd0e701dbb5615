package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

import java.util.Objects;

/**
 * Base of the edits on one resource's JSON tree. Undo and redo restore whole snapshots of the tree taken
 * before and after the first execution, in place (the root object stays the same object), so undo gives back
 * the exact bytes and nothing can drift however many times it runs.
 */
public abstract class ResourceEdit implements EditCommand {
    private final Resource resource;
    private ObjectNode before;
    private ObjectNode after;

    protected ResourceEdit(Resource resource) {
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    public Resource resource() {
        return resource;
    }

    /** Changes {@code root} (the resource's tree); throws {@link EditRefusedException} to refuse. */
    protected abstract void apply(ObjectNode root);

    @Override
    public final void execute() {
        ObjectNode root = resource.json();
        if (after != null) {
            restore(root, after);
            return;
        }
        ObjectNode snapshot = root.deepCopy();
        try {
            apply(root);
        } catch (RuntimeException e) {
            restore(root, snapshot); // a refused or failed edit leaves nothing behind
            throw e;
        }
        before = snapshot;
        after = root.deepCopy();
    }

    @Override
    public final void undo() {
        if (before == null) throw new IllegalStateException("Not executed: " + label());
        restore(resource.json(), before);
    }

    private static void restore(ObjectNode root, ObjectNode snapshot) {
        root.removeAll();
        root.setAll(snapshot.deepCopy()); // a fresh copy: later edits must never reach the snapshot
    }
}
