package dev.pipewright.studio.canvas;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule for refused values, in every kind of field (a form field, the General tab, a table cell): the field is
 * marked invalid in place with the reason under it, the model does not change, and the text stays until corrected
 * or reverted with Escape.
 */
class RefusedValuesUiTest extends EditorUiBase {
    @TempDir
    Path temp;
    private PipelineEditorView editor;
    private String original;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void open() throws Exception {
        editor = openPipeline(temp.resolve("factory"), "P", """
                {
                \t\t"activities": [
                \t\t\t{"name": "Wait_1", "type": "Wait", "dependsOn": [], "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}}
                \t\t],
                \t\t"parameters": {"Count": {"type": "int", "defaultValue": 3}}
                \t}""");
        original = json();
    }

    private String json() throws Exception {
        return fx(() -> new String(editor.viewModel().pipeline().canonicalBytes(), StandardCharsets.UTF_8));
    }

    private static boolean marked(FxRobot robot, String id) {
        return robot.lookup(id).query().getStyleClass().contains("field-invalid");
    }

    private static String message(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private void replace(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).clear());
        robot.clickOn(id).write(text).type(KeyCode.ENTER);
    }

    @Test
    void aRefusedValueIsMarkedInPlaceKeepsItsTextAndChangesNothingUntilCorrectedOrReverted(FxRobot robot) throws Exception {
        open();
        robot.clickOn(fx(() -> (Node) editor.canvas().activityViews().get("Wait_1")));

        // a form field: the wait time
        robot.clickOn("#tab-settings");
        replace(robot, "#field-waitTimeInSeconds", "abc");
        assertEquals("abc", robot.lookup("#field-waitTimeInSeconds").queryAs(TextField.class).getText(), "the text stays");
        assertTrue(marked(robot, "#field-waitTimeInSeconds"));
        assertTrue(message(robot, "#field-waitTimeInSeconds-error").startsWith("Wait time in seconds"), message(robot, "#field-waitTimeInSeconds-error"));
        assertEquals(original, json(), "the model is unchanged");
        robot.clickOn("#field-waitTimeInSeconds").type(KeyCode.ESCAPE);
        assertEquals("1", robot.lookup("#field-waitTimeInSeconds").queryAs(TextField.class).getText(), "Escape reverts");
        assertFalse(marked(robot, "#field-waitTimeInSeconds"));
        assertEquals("", message(robot, "#field-waitTimeInSeconds-error"));
        replace(robot, "#field-waitTimeInSeconds", "5");
        assertTrue(json().contains("\"waitTimeInSeconds\": 5"));
        assertFalse(marked(robot, "#field-waitTimeInSeconds"));

        // the General tab: a name ADF refuses, a timeout that is not d.hh:mm:ss
        robot.clickOn("#tab-general");
        String beforeName = json();
        replace(robot, "#prop-name", "Bad/Name");
        assertTrue(marked(robot, "#prop-name"));
        assertFalse(message(robot, "#prop-name-error").isEmpty());
        assertEquals("Bad/Name", robot.lookup("#prop-name").queryAs(TextField.class).getText());
        assertTrue(fx(() -> editor.viewModel().canvas().node("Wait_1").isPresent()), "the canvas keeps the old name");
        assertEquals(beforeName, json());
        replace(robot, "#prop-name", "Wait_Short");
        assertFalse(marked(robot, "#prop-name"), "corrected: the mark goes");
        assertTrue(fx(() -> editor.viewModel().canvas().node("Wait_Short").isPresent()));

        // a table cell: an Int parameter's default
        robot.clickOn(fx(() -> (Node) editor.canvas().activityViews().get("Wait_Short")));
        fx(() -> {
            editor.viewModel().canvas().select(java.util.List.of());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-parameters");
        String beforeDefault = json();
        replace(robot, "#field-pipeline-parameters-0-2", "abc");
        assertTrue(marked(robot, "#field-pipeline-parameters-0-2"));
        assertEquals("abc", robot.lookup("#field-pipeline-parameters-0-2").queryAs(TextField.class).getText());
        assertFalse(message(robot, "#field-pipeline-parameters-error").isEmpty());
        assertEquals(beforeDefault, json(), "the default stays 3");
        robot.clickOn("#field-pipeline-parameters-0-2").type(KeyCode.ESCAPE);
        assertEquals("3", robot.lookup("#field-pipeline-parameters-0-2").queryAs(TextField.class).getText());
        assertFalse(marked(robot, "#field-pipeline-parameters-0-2"));
        assertEquals("", message(robot, "#field-pipeline-parameters-error"));
        assertEquals("Int", robot.lookup("#field-pipeline-parameters-0-1").queryComboBox().getValue(), "the type box shows the type");
    }
}
