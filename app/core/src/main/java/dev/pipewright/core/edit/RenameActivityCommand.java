package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Renames an activity and the {@code dependsOn} entries of its siblings that name it. */
public final class RenameActivityCommand extends ResourceEdit {
    private final String list;
    private final String oldName;
    private final String newName;

    public RenameActivityCommand(Resource pipeline, String list, String oldName, String newName) {
        super(pipeline);
        this.list = list;
        this.oldName = oldName;
        this.newName = newName == null ? null : newName.strip();
    }

    @Override
    protected void apply(ObjectNode root) {
        ActivityTree.checkName(newName);
        ArrayNode activities = ActivityTree.list(root, list, false);
        ObjectNode activity = ActivityTree.find(activities, oldName);
        if (newName.equals(oldName)) throw new EditRefusedException("The name is unchanged");
        Set<String> others = new LinkedHashSet<>();
        for (String n : ActivityTree.allNames(root)) if (!n.equals(oldName)) others.add(n.toLowerCase(Locale.ROOT));
        if (others.contains(newName.toLowerCase(Locale.ROOT))) {
            throw new EditRefusedException("This pipeline already has an activity named '" + newName + "'");
        }
        activity.put("name", newName);
        for (JsonNode a : activities) {
            for (JsonNode d : a.path("dependsOn")) {
                if (d instanceof ObjectNode o && oldName.equals(o.path("activity").asText())) o.put("activity", newName);
            }
        }
    }

    @Override
    public String label() {
        return "Rename " + oldName + " to " + newName;
    }
}
