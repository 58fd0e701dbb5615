package dev.pipewright.studio.canvas;

import dev.pipewright.runtime.run.ActivityRun;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debug from the pipeline editor runs the saved pipeline here and lists its activity runs in the Output tab. */
class DebugUiTest extends EditorUiBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void debugRunsThePipelineAndShowsItsActivityRuns(FxRobot robot) throws Exception {
        openPipeline(temp.resolve("factory"), "Debugged", """
                {
                \t\t"activities": [
                \t\t\t{"name": "Set_Greeting", "type": "SetVariable", "dependsOn": [], "userProperties": [],
                \t\t\t\t"typeProperties": {"variableName": "greeting", "value": {"value": "@concat('hello ', pipeline().parameters.who)", "type": "Expression"}}},
                \t\t\t{"name": "Stop_Here", "type": "Fail", "dependsOn": [{"activity": "Set_Greeting", "dependencyConditions": ["Succeeded"]}],
                \t\t\t\t"userProperties": [], "typeProperties": {"message": "stopped on purpose", "errorCode": "418"}}
                \t\t],
                \t\t"parameters": {"who": {"type": "string", "defaultValue": "world"}},
                \t\t"variables": {"greeting": {"type": "String"}},
                \t\t"annotations": []
                \t}""");
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        assertTrue(fx(() -> editor.viewModel().debug() != null), "the editor can debug");
        fx(() -> {
            editor.debug();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#debug-param-who").tryQuery().isPresent());
        assertEquals("world", robot.lookup("#debug-param-who").queryTextInputControl().getText(), "the default filled in");
        javafx.scene.control.DialogPane ask = robot.lookup("#debug-parameters").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(fx(() -> ask.lookupButton(javafx.scene.control.ButtonType.OK)));
        assertEquals("", fx(() -> editor.viewModel().statusProperty().get()), "not refused");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#debug-summary").queryAs(Label.class).getText().startsWith("Pipeline run"));
        String summary = robot.lookup("#debug-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("Failed") && summary.contains("estimated ADF cost $"), summary);
        @SuppressWarnings("unchecked")
        TableView<ActivityRun> runs = robot.lookup("#debug-runs").queryAs(TableView.class);
        assertEquals(List.of("Set_Greeting", "Stop_Here"), fx(() -> runs.getItems().stream().map(ActivityRun::activityName).toList()));
        assertEquals("hello world", fx(() -> runs.getItems().get(0).output().path("value").asText()), "the parameter's default was used");
        assertEquals("418", fx(() -> runs.getItems().get(1).error().errorCode()));
        robot.interact(() -> runs.getSelectionModel().select(1));
        assertTrue(robot.lookup("#debug-detail").queryTextInputControl().getText().contains("stopped on purpose"));
        dev.pipewright.studio.shell.Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "debug-output");

        // the run is in the history: the Monitor hub lists it with its activity runs
        fx(() -> {
            viewModel.hubProperty().set(dev.pipewright.studio.shell.Hub.MONITOR);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#runs-table").tryQuery().map(t -> ((TableView<?>) t).getItems().stream()
                .anyMatch(r -> ((com.fasterxml.jackson.databind.JsonNode) r).path("pipelineName").asText().equals("Debugged"))).orElse(false));
        TableView<com.fasterxml.jackson.databind.JsonNode> history = robot.lookup("#runs-table").queryTableView();
        var run = fx(() -> history.getItems().stream().filter(r -> r.path("pipelineName").asText().equals("Debugged")).findFirst().orElseThrow());
        assertEquals("Failed", run.path("status").asText());
        robot.interact(() -> history.getSelectionModel().select(run));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#runs-activities").queryTableView().getItems().size() == 2);
        dev.pipewright.studio.shell.Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "monitor-runs");
        robot.interact(() -> robot.lookup("#runs-status").queryAs(javafx.scene.control.ChoiceBox.class).setValue("Succeeded"));
        assertTrue(fx(() -> history.getItems().stream().noneMatch(r -> r.path("runId").asText().equals(run.path("runId").asText()))),
                "the status filter leaves the failed run out");
    }
}
