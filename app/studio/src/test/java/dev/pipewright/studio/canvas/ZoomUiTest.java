package dev.pipewright.studio.canvas;

import dev.pipewright.studio.shell.Snapshots;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zoom to fit on a pipeline too long for the view still labels its boxes, in type that reads on screen, as long as
 * a name has room; the toolbar zooms out, in, back to 100 % and to fit, each button saying so in its tooltip.
 */
class ZoomUiTest extends EditorUiBase {
    private static final int CHAIN = 7;
    /** The smallest text height on screen, in pixels, that still reads. */
    private static final double LEGIBLE = 7;

    @TempDir
    Path temp;
    private PipelineEditorView editor;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static String chain() {
        String activities = IntStream.range(0, CHAIN).mapToObj(i -> "{\"name\": \"Wait_" + i + "\", \"type\": \"Wait\", \"dependsOn\": ["
                + (i == 0 ? "" : "{\"activity\": \"Wait_" + (i - 1) + "\", \"dependencyConditions\": [\"Succeeded\"]}")
                + "], \"typeProperties\": {\"waitTimeInSeconds\": 1}}").collect(Collectors.joining(",\n"));
        return "{\n\t\t\"activities\": [\n" + activities + "\n\t\t]\n\t}";
    }

    private double zoom() throws Exception {
        return fx(() -> editor.viewModel().canvas().zoomProperty().get());
    }

    /** The names drawn in the boxes in the scene that read on screen and fit their box; the others as "unreadable". */
    private List<String> readableNames() throws Exception {
        return fx(() -> {
            List<String> names = new ArrayList<>();
            double z = editor.viewModel().canvas().zoomProperty().get();
            for (var node : editor.canvas().shownActivityViews()) {
                ActivityNodeView box = (ActivityNodeView) node;
                Label name = box.nameLabel();
                Bounds label = name.localToScene(name.getLayoutBounds());
                Bounds frame = box.localToScene(box.getLayoutBounds());
                boolean readable = name.isVisible() && name.getFont().getSize() * z >= LEGIBLE
                        && label.getMinX() >= frame.getMinX() && label.getMaxX() <= frame.getMaxX();
                names.add(readable ? name.getText() : "unreadable");
            }
            return names;
        });
    }

    @Test
    void zoomToFitLabelsTheBoxesAndTheButtonsZoom(FxRobot robot) throws Exception {
        editor = openPipeline(temp.resolve("factory"), "Long", chain());
        List<String> all = IntStream.range(0, CHAIN).mapToObj(i -> "Wait_" + i).toList();
        for (String id : List.of("#editor-zoom-out", "#editor-zoom-in", "#editor-zoom-reset", "#editor-fit")) {
            assertNotNull(robot.lookup(id).queryAs(Button.class).getTooltip(), id + " says what it does");
        }

        robot.clickOn("#editor-fit");
        WaitForAsyncUtils.waitForFxEvents();
        double fit = zoom();
        assertTrue(fit < 0.6, "the chain does not fit at a zoom where every detail reads: " + fit);
        assertEquals(all, readableNames(), "zoomed to fit at " + fit + ", each box still reads its name");
        Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "canvas-zoom-fit"); // for docs/screenshots

        robot.clickOn("#editor-zoom-in");
        assertEquals(fit * CanvasView.BUTTON_STEP, zoom(), 1e-9);
        robot.clickOn("#editor-zoom-out");
        robot.clickOn("#editor-zoom-out");
        assertEquals(fit / CanvasView.BUTTON_STEP, zoom(), 1e-9);
        robot.clickOn("#editor-zoom-reset");
        assertEquals(1.0, zoom(), 1e-9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> editor.canvas().shownActivityViews().stream().allMatch(n -> n.lookup(".activity-type").isVisible())),
                "at 100 % the boxes show their type too");

        for (int i = 0; i < 12; i++) robot.clickOn("#editor-zoom-out");
        assertEquals(CanvasView.MIN_ZOOM, zoom(), 1e-9, "zooming out stops at the smallest zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(readableNames().contains("Wait_0"), "where a name would be a few pixels high, the boxes are plain");
    }
}
