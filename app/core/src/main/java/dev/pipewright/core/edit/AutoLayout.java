package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Left-to-right layering of one activity list by its dependencies: an activity's layer is one more than the
 * deepest activity it waits on (activities that wait on none are in layer 0). An arrow that skips layers is routed
 * through a slot of its own in each layer it crosses (a row no box takes), so no box ever sits on an arrow it is
 * not an end of, which would read as a dependency that does not exist. Rows are filled top down: an activity takes
 * the first free row from its first upstream's (or its route's), so chains run straight and list order is kept.
 * Dependencies on unknown activities and cycles are ignored, so any input gets a layout.
 */
public final class AutoLayout {
    /** Where an activity goes: its column (layer) and its row in that column. */
    public record Cell(int layer, int row) {
    }

    /** The slots an arrow that skips layers passes through, one per layer crossed, left to right. */
    public record Route(String from, String to, List<Cell> slots) {
    }

    /** The cells of the activities (in list order) and the routes of the arrows that skip layers. */
    public record Layout(Map<String, Cell> cells, List<Route> routes) {
        /** The route of the arrow from {@code from} to {@code to}, if it skips layers. */
        public java.util.Optional<Route> route(String from, String to) {
            return routes.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst();
        }
    }

    /** One dependency of the list: {@code to} waits on {@code from}. */
    private record Edge(String from, String to) {
    }

    private AutoLayout() {
    }

    /** Cells for each activity of {@code list} (an activity array), by name, in list order. */
    public static Map<String, Cell> layers(JsonNode list) {
        return layout(list).cells();
    }

    /** The layout of {@code list} (an activity array): cells and routes. */
    public static Layout layout(JsonNode list) {
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        if (list != null) {
            for (JsonNode a : list) {
                List<String> ups = new ArrayList<>();
                String name = ActivityTree.nameOf(a);
                a.path("dependsOn").forEach(d -> ups.add(d.path("activity").asText()));
                if (upstream.putIfAbsent(name, ups) == null) ups.stream().distinct().forEach(up -> edges.add(new Edge(up, name)));
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        for (String name : upstream.keySet()) layerOf(name, upstream, layer, new ArrayList<>());
        Map<String, Integer> branches = new HashMap<>();
        for (Activity a : Pipeline.activities(list, "")) branches.put(a.name(), a.branches().size());
        return new Rows(upstream, layer, edges, branches).place();
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

    /** The row choice, layer by layer from the left: first the slots of the arrows crossing a layer, then its activities. */
    private static final class Rows {
        private final Map<String, List<String>> upstream;
        private final Map<String, Integer> layer;
        private final List<Edge> edges;
        private final Map<String, Integer> branches;
        private final Map<String, Cell> cells = new HashMap<>();
        private final Map<Edge, List<Cell>> slots = new LinkedHashMap<>();
        /** Rows taken in each layer, by a box or an arrow's slot. */
        private final Map<Integer, java.util.Set<Integer>> taken = new HashMap<>();

        Rows(Map<String, List<String>> upstream, Map<String, Integer> layer, List<Edge> edges, Map<String, Integer> branches) {
            this.upstream = upstream;
            this.layer = layer;
            this.edges = edges;
            this.branches = branches;
        }

        Layout place() {
            int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            for (int l = 0; l < layers; l++) {
                for (Edge e : edges) {
                    if (!forward(e) || layer.get(e.from()) >= l || layer.get(e.to()) <= l) continue;
                    List<Cell> route = slots.computeIfAbsent(e, k -> new ArrayList<>());
                    int from = route.isEmpty() ? cells.get(e.from()).row() : route.get(route.size() - 1).row();
                    int row = firstFree(l, from, 1);
                    rows(l).add(row);
                    route.add(new Cell(l, row));
                }
                for (String name : upstream.keySet()) {
                    if (layer.get(name) != l) continue;
                    int height = CanvasGeometry.rows(branches.getOrDefault(name, 0));
                    int row = firstFree(l, preferredRow(name), height);
                    for (int r = row; r < row + height; r++) rows(l).add(r);
                    cells.put(name, new Cell(l, row));
                }
            }
            Map<String, Cell> ordered = new LinkedHashMap<>();
            for (String name : upstream.keySet()) ordered.put(name, cells.get(name));
            List<Route> routes = new ArrayList<>();
            slots.forEach((e, route) -> routes.add(new Route(e.from(), e.to(), List.copyOf(route))));
            return new Layout(ordered, List.copyOf(routes));
        }

        /** The row the arrow of the first upstream arrives at: its last slot's, or the upstream's own. */
        private int preferredRow(String name) {
            for (String up : upstream.get(name)) {
                Edge e = new Edge(up, name);
                List<Cell> route = slots.get(e);
                if (route != null && !route.isEmpty()) return route.get(route.size() - 1).row();
                Cell c = cells.get(up);
                if (c != null && forward(e)) return c.row();
            }
            return 0;
        }

        private int firstFree(int l, int from, int height) {
            int r = Math.max(0, from);
            while (!free(l, r, height)) r++;
            return r;
        }

        private boolean free(int l, int row, int height) {
            for (int r = row; r < row + height; r++) if (rows(l).contains(r)) return false;
            return true;
        }

        private boolean forward(Edge e) {
            Integer from = layer.get(e.from());
            Integer to = layer.get(e.to());
            return from != null && to != null && from < to;
        }

        private java.util.Set<Integer> rows(int l) {
            return taken.computeIfAbsent(l, k -> new java.util.HashSet<>());
        }
    }
}
