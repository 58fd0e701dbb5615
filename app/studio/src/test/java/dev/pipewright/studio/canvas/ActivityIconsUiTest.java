package dev.pipewright.studio.canvas;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each activity shows its type's icon on the canvas and in the toolbox, drawn from the theme (a shape per type). */
class ActivityIconsUiTest extends EditorUiBase {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static String shapeOf(Region icon) {
        return icon.getShape() instanceof SVGPath p ? p.getContent() : null;
    }

    @Test
    void canvasBoxesAndToolboxEntriesHaveTheirTypesIcon(FxRobot robot) throws Exception {
        fx(() -> viewModel.open(Path.of(System.getProperty("pipewright.demo"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        fx(() -> viewModel.editors().open("PL_Daily_Sales_Load"));
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        Map<String, String> byType = new HashMap<>();
        fx(() -> {
            editor.fit(); // every box on screen (off-screen ones are culled, so not styled)
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            editor.viewModel().canvas().zoomProperty().set(1.0); // full detail: icons show
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            for (var node : editor.canvas().shownActivityViews()) {
                ActivityNodeView view = (ActivityNodeView) node;
                byType.put(view.model().type(), shapeOf((Region) view.lookup(".activity-icon")));
            }
            return null;
        });
        assertTrue(byType.size() >= 4, "boxes on screen: " + byType.keySet());
        dev.pipewright.studio.shell.Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "canvas-icons");
        for (var e : byType.entrySet()) assertNotNull(e.getValue(), e.getKey() + " has an icon");
        assertNotEquals(byType.get("Lookup"), byType.get("GetMetadata"), "a shape per type");
        assertNotEquals(byType.get("Lookup"), byType.get("Filter"));

        fx(() -> {
            editor.viewModel().toolbox().searchProperty().set("Copy data");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region toolIcon = (Region) robot.lookup("#tool-Copy").query().lookup(".tool-icon");
        assertNotNull(fx(() -> shapeOf(toolIcon)), "the toolbox entry has its type's icon");
        assertNotEquals(byType.get("Lookup"), fx(() -> shapeOf(toolIcon)));
        assertTrue(fx(() -> toolIcon.getWidth() > 0));
    }
}
