package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.ActivityCatalog;
import dev.pipewright.core.edit.ActivityTree;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canvas view model with plain JUnit: positions, moves, layout, containers and the breadcrumb. */
class CanvasViewModelTest {
    private static Path corpus() {
        return Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
    }

    @Test
    void everyActivityOfACorpusPipelineWithNestedContainersIsOnSomeCanvas() {
        Factory factory = Factory.load(corpus().resolve("mrpaulandrew__procfwk"));
        Resource infant = factory.get(ResourceKind.PIPELINE, "04-Infant").orElseThrow();
        CanvasViewModel canvas = new CanvasViewModel(infant, new EditStack(), new Positions());
        Set<String> seen = new HashSet<>();
        visit(canvas, seen);
        Set<String> all = new HashSet<>();
        new Pipeline(infant).allActivities().forEach(a -> all.add(a.name()));
        assertEquals(33, all.size());
        assertEquals(all, seen);
        assertEquals(1, canvas.breadcrumb().size(), "back at the pipeline");
    }

    @Test
    void anArrowThatSkipsALayerGoesThroughItsSlotUntilAnEndIsMoved() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"name": "P", "properties": {"activities": [
                  {"name": "A", "type": "Wait", "dependsOn": []},
                  {"name": "B", "type": "Wait", "dependsOn": [{"activity": "A", "dependencyConditions": ["Succeeded"]}]},
                  {"name": "D", "type": "Wait", "dependsOn": [{"activity": "A", "dependencyConditions": ["Succeeded"]},
                                                             {"activity": "B", "dependencyConditions": ["Succeeded"]}]}]}}""");
        CanvasViewModel canvas = new CanvasViewModel(Resource.create(ResourceKind.PIPELINE, json), new EditStack(), new Positions());
        ArrowModel skip = canvas.arrows().stream().filter(a -> a.from().equals("A") && a.to().equals("D")).findFirst().orElseThrow();
        ActivityNodeModel a = canvas.node("A").orElseThrow(), b = canvas.node("B").orElseThrow(), d = canvas.node("D").orElseThrow();
        assertEquals(a.yProperty().get(), d.yProperty().get(), "D in A's row");
        Point2D slot = skip.route().slots().get(0);
        assertEquals(b.xProperty().get(), slot.getX(), "the slot is in B's layer");
        assertTrue(b.yProperty().get() >= slot.getY() + ActivityNodeModel.HEIGHT, "and B is below it, off the arrow");
        assertTrue(skip.routeFor(a, d) != null, "the arrow follows its route");
        d.yProperty().set(d.yProperty().get() + 20);
        assertEquals(null, skip.routeFor(a, d), "an end moved: one curve again");
    }

    /** Walks the canvas through every container branch (as a user following the breadcrumb would). */
    private static void visit(CanvasViewModel canvas, Set<String> seen) {
        int depth = canvas.breadcrumb().size();
        Deque<ActivityNodeModel> containers = new ArrayDeque<>();
        for (ActivityNodeModel n : canvas.nodes()) {
            seen.add(n.name());
            if (n.isContainer()) containers.add(n);
        }
        for (ActivityNodeModel c : containers) {
            for (int b = 0; b < c.branches().size(); b++) {
                canvas.open(c.name(), b);
                assertEquals(c.branches().get(b).activities(), canvas.nodes().stream().map(ActivityNodeModel::name).toList());
                visit(canvas, seen);
                canvas.back(depth - 1);
            }
        }
    }

    private static CanvasViewModel fresh() {
        Resource r = Resource.create(ResourceKind.PIPELINE, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("name", "P"));
        r.json().putObject("properties").putArray("activities");
        return new CanvasViewModel(r, new EditStack(), new Positions());
    }

    @Test
    void addSnapsToTheGridMovesAreUndoableAndAutoLayoutGoesLeftToRight() {
        CanvasViewModel canvas = fresh();
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 113, 47);
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 30, 300);
        ActivityNodeModel w1 = canvas.node("Wait1").orElseThrow();
        assertEquals(120, w1.xProperty().get());
        assertEquals(40, w1.yProperty().get());
        assertTrue(canvas.connect("Wait1", "Wait2", "Succeeded"));

        canvas.select(List.of("Wait1"));
        canvas.moveSelected(Map.of("Wait1", new Point2D(120, 40)), 31, 9);
        assertEquals(160, canvas.node("Wait1").orElseThrow().xProperty().get());
        canvas.stack().undo();
        assertEquals(120, canvas.node("Wait1").orElseThrow().xProperty().get());
        assertEquals(List.of("Wait1"), canvas.selectedNames(), "selection survives a refresh");

        canvas.autoLayout();
        double x1 = canvas.node("Wait1").orElseThrow().xProperty().get();
        double x2 = canvas.node("Wait2").orElseThrow().xProperty().get();
        assertTrue(x2 > x1 + ActivityNodeModel.WIDTH, "downstream is right of upstream");
        assertEquals(canvas.node("Wait1").orElseThrow().yProperty().get(), canvas.node("Wait2").orElseThrow().yProperty().get());
        canvas.stack().undo();
        assertEquals(40, canvas.node("Wait2").orElseThrow().xProperty().get(), 0.001);
    }

    @Test
    void refusalsGoToTheMessageAndRenameKeepsThePosition() {
        CanvasViewModel canvas = fresh();
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 40, 40);
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 300, 40);
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 300, 200);
        assertTrue(canvas.connect("Wait1", "Wait2", "Failed"));
        assertFalse(canvas.connect("Wait1", "Wait3", "Completed"));
        assertTrue(canvas.messageProperty().get().contains("Upon Completion"));
        assertTrue(canvas.rename("Wait3", "Notify"));
        assertEquals(300, canvas.node("Notify").orElseThrow().xProperty().get());
        assertFalse(canvas.rename("Notify", "Wait1"));
    }

    @Test
    void containersOpenAnInnerCanvasAndUndoingTheContainerGoesBack() {
        CanvasViewModel canvas = fresh();
        canvas.add(ActivityCatalog.byType("IfCondition").orElseThrow(), 40, 40);
        canvas.open("If Condition1", 1);
        assertEquals("If Condition1 › False", canvas.breadcrumb().get(1).label());
        canvas.add(ActivityCatalog.byType("Wait").orElseThrow(), 40, 40);
        Activity inner = new Pipeline(canvas.pipeline()).allActivities().get(1);
        assertEquals("Wait1", inner.name());
        assertTrue(inner.pointer().contains("ifFalseActivities"));
        assertFalse(canvas.add(ActivityCatalog.byType("ForEach").orElseThrow(), 0, 0).isPresent(), "no ForEach inside If");
        canvas.stack().undo();
        canvas.stack().undo();
        assertEquals(1, canvas.breadcrumb().size());
        assertEquals(ActivityTree.TOP, canvas.list());
        assertTrue(canvas.nodes().isEmpty());
    }
}
