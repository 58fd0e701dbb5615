package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

/** Replaces a resource's whole JSON (an edit in the code view). The name must stay: renaming is its own edit. */
public final class ReplaceJsonCommand extends ResourceEdit {
    private final ObjectNode replacement;

    public ReplaceJsonCommand(Resource resource, ObjectNode replacement) {
        super(resource);
        this.replacement = replacement.deepCopy();
    }

    @Override
    protected void apply(ObjectNode root) {
        String name = root.path("name").asText();
        if (!name.equals(replacement.path("name").asText())) {
            throw new EditRefusedException("The code view cannot rename '" + name + "': rename it in Factory Resources");
        }
        if (root.equals(replacement)) throw new EditRefusedException("The JSON is unchanged");
        root.removeAll();
        root.setAll(replacement.deepCopy());
    }

    @Override
    public String label() {
        return "Edit JSON of " + resource().name();
    }
}
