package dev.pipewright.studio.canvas;

import dev.pipewright.studio.shell.Snapshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type-specific tabs and the pipeline pane in the real window, headless, on a copy of the demo factory:
 * a Copy activity's data integration units and sink dataset, a parameter and a variable of the pipeline, saved;
 * the written file is compared with one written by hand (the original with just those edits).
 */
class PropertiesUiTest extends EditorUiBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void copySettingsSinkAndPipelineParametersEditedInTheUiAreSaved(FxRobot robot) throws Exception {
        Path root = copyDemo(temp.resolve("demo-factory"));
        fx(() -> viewModel.open(root));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        fx(() -> viewModel.editors().open("PL_Ingest_Stores"));
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        List<String> previewed = new ArrayList<>();
        editor.setOnPreviewData(source -> previewed.add(source.dataset()));

        robot.clickOn(fx(() -> editor.canvas().activityViews().get("CP_Stores_To_Sql")));
        robot.clickOn("#tab-source");
        assertEquals("DS_SqlServer_Stores", fx(() -> editor.viewModel().properties().form().field("source-dataset").orElseThrow()
                .textProperty().get()));
        robot.clickOn("#preview-source");
        assertEquals(List.of("DS_SqlServer_Stores"), previewed, "the Preview data hook gets the dataset");

        robot.clickOn("#tab-settings");
        robot.clickOn("#field-dataIntegrationUnits").write("1").type(KeyCode.ENTER);
        assertTrue(fx(() -> editor.viewModel().statusProperty().get()).contains("from 2 to 256"), "1 DIU is refused");
        robot.doubleClickOn("#field-dataIntegrationUnits").write("16").type(KeyCode.ENTER);
        assertTrue(json(editor).contains("\"dataIntegrationUnits\": 16"), json(editor));
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "properties-copy-settings.png"));

        robot.clickOn("#tab-sink");
        robot.clickOn("#field-sink-dataset");
        robot.clickOn(robot.lookup((ListCell<?> c) -> "DS_Lake_StoresCsv".equals(c.getText()) && c.getScene() != stage.getScene())
                .queryAs(Node.class));
        assertTrue(json(editor).contains("\"type\": \"DelimitedTextSink\""), "the sink follows the dataset: " + json(editor));

        robot.clickOn(emptyCanvas(robot));
        assertEquals(List.of(), fx(() -> editor.viewModel().canvas().selectedNames()));
        robot.clickOn("#tab-parameters");
        robot.clickOn("#field-pipeline-parameters-add");
        robot.doubleClickOn("#field-pipeline-parameters-0-0").write("runDate").type(KeyCode.ENTER);
        robot.clickOn("#field-pipeline-parameters-0-2").write("2026-12-01").type(KeyCode.ENTER);
        robot.clickOn("#tab-variables");
        robot.clickOn("#field-pipeline-variables-add");
        robot.doubleClickOn("#field-pipeline-variables-0-0").write("rowsCopied").type(KeyCode.ENTER);

        robot.clickOn("#tab-parameters");
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "properties-pipeline.png"));
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> editor.viewModel().dirtyProperty().get()));
        assertEquals(expected(), Files.readString(root.resolve("pipeline/PL_Ingest_Stores.json"), StandardCharsets.UTF_8));

        // the screenshot in the README: a Copy source with a parameterised dataset and file settings
        fx(() -> viewModel.editors().open("PL_Supplier_Files"));
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView supplier = fx(() -> window.authorView().activeEditor());
        robot.clickOn(fx(() -> supplier.canvas().activityViews().get("CP_Supplier_To_Lake")));
        robot.clickOn("#tab-source");
        fx(() -> {
            robot.lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == javafx.geometry.Orientation.VERTICAL).forEach(p -> p.setDividerPositions(0.5));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("*.json", fx(() -> supplier.viewModel().properties().form().field("source-wildcard").orElseThrow().textProperty().get()));
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "properties-copy.png"));
    }

    private static String json(PipelineEditorView editor) throws Exception {
        return fx(() -> new String(editor.viewModel().pipeline().canonicalBytes(), StandardCharsets.UTF_8));
    }

    private static javafx.geometry.Point2D emptyCanvas(FxRobot robot) {
        Node canvas = robot.lookup("#pipeline-canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        return new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.4, b.getMaxY() - 30); // clear of the minimap
    }

    private static String expected() throws IOException {
        try (InputStream in = PropertiesUiTest.class.getResourceAsStream("/dev/pipewright/studio/properties/PL_Ingest_Stores.expected.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copyDemo(Path target) throws IOException {
        Path demo = Path.of(System.getProperty("pipewright.demo"));
        try (Stream<Path> files = Files.walk(demo)) {
            files.forEach(p -> {
                try {
                    Path to = target.resolve(demo.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
