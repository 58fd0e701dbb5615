package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.factory.Resource;

import java.util.Collection;
import java.util.List;

/**
 * Deactivates activities as ADF Studio does ({@code "state": "Inactive", "onInactiveMarkAs": "Succeeded"} after
 * {@code type}; a set {@code onInactiveMarkAs} is kept) or activates them again (both members removed).
 */
public final class SetStateCommand extends ResourceEdit {
    private final String list;
    private final List<String> names;
    private final boolean active;

    public SetStateCommand(Resource pipeline, String list, Collection<String> names, boolean active) {
        super(pipeline);
        this.list = list;
        this.names = List.copyOf(names);
        this.active = active;
    }

    @Override
    protected void apply(ObjectNode root) {
        ArrayNode activities = ActivityTree.list(root, list, false);
        boolean changed = false;
        for (String name : names) {
            ObjectNode a = ActivityTree.find(activities, name);
            boolean inactive = "Inactive".equals(a.path("state").asText());
            if (active == !inactive) continue;
            changed = true;
            if (active) {
                a.remove("state");
                a.remove("onInactiveMarkAs");
            } else {
                ActivityTree.put(a, "state", TextNode.valueOf("Inactive"));
                if (!a.has("onInactiveMarkAs")) ActivityTree.put(a, "onInactiveMarkAs", TextNode.valueOf("Succeeded"));
            }
        }
        if (!changed) throw new EditRefusedException("Already " + (active ? "active" : "inactive"));
    }

    @Override
    public String label() {
        String what = names.size() == 1 ? names.get(0) : names.size() + " activities";
        return (active ? "Activate " : "Deactivate ") + what;
    }
}
