package dev.pipewright.studio.canvas;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.shell.Snapshots;
import dev.pipewright.studio.theme.Theme;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's bottom panes and badges on the demo factory: properties, two-way JSON code view, placement. */
class EditorPanesUiTest extends EditorUiBase {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private PipelineEditorView open(String pipeline) throws Exception {
        if (fx(() -> viewModel.factoryProperty().get()) == null) fx(() -> viewModel.open(Path.of(System.getProperty("pipewright.demo"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        fx(() -> viewModel.editors().open(pipeline));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> window.authorView().activeEditor());
    }

    private static String json(PipelineEditorView editor) throws Exception {
        return fx(() -> new String(editor.viewModel().pipeline().canonicalBytes(), StandardCharsets.UTF_8));
    }

    /** Every badge shown reads whole: its text, in the badge's own font, is no wider than the badge. */
    private void assertBadgesFit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var badges = robot.lookup(".activity-badge").queryAllAs(javafx.scene.control.Label.class);
        assertTrue(!badges.isEmpty());
        for (var badge : badges) {
            double[] widths = fx(() -> {
                javafx.scene.text.Text text = new javafx.scene.text.Text(badge.getText());
                text.setFont(badge.getFont());
                return new double[] {text.getLayoutBounds().getWidth(), badge.getWidth()};
            });
            assertTrue(widths[0] <= widths[1], "'" + fx(badge::getText) + "' is " + widths[0] + " px in a " + widths[1] + " px badge");
        }
    }

    @Test
    void placementBadgesAndContainersOnTheDemoFactory(FxRobot robot) throws Exception {
        PipelineEditorView editor = open("PL_Export_Store_Reports");
        CanvasViewModel canvas = editor.viewModel().canvas();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> canvas.node("FE_Stores").orElseThrow().badgeProperty().get()).isEmpty());
        assertTrue(fx(() -> canvas.node("FE_Stores").orElseThrow().badgeProperty().get()).startsWith("Orchestration"));
        robot.doubleClickOn(fx(() -> editor.canvas().activityViews().get("FE_Stores")));
        assertEquals(2, fx(() -> canvas.breadcrumb().size()));
        assertEquals(List.of("CP_StoreReport"), fx(() -> canvas.nodes().stream().map(ActivityNodeModel::name).toList()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> canvas.node("CP_StoreReport").orElseThrow().badgeProperty().get())
                .startsWith("AutoResolve · "));
        assertBadgesFit(robot);
        assertTrue(robot.lookup("#crumb-1").queryAs(javafx.scene.control.Button.class).getStyleClass().contains("crumb-current"));
        dev.pipewright.studio.shell.Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "canvas-container");
        robot.clickOn("#crumb-0");
        assertEquals(1, fx(() -> canvas.breadcrumb().size()));

