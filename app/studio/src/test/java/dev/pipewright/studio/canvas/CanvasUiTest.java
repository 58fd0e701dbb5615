package dev.pipewright.studio.canvas;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.Snapshots;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline editor in the real window, headless: toolbox drag and drop, connecting, undo, copy/paste, save. */
class CanvasUiTest extends EditorUiBase {
    @Start
    void start(Stage stage) {
        show(stage);
    }
    @TempDir
    Path temp;
    private Path root;

    @BeforeEach
    void openFactory() throws Exception {
        root = temp.resolve("factory");
        openPipeline(root, "Empty", """
                {
                \t\t"activities": [],
                \t\t"annotations": []
                \t}""");
    }

    private PipelineEditorViewModel editor() {
        return viewModel.editors().activeProperty().get();
    }

    private CanvasViewModel canvas() {
        return editor().canvas();
    }

    private List<String> names() throws Exception {
        return fx(() -> canvas().nodes().stream().map(ActivityNodeModel::name).toList());
    }

    private String json() throws Exception {
        return fx(() -> new String(editor().pipeline().canonicalBytes(), StandardCharsets.UTF_8));
    }

    private Point2D canvasPoint(FxRobot robot, double fx, double fy) {
        Bounds b = robot.lookup("#pipeline-canvas").query().localToScreen(robot.lookup("#pipeline-canvas").query().getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    private void dragTool(FxRobot robot, String type, double fx, double fy) throws Exception {
        fx(() -> {
            editor().toolbox().searchProperty().set(type);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag("#tool-" + type).dropTo(canvasPoint(robot, fx, fy));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ActivityNodeView view(String name) throws Exception {
        return fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor().canvas().activityViews().get(name));
    }

    private void connect(FxRobot robot, String from, String to, String menuText) throws Exception {
        Node handle = view(from).handle();
        Node target = view(to);
        robot.drag(handle).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(menuText);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void buildsAPipelineFromTheToolboxByDragAndDropAndConnectsEachCondition(FxRobot robot) throws Exception {
        dragTool(robot, "Wait", 0.15, 0.2);
        dragTool(robot, "SetVariable", 0.5, 0.15);
        dragTool(robot, "Fail", 0.5, 0.45);
        assertEquals(List.of("Wait1", "Set variable1", "Fail1"), names());

        connect(robot, "Wait1", "Set variable1", "Upon Success");
        connect(robot, "Wait1", "Fail1", "Upon Failure");
        assertEquals(List.of("Succeeded", "Failed"), fx(() -> canvas().arrows().stream().map(ArrowModel::condition).toList()));
        assertEquals(2, robot.lookup(".dependency-arrow").queryAll().size());

        // Completed beside Succeeded/Failed from Wait1 is refused with ADF's reason; nothing changes
        String before = json();
        connect(robot, "Wait1", "Fail1", "Upon Completion");
        assertEquals(before, json());
        assertTrue(fx(() -> editor().statusProperty().get()).contains("Upon Completion"), fx(() -> editor().statusProperty().get()));

        connect(robot, "Set variable1", "Fail1", "Upon Completion");
        connect(robot, "Fail1", "Set variable1", "Upon Skip");
        assertTrue(fx(() -> editor().statusProperty().get()).contains("cycle"));
        dragTool(robot, "Wait", 0.8, 0.3);
        connect(robot, "Fail1", "Wait2", "Upon Skip");
        assertEquals(List.of("Succeeded", "Failed", "Completed", "Skipped"),
                fx(() -> canvas().arrows().stream().map(ArrowModel::condition).toList()));
        assertEquals(1, robot.lookup(".arrow-succeeded").queryAll().size());
        assertEquals(1, robot.lookup(".arrow-failed").queryAll().size());
        assertEquals(1, robot.lookup(".arrow-completed").queryAll().size());
        assertEquals(1, robot.lookup(".arrow-skipped").queryAll().size());
        assertTrue(fx(() -> editor().dirtyProperty().get()));
        assertEquals("Empty *", fx(() -> editor().titleProperty().get()));
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "canvas-conditions.png"));
    }

    @Test
    void undoRedoAndCopyPasteThroughShortcuts(FxRobot robot) throws Exception {
        String empty = json();
        dragTool(robot, "Lookup", 0.2, 0.2);
        dragTool(robot, "ForEach", 0.7, 0.3);
        connect(robot, "Lookup1", "ForEach1", "Upon Success");
        String built = json();

        robot.clickOn(view("Lookup1")).press(KeyCode.CONTROL).clickOn(view("ForEach1")).release(KeyCode.CONTROL);
        assertEquals(List.of("Lookup1", "ForEach1"), fx(() -> canvas().selectedNames()));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Lookup1", "ForEach1", "Lookup1_copy1", "ForEach1_copy1"), names());
        assertEquals(List.of("Lookup1_copy1", "ForEach1_copy1"), fx(() -> canvas().selectedNames()));
        assertEquals(2, fx(() -> canvas().arrows().size()), "the copied arrow follows the pasted names");

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(built, json());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(4, names().size());
        for (int i = 0; i < 4; i++) robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(empty, json(), "undo all the way back gives the exact bytes");
        assertFalse(fx(() -> editor().dirtyProperty().get()));
        for (int i = 0; i < 3; i++) robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(built, json());

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertEquals(2, fx(() -> canvas().selectedNames().size()));
    }

    @Test
    void savesWhatWasBuiltInAdfFormat(FxRobot robot) throws Exception {
        dragTool(robot, "Wait", 0.2, 0.3);
        dragTool(robot, "SetVariable", 0.6, 0.3);
        connect(robot, "Wait1", "Set variable1", "Upon Success");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> editor().dirtyProperty().get()));
        String expected = """
                {
                \t"name": "Empty",
                \t"properties": {
                \t\t"activities": [
                \t\t\t{
                \t\t\t\t"name": "Wait1",
                \t\t\t\t"type": "Wait",
                \t\t\t\t"dependsOn": [],
                \t\t\t\t"userProperties": [],
                \t\t\t\t"typeProperties": {
                \t\t\t\t\t"waitTimeInSeconds": 1
                \t\t\t\t}
                \t\t\t},
                \t\t\t{
                \t\t\t\t"name": "Set variable1",
                \t\t\t\t"type": "SetVariable",
                \t\t\t\t"dependsOn": [
                \t\t\t\t\t{
                \t\t\t\t\t\t"activity": "Wait1",
                \t\t\t\t\t\t"dependencyConditions": [
                \t\t\t\t\t\t\t"Succeeded"
                \t\t\t\t\t\t]
                \t\t\t\t\t}
                \t\t\t\t],
                \t\t\t\t"policy": {
                \t\t\t\t\t"secureOutput": false,
                \t\t\t\t\t"secureInput": false
                \t\t\t\t},
                \t\t\t\t"userProperties": [],
                \t\t\t\t"typeProperties": {
                \t\t\t\t\t"variableName": ""
                \t\t\t\t}
                \t\t\t}
                \t\t],
                \t\t"annotations": []
                \t}
                }""";
        assertEquals(expected, Files.readString(root.resolve("pipeline/Empty.json"), StandardCharsets.UTF_8));
        assertEquals("Empty", fx(() -> editor().titleProperty().get()));
    }

    @Test
    void rubberBandWheelZoomToPointerCullingAndRenameInPlace(FxRobot robot) throws Exception {
        fx(() -> {
            var wait = dev.pipewright.core.edit.ActivityCatalog.byType("Wait").orElseThrow();
            canvas().add(wait, 100, 100);
            canvas().add(wait, 400, 100);
            canvas().add(wait, 100, 280); // within the canvas's visible height at 1280 x 800, above the bottom pane
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        CanvasView view = fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor().canvas());
        Point2D origin = fx(() -> view.localToScreen(0, 0));
        // a band from (60, 60) to (640, 200) in canvas units meets Wait1 and Wait2, not Wait3
        robot.drag(origin.add(60, 60)).dropTo(origin.add(640, 200));
        assertEquals(List.of("Wait1", "Wait2"), fx(() -> canvas().selectedNames()));

        Point2D before = fx(() -> view.toWorld(200, 130));
        robot.moveTo(origin.add(200, 130)).scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = fx(() -> canvas().zoomProperty().get());
        assertTrue(zoom > 1.1 || zoom < 0.9, "the wheel zooms: " + zoom);
        Point2D after = fx(() -> view.toWorld(200, 130));
        assertEquals(before.getX(), after.getX(), 0.5, "zoom keeps the point under the pointer");
        assertEquals(before.getY(), after.getY(), 0.5);

        fx(() -> {
            view.panTransform().setX(-5000);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> view.visibility().get("Wait1")), "off-screen activities are culled");
        fx(() -> {
            view.panTransform().setX(0);
            canvas().zoomProperty().set(1);
            return null;
        });
        assertTrue(fx(() -> view.visibility().get("Wait3")), "activities panned back into view are in the scene again");

        robot.clickOn(view(("Wait3")));
        robot.type(KeyCode.F2).eraseText(5).write("Notify").type(KeyCode.ENTER);
        assertEquals(List.of("Wait1", "Wait2", "Notify"), names());
    }
}
