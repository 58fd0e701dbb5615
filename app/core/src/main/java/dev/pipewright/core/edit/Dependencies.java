package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.model.Dependency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** ADF's rules for a new dependency (an arrow on the canvas) between two activities of one list. */
public final class Dependencies {
    private Dependencies() {
    }

    /**
     * Why ADF would not accept {@code to} waiting on {@code from} with {@code condition}, or empty when it would:
     * unknown condition, an activity depending on itself, a cycle, the same arrow twice, and Upon Completion beside
     * Upon Success or Upon Failure from one activity.
     */
    public static Optional<String> refusal(ObjectNode root, String list, String from, String to, String condition) {
        if (!Dependency.CONDITIONS.contains(condition)) {
            return Optional.of("'" + condition + "' is not a dependency condition: use Succeeded, Failed, Completed or Skipped");
        }
        ArrayNode activities = ActivityTree.list(root, list, false);
        try {
            ActivityTree.find(activities, from);
            ActivityTree.find(activities, to);
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
        if (from.equals(to)) return Optional.of("An activity cannot depend on itself");
        if (upstreamOf(activities, from).contains(to)) {
            return Optional.of("'" + from + "' already runs after '" + to + "': this arrow would make a cycle");
        }
        Set<String> used = conditionsFrom(activities, from);
        if (conditionsOf(activities, from, to).contains(condition)) {
            return Optional.of("'" + to + "' already waits on '" + from + "' with " + condition);
        }
        boolean completed = condition.equals("Completed");
        if (completed && (used.contains("Succeeded") || used.contains("Failed"))
                || !completed && !condition.equals("Skipped") && used.contains("Completed")) {
            return Optional.of("ADF does not allow an Upon Completion path beside an Upon Success or Upon Failure path from one activity ('"
                    + from + "' already has " + (completed ? "Upon Success or Upon Failure" : "Upon Completion")
                    + "): use Completed alone, or Succeeded and Failed");
        }
        return Optional.empty();
    }

    /** The conditions {@code to} waits on {@code from} with (empty when not connected). */
    static Set<String> conditionsOf(ArrayNode activities, String from, String to) {
        Set<String> conditions = new LinkedHashSet<>();
        JsonNode entry = entry(ActivityTree.find(activities, to), from);
        if (entry != null) entry.path("dependencyConditions").forEach(c -> conditions.add(c.asText()));
        return conditions;
    }

    /** Every condition on the arrows leaving {@code from}. */
    static Set<String> conditionsFrom(ArrayNode activities, String from) {
        Set<String> conditions = new HashSet<>();
        for (JsonNode a : activities) {
            for (JsonNode d : a.path("dependsOn")) {
                if (from.equals(d.path("activity").asText())) d.path("dependencyConditions").forEach(c -> conditions.add(c.asText()));
            }
        }
        return conditions;
    }

    /** The dependsOn entry of {@code activity} naming {@code upstream}, or null. */
    static ObjectNode entry(ObjectNode activity, String upstream) {
        for (JsonNode d : activity.path("dependsOn")) {
            if (d instanceof ObjectNode o && upstream.equals(o.path("activity").asText())) return o;
        }
        return null;
    }

    /** All activities {@code name} waits on, directly or not. */
    static Set<String> upstreamOf(ArrayNode activities, String name) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(name);
        while (!todo.isEmpty()) {
            String next = todo.pop();
            ObjectNode a;
            try {
                a = ActivityTree.find(activities, next);
            } catch (EditRefusedException missing) {
                continue; // a dangling dependsOn: the validator reports it
            }
            for (JsonNode d : a.path("dependsOn")) {
                String up = d.path("activity").asText();
                if (seen.add(up)) todo.push(up);
            }
        }
        return seen;
    }
}
