package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

/** Removes one condition of an arrow, or the whole arrow (condition null); an entry left without conditions goes. */
public final class DisconnectCommand extends ArrowEdit {
    public DisconnectCommand(Resource pipeline, String list, String from, String to, String condition) {
        super(pipeline, list, from, to, condition);
    }

    @Override
    protected void apply(ObjectNode root) {
        ObjectNode downstream = ActivityTree.find(ActivityTree.list(root, list, false), to);
        ObjectNode entry = Dependencies.entry(downstream, from);
        if (entry == null) throw new EditRefusedException("'" + to + "' does not wait on '" + from + "'");
        ArrayNode conditions = entry.get("dependencyConditions") instanceof ArrayNode a ? a : entry.putArray("dependencyConditions");
        if (condition != null) {
            boolean removed = false;
            for (int i = conditions.size() - 1; i >= 0; i--) {
                if (condition.equals(conditions.get(i).asText())) {
                    conditions.remove(i);
                    removed = true;
                }
            }
            if (!removed) throw new EditRefusedException("'" + to + "' does not wait on '" + from + "' with " + condition);
        }
        if (condition == null || conditions.isEmpty()) {
            ArrayNode deps = (ArrayNode) downstream.get("dependsOn");
            for (int i = deps.size() - 1; i >= 0; i--) {
                JsonNode d = deps.get(i);
                if (d == entry) deps.remove(i);
            }
        }
    }

    @Override
    public String label() {
        return "Disconnect " + arrow();
    }
}
