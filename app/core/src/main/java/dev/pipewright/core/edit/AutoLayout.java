package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Left-to-right layering of one activity list by its dependencies: an activity's layer is one more than the
 * deepest activity it waits on (activities that wait on none are in layer 0); rows keep list order within a
 * layer. Dependencies on unknown activities and cycles are ignored, so any input gets a layout.
 */
public final class AutoLayout {
    /** Where an activity goes: its column (layer) and its row in that column. */
    public record Cell(int layer, int row) {
    }

    private AutoLayout() {
    }

    /** Cells for each activity of {@code list} (an activity array), by name, in list order. */
    public static Map<String, Cell> layers(JsonNode list) {
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        if (list != null) {
            for (JsonNode a : list) {
                List<String> ups = new ArrayList<>();
                a.path("dependsOn").forEach(d -> ups.add(d.path("activity").asText()));
                upstream.putIfAbsent(ActivityTree.nameOf(a), ups);
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        for (String name : upstream.keySet()) layerOf(name, upstream, layer, new ArrayList<>());
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String name : upstream.keySet()) {
            int l = layer.get(name);
            cells.put(name, new Cell(l, rows.merge(l, 1, Integer::sum) - 1));
        }
        return cells;
    }

    private static int layerOf(String name, Map<String, List<String>> upstream, Map<String, Integer> layer, List<String> path) {
        Integer known = layer.get(name);
        if (known != null) return known;
        path.add(name);
        int deepest = -1;
        for (String up : upstream.get(name)) {
            if (!upstream.containsKey(up) || path.contains(up)) continue; // unknown activity or a cycle
            deepest = Math.max(deepest, layerOf(up, upstream, layer, path));
        }
        path.remove(path.size() - 1);
        layer.put(name, deepest + 1);
        return deepest + 1;
    }
}
