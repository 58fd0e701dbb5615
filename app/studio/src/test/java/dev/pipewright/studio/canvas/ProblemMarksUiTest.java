package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.SetPropertyCommand;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings follow the edits without pressing Validate: the status bar's counts, a red mark with the message on each
 * failing activity (and on the container holding it), and the Validate all window, which closes with Close or
 * Escape and goes to a finding on double-click.
 */
class ProblemMarksUiTest extends EditorUiBase {
    private static final String BROKEN_INNER = "/properties/activities/0/typeProperties/activities/0/dependsOn";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private String counts(FxRobot robot) {
        return robot.lookup("#status-problems").queryAs(Label.class).getText();
    }

    private void awaitCounts(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> counts(robot)).equals(expected));
    }

    private static String findings(CanvasViewModel canvas, String activity) throws Exception {
        return fx(() -> canvas.node(activity).orElseThrow().findingsProperty().get());
    }

    @Test
    void findingsFollowTheEditsOnTheStatusBarAndTheCanvasAndValidateAllGoesToThem(FxRobot robot) throws Exception {
        fx(() -> viewModel.open(Path.of(System.getProperty("pipewright.demo"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        fx(() -> viewModel.editors().open("PL_Export_Store_Reports"));
        WaitForAsyncUtils.waitForFxEvents();
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        CanvasViewModel canvas = editor.viewModel().canvas();
        awaitCounts(robot, "No problems");
        assertFalse(robot.lookup("#mark-FE_Stores").queryAs(Label.class).isVisible());

        fx(() -> canvas.run(new SetPropertyCommand(editor.viewModel().pipeline(), BROKEN_INNER,
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("[{\"activity\": \"Nope\", \"dependencyConditions\": [\"Succeeded\"]}]"))));
        awaitCounts(robot, "1 error, 0 warnings");
        String onContainer = findings(canvas, "FE_Stores");
        assertTrue(onContainer.startsWith("in CP_StoreReport: PW401 ") && onContainer.contains("'Nope'"), onContainer);
        Label mark = robot.lookup("#mark-FE_Stores").queryAs(Label.class);
        assertTrue(mark.isVisible(), "a red mark on the failing container");
        assertEquals(onContainer, mark.getTooltip().getText(), "its message on hover");
        assertTrue(robot.lookup(".activity-node:invalid").tryQuery().isPresent());
        assertEquals(1, (int) fx(() -> editor.viewModel().problems().size()), "the Validation tab has it too, unasked");

        robot.doubleClickOn(fx(() -> editor.canvas().activityViews().get("FE_Stores")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> canvas.node("CP_StoreReport").isPresent()));
        assertTrue(findings(canvas, "CP_StoreReport").startsWith("PW401 "), "the inner activity is marked in the ForEach");
        assertTrue(robot.lookup("#mark-CP_StoreReport").queryAs(Label.class).isVisible());
        robot.clickOn("#crumb-0");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitCounts(robot, "No problems");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findings(canvas, "FE_Stores").isEmpty());

        fx(() -> canvas.run(new SetPropertyCommand(editor.viewModel().pipeline(), BROKEN_INNER,
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("[{\"activity\": \"Nope\", \"dependencyConditions\": [\"Succeeded\"]}]"))));
        awaitCounts(robot, "1 error, 0 warnings");
        fx(() -> viewModel.editors().open("PL_Daily_Sales_Load"));
        robot.clickOn("#status-problems");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#validate-all-close").tryQuery().isPresent());
        assertEquals("1 error, 0 warnings — double-click one to go to it", robot.lookup("#validate-all-summary").queryAs(Label.class).getText());
        ListView<?> list = robot.lookup("#validate-all-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(list).lookup((ListCell<?> c) -> c.getItem() != null).tryQuery().isPresent());
        Node cell = robot.from(list).lookup((ListCell<?> c) -> c.getItem() != null).query();
        robot.clickOn(cell);
        assertEquals("PL_Daily_Sales_Load", fx(() -> viewModel.editors().activeProperty().get().pipeline().name()), "one click only selects");
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PL_Export_Store_Reports", fx(() -> viewModel.editors().activeProperty().get().pipeline().name()));
        assertEquals(List.of("CP_StoreReport"), fx(() -> canvas.selectedNames()));

        int before = Window.getWindows().size();
        robot.clickOn(cell).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().size() == before - 1);
    }
}
