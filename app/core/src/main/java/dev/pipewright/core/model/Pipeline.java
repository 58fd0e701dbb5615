package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A view of a pipeline resource: activities (nested included), parameters, variables, folder. */
public final class Pipeline extends ResourceView {
    public Pipeline(Resource resource) {
        super(resource, ResourceKind.PIPELINE);
    }

    public static List<Pipeline> all(Factory factory) {
        return factory.resources(ResourceKind.PIPELINE).stream().map(Pipeline::new).toList();
    }

    /** Top-level activities. */
    public List<Activity> activities() {
        return activitiesOf(Json.array(properties(), "activities"), "/properties/activities", null);
    }

    /** Every activity, depth first, containers before their inner activities. */
    public List<Activity> allActivities() {
        List<Activity> all = new ArrayList<>();
        walk(activities(), all::add);
        return all;
    }

    private static void walk(List<Activity> activities, Consumer<Activity> visitor) {
        for (Activity a : activities) {
            visitor.accept(a);
            for (Activity.Branch b : a.branches()) walk(b.activities(), visitor);
        }
    }

    /** The activities of one activity array (at {@code listPointer} in its resource), e.g. a container's branch. */
    public static List<Activity> activities(JsonNode list, String listPointer) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        if (list != null) list.forEach(nodes::add);
        return activitiesOf(nodes, listPointer, null);
    }

    static List<Activity> activitiesOf(List<JsonNode> nodes, String listPointer, Activity container) {
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof ObjectNode o) {
                list.add(new Activity(o, JsonLocator.child(listPointer, i), container));
            }
        }
        return list;
    }

    /** Parameter name → definition ({@code type}, {@code defaultValue}), in file order. */
    public Map<String, ObjectNode> parameters() {
        return members(properties(), "parameters");
    }

    /** Variable name → definition ({@code type}, {@code defaultValue}), in file order. */
    public Map<String, ObjectNode> variables() {
        return members(properties(), "variables");
    }

    public Optional<Integer> concurrency() {
        JsonNode c = properties().get("concurrency");
        return c != null && c.isNumber() ? Optional.of(c.intValue()) : Optional.empty();
    }

    static Map<String, ObjectNode> members(JsonNode owner, String field) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        Json.object(owner, field).ifPresent(o -> o.properties().forEach(e -> {
            if (e.getValue() instanceof ObjectNode v) map.put(e.getKey(), v);
        }));
        return map;
    }
}
