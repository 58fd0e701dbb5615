package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order ADF writes the members of each object of one resource kind in, by path below the edited object
 * (list indexes written as {@code *}: {@code typeProperties/cases/*}). A member that is already there keeps its
 * place (imported files keep their order); a new member goes before the first present member that comes after
 * it in ADF's order, so a new object comes out in exactly ADF's order.
 */
public final class KeyOrder {
    private final Map<String, List<String>> byPath = new HashMap<>();

    public KeyOrder at(String path, String... keys) {
        byPath.put(path, List.of(keys));
        return this;
    }

    public KeyOrder at(String path, List<String> keys) {
        byPath.put(path, List.copyOf(keys));
        return this;
    }

    /** ADF's order of the object at {@code path} (empty when unknown: new members go last). */
    public List<String> of(String path) {
        return byPath.getOrDefault(path.replaceAll("(^|/)\\d+(?=/|$)", "$1*"), List.of());
    }

    /** Sets {@code key} in {@code target} at its place in {@code order}. */
    public static void put(ObjectNode target, List<String> order, String key, JsonNode value) {
        if (target.has(key) || order.indexOf(key) < 0) {
            target.set(key, value);
            return;
        }
        int rank = order.indexOf(key);
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(target.properties());
        target.removeAll();
        boolean placed = false;
        for (Map.Entry<String, JsonNode> m : members) {
            if (!placed && order.indexOf(m.getKey()) > rank) {
                target.set(key, value);
                placed = true;
            }
            target.set(m.getKey(), m.getValue());
        }
        if (!placed) target.set(key, value);
    }
}
