package dev.pipewright.studio.canvas;

import dev.pipewright.studio.shell.MainWindow;
import javafx.geometry.Bounds;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Right-click menus on the canvas: an activity's (view code, clone, deactivate, delete) and the empty canvas's. */
class CanvasMenuUiTest extends EditorUiBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openFactory() throws Exception {
        openPipeline(temp.resolve("factory"), "Menus", """
                {
                \t\t"activities": [
                \t\t\t{"name": "Wait1", "type": "Wait", "dependsOn": [], "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}}
                \t\t],
                \t\t"annotations": []
                \t}""");
    }

    private CanvasViewModel canvas() {
        return viewModel.editors().activeProperty().get().canvas();
    }

    private List<String> names() throws Exception {
        return fx(() -> canvas().nodes().stream().map(ActivityNodeModel::name).toList());
    }

    private void rightClickOn(FxRobot robot, String activity) throws Exception {
        ActivityNodeView view = fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor().canvas().activityViews().get(activity));
        robot.rightClickOn(view);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void activityAndCanvasMenus(FxRobot robot) throws Exception {
        rightClickOn(robot, "Wait1");
        javafx.scene.Scene menu = fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow().getScene());
        dev.pipewright.studio.shell.Snapshots.windowInBothThemes(stage.getScene(), viewModel.themeProperty(), menu, "canvas-menu");
        robot.clickOn("#menu-clone-activity");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, names().size(), "cloned: " + names());

        rightClickOn(robot, "Wait1");
        robot.clickOn("#menu-activity-state");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> canvas().node("Wait1").orElseThrow().inactive()), "deactivated");

        rightClickOn(robot, "Wait1");
        robot.clickOn("#menu-view-code");
        WaitForAsyncUtils.waitForFxEvents();
        String selectedTab = fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor()
                .lookupAll(".tab-pane").stream().map(n -> ((TabPane) n).getSelectionModel().getSelectedItem())
                .filter(t -> t != null && "tab-code".equals(t.getId())).findFirst().map(t -> t.getId()).orElse(""));
        assertEquals("tab-code", selectedTab, "the code tab is shown");

        rightClickOn(robot, "Wait1");
        robot.clickOn("#menu-delete-activity");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, names().size());
        assertTrue(!names().contains("Wait1"));

        // the empty canvas: select all, then undo brings the deleted one back
        Bounds b = robot.lookup("#pipeline-canvas").query().localToScreen(robot.lookup("#pipeline-canvas").query().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() - 60, b.getMaxY() - 220)).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menu-select-all-activities");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(names(), fx(() -> canvas().selectedNames()));
    }

    @Test
    void hoverActionsActOnTheActivityUnderThePointer(FxRobot robot) throws Exception {
        ActivityNodeView view = fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor().canvas().activityViews().get("Wait1"));
        robot.moveTo(view);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#action-clone-Wait1").query().isVisible());
        dev.pipewright.studio.shell.Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "canvas-hover");
        robot.moveTo(view);
        robot.clickOn("#action-clone-Wait1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, names().size(), "cloned from the hover action: " + names());
        assertEquals(List.of("Wait1"), names().subList(0, 1), "the box did not move away or get renamed");
        robot.moveTo(fx(() -> ((MainWindow) stage.getScene().getRoot()).authorView().activeEditor().canvas().activityViews().get("Wait1")));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#action-delete-Wait1").query().isVisible());
        robot.clickOn("#action-delete-Wait1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!names().contains("Wait1"));
    }
}
