package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

/**
 * Makes {@code to} wait on {@code from} with a condition (an arrow on the canvas): adds the condition to the
 * existing {@code dependsOn} entry, or a new entry. Refused as {@link Dependencies#refusal} says.
 */
public final class ConnectCommand extends ArrowEdit {
    public ConnectCommand(Resource pipeline, String list, String from, String to, String condition) {
        super(pipeline, list, from, to, condition);
    }

    @Override
    protected void apply(ObjectNode root) {
        Dependencies.refusal(root, list, from, to, condition).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        ObjectNode downstream = ActivityTree.find(ActivityTree.list(root, list, false), to);
        ObjectNode entry = Dependencies.entry(downstream, from);
        if (entry == null) {
            entry = ActivityTree.dependsOn(downstream).addObject();
            entry.put("activity", from);
            entry.putArray("dependencyConditions");
        }
        ((ArrayNode) entry.get("dependencyConditions")).add(condition);
    }

    @Override
    public String label() {
        return "Connect " + arrow();
    }
}
