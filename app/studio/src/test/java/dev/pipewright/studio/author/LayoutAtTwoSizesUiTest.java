package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.canvas.PipelineEditorView;
import dev.pipewright.studio.shell.Snapshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing overlaps or runs off the window at a small and a large size: zoomed to fit, no activity under the minimap;
 * every button shown (top bar, editor toolbar) inside the window (a toolbar puts the rest behind its overflow); the
 * status line inside the window.
 */
class LayoutAtTwoSizesUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @AfterEach
    void restoreSize() throws Exception {
        Snapshots.restoreSize(stage);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1024, 700", "1280, 800"}) // the headless screen is 1280 x 800: a window may not be larger
    void nothingOverlapsOrRunsOffTheWindow(int width, int height, FxRobot robot) throws Exception {
        openFactory();
        open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        fx(() -> {
            editor.fit();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = fx(() -> stage.getScene().getWidth());

        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            Node minimap = stage.getScene().lookup("#minimap");
            Bounds map = minimap.localToScene(minimap.getLayoutBounds());
            for (Node activity : editor.canvas().shownActivityViews()) {
                Bounds box = activity.localToScene(activity.getLayoutBounds());
                if (shown(minimap) && box.intersects(map)) found.add(activity.getId() + " under the minimap");
            }
            for (Node n : stage.getScene().getRoot().lookupAll(".button")) {
                if (!(n instanceof ButtonBase) || !shown(n) || n.getLayoutBounds().getWidth() == 0) continue;
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > sceneWidth + 0.5) found.add("button '" + ((ButtonBase) n).getText() + "' runs off the window at " + b.getMaxX());
            }
            // the editor's daily buttons stay on the toolbar, not behind its overflow chevron
            for (String id : List.of("#editor-save", "#editor-validate", "#editor-debug", "#editor-fit")) {
                Node b = stage.getScene().lookup(id);
                if (b == null || !shown(b)) found.add(id + " is not on the toolbar");
            }
            Label status = (Label) stage.getScene().lookup("#status-text");
            Bounds s = status.localToScene(status.getLayoutBounds());
            if (s.getMinX() < 0 || s.getMinX() > sceneWidth) found.add("the status line is off the window");
            return found;
        });
        assertEquals(List.of(), problems, "at " + width + " x " + height);
        assertTrue(fx(() -> editor.canvas().shownActivityViews().size()) > 3, "the pipeline is drawn");
    }
}
