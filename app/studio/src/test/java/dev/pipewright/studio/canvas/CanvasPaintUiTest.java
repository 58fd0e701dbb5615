package dev.pipewright.studio.canvas;

import dev.pipewright.studio.shell.Snapshots;
import dev.pipewright.studio.theme.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the canvas costs to paint, checked on the real window in both themes. With software rendering a region of
 * two or more background fills is painted from a stretched cached image over its whole area (see .split-pane in
 * base.css), so the canvas, its minimap and every region around it must have at most one; so must each activity box
 * when zoomed far out, where all of them are shown. The figures themselves come from ./bench-studio.sh.
 */
class CanvasPaintUiTest extends EditorUiBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openPipeline() throws Exception {
        openPipeline(temp.resolve("factory"), "Two", """
                {
                \t\t"activities": [
                \t\t\t{"name": "Wait1", "type": "Wait", "dependsOn": [], "typeProperties": {"waitTimeInSeconds": 1}},
                \t\t\t{"name": "Wait2", "type": "Wait", "dependsOn": [{"activity": "Wait1", "dependencyConditions": ["Succeeded"]}],
                \t\t\t "typeProperties": {"waitTimeInSeconds": 1}}
                \t\t]
                \t}""");
    }

    @Test
    void theCanvasAndEveryRegionAroundItPaintOneBackgroundFillInBothThemes(FxRobot robot) throws Exception {
        CanvasView canvas = robot.lookup("#pipeline-canvas").queryAs(CanvasView.class);
        robot.clickOn(canvas); // focused: the focus mark must not add a layer either
        for (Theme theme : Theme.values()) {
            for (double zoom : new double[] {1.0, 0.3}) {
                fx(() -> {
                    viewModel.themeProperty().set(theme);
                    canvas.viewModel().zoomProperty().set(zoom);
                    canvas.getScene().getRoot().applyCss();
                    canvas.layout();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> layered = fx(() -> {
                    List<String> found = new ArrayList<>();
                    for (Node n = canvas; n != null; n = n.getParent()) check(n, found);
                    check(canvas.lookup("#minimap"), found);
                    if (zoom < CanvasView.DETAIL_ZOOM) collect(canvas, found);
                    return found;
                });
                assertTrue(canvas.isFocused(), "the canvas has the focus");
                Snapshots.save(stage.getScene(), Path.of("target", "screenshots",
                        "canvas-paint-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + Math.round(zoom * 100) + ".png"));
                assertEquals(List.of(), layered, theme + " at zoom " + zoom + ": regions of several background fills");
            }
        }
    }

    @Test
    void theGridIsDrawnInThePalettesGridColour() throws Exception {
        CanvasView canvas = fx(() -> (CanvasView) stage.getScene().lookup("#pipeline-canvas"));
        assertEquals(Color.web("#c8c6c4"), fx(canvas::gridColour), "light palette -pw-canvas-grid");
        fx(() -> {
            viewModel.themeProperty().set(Theme.DARK);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#3b3a39"), fx(canvas::gridColour), "dark palette -pw-canvas-grid");
    }

    @Test
    void aViewLeavesTheSceneOnlyHalfAViewportAwayButComesBackWithinTheSlack() throws Exception {
        CanvasView canvas = fx(() -> (CanvasView) stage.getScene().lookup("#pipeline-canvas"));
        // puts Wait1's right edge `gap` canvas units left of the viewport (zoom 1) and says whether it is in the scene
        java.util.function.DoubleFunction<Boolean> leftOfViewBy = gap -> {
            try {
                return fx(() -> {
                    canvas.viewModel().zoomProperty().set(1);
                    ActivityNodeModel m = canvas.viewModel().nodes().get(0);
                    canvas.panTransform().setX(-(m.xProperty().get() + m.width() + gap));
                    return canvas.visibility().get(m.name());
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double width = fx(canvas::getWidth);
        assertTrue(width > 400, "a canvas wide enough to tell the margins apart: " + width);
        assertTrue(leftOfViewBy.apply(-10), "in view");
        assertTrue(leftOfViewBy.apply(CanvasView.CULL_SLACK + 50), "just left: kept, though outside the slack");
        assertEquals(false, leftOfViewBy.apply(width), "a viewport away: out of the scene");
        assertEquals(false, leftOfViewBy.apply(CanvasView.CULL_SLACK + 50), "coming back: not in until within the slack");
        assertTrue(leftOfViewBy.apply(CanvasView.CULL_SLACK - 20), "within the slack: in again");
    }

    private static void collect(Parent parent, List<String> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) continue;
            check(child, found);
            if (child instanceof Parent p) collect(p, found);
        }
    }

    private static void check(Node node, List<String> found) {
        if (node instanceof Region r && r.getBackground() != null && r.getBackground().getFills().size() > 1) {
            found.add(r.getClass().getSimpleName() + r.getStyleClass() + (r.getId() == null ? "" : "#" + r.getId()));
        }
    }
}
