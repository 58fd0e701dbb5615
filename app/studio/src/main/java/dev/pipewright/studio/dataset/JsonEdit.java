package dev.pipewright.studio.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.ResourceEdit;
import dev.pipewright.core.factory.Resource;

import java.util.function.Consumer;

/** An edit of a dataset's tree by a function, undone from snapshots like every {@link ResourceEdit}. */
final class JsonEdit extends ResourceEdit {
    private final String label;
    private final Consumer<ObjectNode> change;

    JsonEdit(Resource resource, String label, Consumer<ObjectNode> change) {
        super(resource);
        this.label = label;
        this.change = change;
    }

    @Override
    protected void apply(ObjectNode root) {
        change.accept(root);
    }

    @Override
    public String label() {
        return label;
    }
}
