package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.canvas.CanvasView;
import dev.pipewright.studio.canvas.PipelineEditorView;
import dev.pipewright.studio.shell.Snapshots;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window narrowed to 1024 × 700: Factory Resources and the activities toolbox give the canvas room, the minimap
 * stays a corner of it and Zoom to fit puts no activity under it, and every split pane's divider is wide enough to
 * grab.
 */
class NarrowWindowUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @AfterEach
    void restoreSize() throws Exception {
        Snapshots.restoreSize(stage);
    }

    private static double width(Node node) throws Exception {
        return fx(() -> node.getLayoutBounds().getWidth());
    }

    /** Whether the node and all its parents are visible (the other hubs' split panes are in the scene, hidden). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    private static Bounds onScreen(Node node) throws Exception {
        return fx(() -> node.localToScene(node.getLayoutBounds()));
    }

    @Test
    void at1024SidePanesShrinkTheMinimapStaysSmallAndDividersAreEasyToGrab(FxRobot robot) throws Exception {
        openFactory();
        open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        fx(() -> { // the window is made narrower, as on a 1024 px screen
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        CanvasView canvas = editor.canvas();
        Node toolbox = robot.lookup("#toolbox").query();

        double resourcesWidth = width(window.authorView().resourceTree());
        double toolboxWidth = width(toolbox);
        double canvasWidth = width(canvas);
        assertTrue(resourcesWidth <= 1024 * 0.2, "Factory Resources gives way: " + resourcesWidth);
        assertTrue(toolboxWidth <= 1024 * 0.16, "the toolbox gives way: " + toolboxWidth);
        assertTrue(canvasWidth >= 1024 * 0.55, "the canvas has the room: " + canvasWidth);

        Node minimap = robot.lookup("#minimap").query();
        assertTrue(width(minimap) <= canvasWidth * 0.2, "the minimap is a corner of the canvas: " + width(minimap) + " of " + canvasWidth);

        robot.clickOn("#editor-fit");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds map = onScreen(minimap);
        List<String> under = fx(() -> canvas.shownActivityViews().stream()
                .filter(v -> v.localToScene(v.getLayoutBounds()).intersects(map)).map(Node::getId).toList());
        assertEquals(List.of(), under, "zoomed to fit, no activity sits under the minimap");

        List<SplitPane> splits = fx(() -> robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .filter(NarrowWindowUiTest::shown).toList());
        assertTrue(splits.size() >= 3, "Factory Resources | editor, toolbox | canvas, canvas / properties");
        for (SplitPane split : splits) {
            for (Node divider : fx(() -> List.copyOf(split.lookupAll(".split-pane-divider")))) {
                if (divider.getParent() != split) continue;
                Bounds b = fx(() -> divider.getLayoutBounds());
                double grab = split.getOrientation() == Orientation.HORIZONTAL ? b.getWidth() : b.getHeight();
                assertTrue(grab >= 6, "a divider wide enough to grab: " + grab + " between " + split.getItems());
            }
        }
        Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "studio-1024"); // for docs/screenshots
    }
}
