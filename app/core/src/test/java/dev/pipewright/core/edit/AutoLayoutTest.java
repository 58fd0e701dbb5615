package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.edit.AutoLayout.Cell;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoLayoutTest {
    @Test
    void layersFollowTheDeepestDependencyAndRowsKeepListOrder() throws Exception {
        // A -> D skips layer 1, so its slot keeps row 0 of layer 1 free: B and C go below it, D follows B straight.
        String list = """
                [{"name": "A"}, {"name": "B", "dependsOn": [{"activity": "A"}]},
                 {"name": "C", "dependsOn": [{"activity": "A"}]},
                 {"name": "D", "dependsOn": [{"activity": "B"}, {"activity": "A"}, {"activity": "Gone"}]},
                 {"name": "E"}]""";
        Map<String, Cell> cells = AutoLayout.layers(new ObjectMapper().readTree(list));
        assertEquals(new Cell(0, 0), cells.get("A"));
        assertEquals(new Cell(1, 1), cells.get("B"));
        assertEquals(new Cell(1, 2), cells.get("C"));
        assertEquals(new Cell(2, 1), cells.get("D"));
        assertEquals(new Cell(0, 1), cells.get("E"));
        assertEquals(java.util.List.of(new AutoLayout.Route("A", "D", java.util.List.of(new Cell(1, 0)))),
                AutoLayout.layout(new ObjectMapper().readTree(list)).routes());
    }

    @Test
    void cyclesStillGetALayout() throws Exception {
        String list = """
                [{"name": "A", "dependsOn": [{"activity": "B"}]}, {"name": "B", "dependsOn": [{"activity": "A"}]}]""";
        Map<String, Cell> cells = AutoLayout.layers(new ObjectMapper().readTree(list));
        assertEquals(2, cells.size());
        assertEquals(0, AutoLayout.layers(null).size());
    }

    @Test
    void anArrowThatSkipsALayerIsNotDrawnThroughTheBoxBetween() throws Exception {
        // A feeds B and D; B feeds D: D is two layers right of A, and B (between them) must not sit on A -> D.
        String list = """
                [{"name": "A"}, {"name": "B", "dependsOn": [{"activity": "A", "dependencyConditions": ["Succeeded"]}]},
                 {"name": "D", "dependsOn": [{"activity": "A", "dependencyConditions": ["Succeeded"]},
                                             {"activity": "B", "dependencyConditions": ["Succeeded"]}]}]""";
        Map<String, Cell> cells = AutoLayout.layers(new ObjectMapper().readTree(list));
        assertEquals(new Cell(0, 0), cells.get("A"));
        assertEquals(1, cells.get("B").layer());
        assertEquals(new Cell(2, 0), cells.get("D"), "D stays in A's row, the arrow A -> D straight");
        assertEquals(new Cell(1, 1), cells.get("B"), "B moves out of the arrow's way");
        assertEquals(java.util.List.of(new Cell(1, 0)), AutoLayout.layout(new ObjectMapper().readTree(list)).route("A", "D").orElseThrow().slots());
        assertEquals(java.util.List.of(), falseDependencies(new ObjectMapper().readTree(list)));
    }

    @Test
    void noBoxSitsOnAnArrowItIsNotAnEndOfInAnyDemoOrCorpusPipeline() throws Exception {
        java.util.List<java.nio.file.Path> roots = new java.util.ArrayList<>(dev.pipewright.core.testing.Corpus.roots());
        roots.add(java.nio.file.Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
        int lists = 0;
        java.util.List<String> found = new java.util.ArrayList<>();
        for (java.nio.file.Path root : roots) {
            dev.pipewright.core.factory.Factory factory = dev.pipewright.core.factory.Factory.load(root);
            for (var r : factory.resources(dev.pipewright.core.factory.ResourceKind.PIPELINE)) {
                dev.pipewright.core.model.Pipeline pipeline = new dev.pipewright.core.model.Pipeline(r);
                java.util.List<com.fasterxml.jackson.databind.JsonNode> arrays = new java.util.ArrayList<>();
                arrays.add(r.json().at("/properties/activities"));
                for (dev.pipewright.core.model.Activity a : pipeline.allActivities()) {
                    for (dev.pipewright.core.model.Activity.Branch b : a.branches()) arrays.add(r.json().at(b.pointer()));
                }
                for (com.fasterxml.jackson.databind.JsonNode array : arrays) {
                    if (!array.isArray()) continue;
                    lists++;
                    for (String f : falseDependencies(array)) found.add(root.getFileName() + "/" + r.name() + ": " + f);
                }
            }
        }
        assertTrue(lists > 1000, "activity lists checked: " + lists);
        assertEquals(java.util.List.of(), found);
    }

    /**
     * Every box that meets an arrow it is not an end of, computed from the cells with the canvas's geometry (each
     * lane of each forward arrow; arrows of a cycle, which validation refuses, are not drawn forward and are left out).
     */
    private static java.util.List<String> falseDependencies(com.fasterxml.jackson.databind.JsonNode list) {
        AutoLayout.Layout layout = AutoLayout.layout(list);
        Map<String, Cell> cells = layout.cells();
        Map<String, Integer> branches = new java.util.HashMap<>();
        for (dev.pipewright.core.model.Activity a : dev.pipewright.core.model.Pipeline.activities(list, "")) branches.put(a.name(), a.branches().size());
        java.util.List<String> found = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode a : list) {
            String to = ActivityTree.nameOf(a);
            for (com.fasterxml.jackson.databind.JsonNode d : a.path("dependsOn")) {
                String from = d.path("activity").asText();
                Cell f = cells.get(from), t = cells.get(to);
                if (f == null || t == null || f.layer() >= t.layer()) continue;
                java.util.List<Cell> slots = layout.route(from, to).map(AutoLayout.Route::slots).orElse(java.util.List.of());
                for (int lane = 0; lane < Math.max(1, d.path("dependencyConditions").size()); lane++) {
                    double dy = CanvasGeometry.HEIGHT / 2 + lane * CanvasGeometry.LANE;
                    double[] xs = new double[2 + 2 * slots.size()], ys = new double[xs.length];
                    xs[0] = CanvasGeometry.x(f.layer()) + CanvasGeometry.WIDTH;
                    ys[0] = CanvasGeometry.y(f.row()) + dy;
                    for (int i = 0; i < slots.size(); i++) {
                        xs[1 + 2 * i] = CanvasGeometry.x(slots.get(i).layer());
                        xs[2 + 2 * i] = xs[1 + 2 * i] + CanvasGeometry.WIDTH;
                        ys[1 + 2 * i] = ys[2 + 2 * i] = CanvasGeometry.y(slots.get(i).row()) + dy;
                    }
                    xs[xs.length - 1] = CanvasGeometry.x(t.layer());
                    ys[ys.length - 1] = CanvasGeometry.y(t.row()) + dy;
                    for (Map.Entry<String, Cell> box : cells.entrySet()) {
                        if (box.getKey().equals(from) || box.getKey().equals(to)) continue;
                        double bx = CanvasGeometry.x(box.getValue().layer()), by = CanvasGeometry.y(box.getValue().row());
                        if (CanvasGeometry.pathMeets(xs, ys, bx, by, bx + CanvasGeometry.WIDTH,
                                by + CanvasGeometry.height(branches.getOrDefault(box.getKey(), 0)))) {
                            found.add(box.getKey() + " on " + from + " -> " + to);
                        }
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }
}
