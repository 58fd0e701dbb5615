package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Deletes activities of one list and the {@code dependsOn} entries of their siblings that point at them. */
public final class DeleteActivitiesCommand extends ResourceEdit {
    private final String list;
    private final List<String> names;

    public DeleteActivitiesCommand(Resource pipeline, String list, Collection<String> names) {
        super(pipeline);
        this.list = list;
        this.names = List.copyOf(names);
    }

    @Override
    protected void apply(ObjectNode root) {
        if (names.isEmpty()) throw new EditRefusedException("Nothing selected to delete");
        ArrayNode activities = ActivityTree.list(root, list, false);
        for (String name : names) ActivityTree.find(activities, name);
        Set<String> gone = Set.copyOf(names);
        for (int i = activities.size() - 1; i >= 0; i--) {
            if (gone.contains(ActivityTree.nameOf(activities.get(i)))) activities.remove(i);
        }
        for (JsonNode a : activities) {
            if (a.get("dependsOn") instanceof ArrayNode deps) {
                for (int i = deps.size() - 1; i >= 0; i--) {
                    if (gone.contains(deps.get(i).path("activity").asText())) deps.remove(i);
                }
            }
        }
    }

    @Override
    public String label() {
        return names.size() == 1 ? "Delete activity " + names.get(0) : "Delete " + names.size() + " activities";
    }
}