        PipelineEditorView daily = open("PL_Daily_Sales_Load");
        fx(() -> {
            daily.fit();
            return null;
        });
        robot.clickOn(fx(() -> daily.canvas().activityViews().values().iterator().next()));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "canvas-demo-light.png"));
        fx(() -> {
            viewModel.themeProperty().set(Theme.DARK);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "canvas-demo-dark.png"));
    }

    @Test
    void generalTabEditsAreCommandsAndTheCodeViewIsTwoWay(FxRobot robot) throws Exception {
        PipelineEditorView editor = open("PL_Export_Store_Reports");
        String original = json(editor);
        robot.clickOn(fx(() -> editor.canvas().activityViews().get("FE_Stores")));
        robot.clickOn("#tab-general");
        assertEquals("FE_Stores", robot.lookup("#prop-name").queryAs(TextField.class).getText());
        robot.doubleClickOn("#prop-description").write("Every store").type(KeyCode.ENTER);
        assertTrue(json(editor).contains("\"description\": \"Every store\""), json(editor));
        robot.clickOn(editor.canvas()); // in a text field Ctrl+Z is the field's own undo
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(original, json(editor));

        robot.clickOn("#tab-code");
        fx(() -> {
            editor.codeView().area().replaceText(editor.codeView().area().getText().replace("\"FE_Stores\"", "\"FE_Stores\",,"));
            return editor.codeView().apply();
        });
        String error = fx(() -> editor.viewModel().code().errorProperty().get());
        assertTrue(error.matches("Not applied: line \\d+, column \\d+: Expected a key in double quotes, found ','.*"), error);
        assertEquals(original, json(editor), "invalid JSON never reaches the model");
        // shown whole where the user looks, at this 1280 px window: under the toolbar, wrapped, not cut off
        javafx.scene.control.Label shown = robot.lookup("#code-error").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.isVisible() && !(shown.getParent() instanceof javafx.scene.control.ToolBar), "not in the toolbar's overflow");
        assertEquals(error, fx(() -> ((javafx.scene.text.Text) shown.lookup(".text")).getText()), "not cut off");
        javafx.geometry.Bounds at = fx(() -> shown.localToScene(shown.getBoundsInLocal()));
        assertTrue(at.getMinX() >= 0 && at.getMaxX() <= stage.getScene().getWidth() + 1, "inside the window: " + at);

        fx(() -> {
            String text = editor.viewModel().code().textProperty().get().replace("\"description\"", "\"description\"");
            editor.codeView().area().replaceText(text.replace("\"name\": \"FE_Stores\"", "\"name\": \"FE_Stores\",\n\t\t\t\t\"state\": \"Inactive\",\n\t\t\t\t\"onInactiveMarkAs\": \"Succeeded\""));
            return editor.codeView().apply();
        });
        assertEquals("", fx(() -> editor.viewModel().code().errorProperty().get()));
        assertTrue(fx(() -> editor.viewModel().canvas().node("FE_Stores").orElseThrow().inactive()), "the canvas follows the JSON");
        assertTrue(robot.lookup(".activity-node:inactive").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertFalse(fx(() -> editor.viewModel().canvas().node("FE_Stores").orElseThrow().inactive()));
        assertEquals(original, json(editor));
    }

    @Test
    void validateAllFindsAProblemInAContainerAndRevealsIt(FxRobot robot) throws Exception {
        PipelineEditorView editor = open("PL_Export_Store_Reports");
        var editors = viewModel.editors();
        String inner = "/properties/activities/0/typeProperties/activities/0/dependsOn";
        fx(() -> editor.viewModel().canvas().run(new dev.pipewright.core.edit.SetPropertyCommand(editor.viewModel().pipeline(),
                inner, new com.fasterxml.jackson.databind.ObjectMapper().readTree("[{\"activity\": \"Nope\", \"dependencyConditions\": [\"Succeeded\"]}]"))));
        fx(() -> viewModel.editors().open("PL_Daily_Sales_Load"));
        robot.clickOn("Edit").clickOn("Validate all");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fx(() -> editors.allProblems().isEmpty()));
        var problem = fx(() -> editors.allProblems().stream().filter(p -> p.message().contains("'Nope'")).findFirst().orElseThrow());
        javafx.scene.control.ListView<?> list = robot.lookup("#validate-all-list").queryAs(javafx.scene.control.ListView.class);
        assertTrue(fx(() -> list.getItems().contains(problem)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(list)
                .lookup((javafx.scene.control.ListCell<?> c) -> c.getItem() == problem).tryQuery().isPresent()); // cells come with the next layout
        robot.doubleClickOn(robot.from(list).lookup((javafx.scene.control.ListCell<?> c) -> c.getItem() == problem).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PL_Export_Store_Reports", fx(() -> editors.activeProperty().get().pipeline().name()));
        assertEquals(List.of("CP_StoreReport"), fx(() -> editor.viewModel().canvas().selectedNames()));
        assertEquals(2, fx(() -> editor.viewModel().canvas().breadcrumb().size()), "the ForEach was opened");
    }
}
