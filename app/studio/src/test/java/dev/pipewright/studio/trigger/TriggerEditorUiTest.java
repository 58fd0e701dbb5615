package dev.pipewright.studio.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.controls.InvalidField;
import dev.pipewright.studio.shell.Snapshots;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger editor on the demo factory: the form, the code view in step, the next fire times, Save. */
class TriggerEditorUiTest extends AuthorUiBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    private TriggerEditorView openTrigger(String name, String now) throws Exception {
        openFactory();
        fx(() -> {
            viewModel.editors().setClock(() -> Instant.parse(now));
            return null;
        });
        open(ResourceKind.TRIGGER, name);
        return fx(() -> (TriggerEditorView) window.authorView().activePane());
    }

    /** Types into a text field (or an editable picker's editor) as a user does: select all, type, Enter. */
    private static void type(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private static List<String> fireTimes(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#trigger-fire-times").queryAs(ListView.class);
        return fx(() -> list.getItems().stream().map(String::valueOf).toList());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    /** The JSON of the code view (its text as the Code tab shows it when it is selected). */
    private static String code(TriggerEditorView view) throws Exception {
        return fx(() -> view.model().code().textProperty().get());
    }

    @Test
    void scheduleEditedThroughTheFormIsSavedAsAdfWritesItWithTheNextFireTimes(FxRobot robot) throws Exception {
        TriggerEditorView view = openTrigger("TR_Daily_0600", "2026-03-10T07:00:00Z");
        assertEquals("Schedule trigger", robot.lookup("#trigger-type").queryAs(Label.class).getText());
        assertEquals(List.of("Wed 2026-03-11 06:00 UTC", "Thu 2026-03-12 06:00 UTC", "Fri 2026-03-13 06:00 UTC", "Sat 2026-03-14 06:00 UTC",
                "Sun 2026-03-15 06:00 UTC"), fireTimes(robot));
        assertFalse(shown(robot.lookup("#trigger-week-days").query()), "week days are for a Week recurrence");

        ComboBox<?> frequency = robot.lookup("#trigger-frequency").queryAs(ComboBox.class);
        robot.clickOn(frequency).clickOn("Week");
        assertTrue(shown(robot.lookup("#trigger-week-days").query()));
        robot.clickOn("#trigger-week-days-Monday").clickOn("#trigger-week-days-Friday");
        type(robot, field(robot, "trigger-hours"), "18, 6");
        ComboBox<?> zone = robot.lookup("#trigger-time-zone").queryAs(ComboBox.class);
        type(robot, zone.getEditor(), "W. Europe Standard Time");
        WaitForAsyncUtils.waitForFxEvents();
        // Mondays and Fridays at 06:00 and 18:00 Berlin time; 10 March 2026 is a Tuesday
        assertEquals(List.of("Fri 2026-03-13 06:00 (05:00 UTC)", "Fri 2026-03-13 18:00 (17:00 UTC)", "Mon 2026-03-16 06:00 (05:00 UTC)",
                "Mon 2026-03-16 18:00 (17:00 UTC)", "Fri 2026-03-20 06:00 (05:00 UTC)"), fireTimes(robot));
        robot.clickOn("#trigger-tab-code");
        assertTrue(fx(() -> view.codeView().area().getText()).contains("\"timeZone\": \"W. Europe Standard Time\""), "the code view follows the form");
        robot.clickOn("#trigger-tab-settings");
        assertTrue(code(view).contains("\"startTime\": \"2026-01-01T06:00:00\","), code(view));

        // a bad value is marked in place, changes nothing, stays until corrected or reverted
        TextField hours = field(robot, "trigger-hours");
        type(robot, hours, "6, 25");
        assertTrue(hours.getStyleClass().contains(InvalidField.INVALID));
        assertTrue(robot.lookup("#trigger-hours-error").queryAs(Label.class).getText().contains("from 0 to 23"));
        assertEquals("6, 25", hours.getText());
        assertTrue(code(view).contains("\"hours\": [\n\t\t\t\t\t\t6,\n\t\t\t\t\t\t18\n\t\t\t\t\t]"), code(view));
        robot.type(KeyCode.ESCAPE);
        assertEquals("6, 18", hours.getText());
        assertFalse(hours.getStyleClass().contains(InvalidField.INVALID));

        TextField region = field(robot, "trigger-pipeline-0-param-region");
        assertEquals("Default: emea", region.getPromptText());
        robot.interact(() -> {
            region.setText("apac");
            region.fireEvent(new javafx.event.ActionEvent());
        });
        Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "trigger-editor"); // for docs/screenshots

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> view.model().dirtyProperty().get()));
        String saved = onDisk("trigger/TR_Daily_0600.json");
        assertEquals(code(view), saved);
        JsonNode properties = JSON.readTree(saved).path("properties");
        assertEquals("{\"frequency\":\"Week\",\"interval\":1,\"startTime\":\"2026-01-01T06:00:00\",\"timeZone\":\"W. Europe Standard Time\","
                + "\"schedule\":{\"minutes\":[0],\"hours\":[6,18],\"weekDays\":[\"Monday\",\"Friday\"]}}",
                properties.path("typeProperties").path("recurrence").toString());
        assertEquals("apac", properties.at("/pipelines/0/parameters/region").asText());
        assertTrue(saved.startsWith("{\n\t\"name\": \"TR_Daily_0600\",\n\t\"properties\": {"), "ADF's format: tabs");
    }

    @Test
    void codeViewEditsShowInTheFormAndTheFireTimesAndUndoGoesBack(FxRobot robot) throws Exception {
        TriggerEditorView view = openTrigger("TR_Daily_0600", "2026-03-10T07:00:00Z");
        robot.clickOn("#trigger-tab-code");
        fx(() -> {
            view.codeView().area().replaceText(view.codeView().area().getText().replace("\"Started\"", "\"Stopped\"")
                    .replace("\"hours\": [\n\t\t\t\t\t\t6\n", "\"hours\": [\n\t\t\t\t\t\t9\n"));
            return view.codeView().apply();
        });
        robot.clickOn("#trigger-tab-settings");
        assertEquals("9", field(robot, "trigger-hours").getText(), "the form follows the JSON");
        assertEquals("Stopped", robot.lookup("#trigger-state").queryAs(ComboBox.class).getValue());
        assertEquals("Tue 2026-03-10 09:00 UTC", fireTimes(robot).get(0), "09:00 today comes after 07:00");
        assertTrue(robot.lookup("#trigger-fire-note").queryAs(Label.class).getText().startsWith("Stopped"));
        robot.clickOn("#editor-undo");
        assertEquals("6", field(robot, "trigger-hours").getText());
        assertEquals("Wed 2026-03-11 06:00 UTC", fireTimes(robot).get(0));
        assertFalse(fx(() -> view.model().dirtyProperty().get()), "undone back to what is on disk");
    }

    @Test
    void monthlyOnTheFirstMondayAndLastFriday(FxRobot robot) throws Exception {
        openTrigger("TR_Daily_0600", "2026-01-01T00:00:00Z");
        assertFalse(shown(robot.lookup("#trigger-occurrences").query()));
        robot.clickOn("#trigger-frequency").clickOn("Month");
        type(robot, field(robot, "trigger-occurrences"), "first monday, last friday");
        assertEquals("First Monday, Last Friday", field(robot, "trigger-occurrences").getText());
        assertEquals(List.of("Mon 2026-01-05 06:00 UTC", "Fri 2026-01-30 06:00 UTC", "Mon 2026-02-02 06:00 UTC", "Fri 2026-02-27 06:00 UTC",
                "Mon 2026-03-02 06:00 UTC"), fireTimes(robot));

        // a time zone still being typed is what Save writes (Ctrl+S, no Enter)
        ComboBox<?> zone = robot.lookup("#trigger-time-zone").queryAs(ComboBox.class);
        robot.clickOn(zone.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Tokyo Standard Time");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onDisk("trigger/TR_Daily_0600.json").contains("\"timeZone\": \"Tokyo Standard Time\""));
        assertTrue(onDisk("trigger/TR_Daily_0600.json").contains("\"startTime\": \"2026-01-01T06:00:00\","), "the wall-clock start is kept");
    }

    @Test
    void tumblingWindowShowsItsWindowsAndRefusesWhatAdfRefuses(FxRobot robot) throws Exception {
        TriggerEditorView view = openTrigger("TR_Hourly_Suppliers", "2026-01-01T03:00:00Z");
        assertEquals("Thu 2026-01-01 03:05 UTC · window Thu 2026-01-01 02:00 – 03:00", fireTimes(robot).get(0));
        assertTrue(robot.lookup("#trigger-fire-note").queryAs(Label.class).getText().startsWith("2 windows have already ended"));
        type(robot, field(robot, "trigger-delay"), "00:15:00");
        assertEquals("Thu 2026-01-01 03:15 UTC · window Thu 2026-01-01 02:00 – 03:00", fireTimes(robot).get(0));
        TextField concurrency = field(robot, "trigger-max-concurrency");
        type(robot, concurrency, "99");
        assertTrue(concurrency.getStyleClass().contains(InvalidField.INVALID));
        assertTrue(code(view).contains("\"maxConcurrency\": 1,"), "the model keeps its value: " + concurrency.getText() + " " + code(view));
        type(robot, concurrency, "4");
        assertFalse(concurrency.getStyleClass().contains(InvalidField.INVALID));
        assertTrue(code(view).contains("\"delay\": \"00:15:00\",\n\t\t\t\"maxConcurrency\": 4,"), code(view));
        // one pipeline only: adding a second is refused with the reason
        ComboBox<?> choice = robot.lookup("#trigger-add-pipeline-choice").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) choice).setValue("PL_Daily_Sales_Load"));
        robot.clickOn("#trigger-add-pipeline");
        assertTrue(robot.lookup("#trigger-pipelines-error").queryAs(Label.class).getText().startsWith("A tumbling window trigger starts one pipeline"));
        robot.clickOn("#editor-validate"); // from the form, the Code tab never shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> view.model().statusProperty().get()).startsWith("Validated"));
        assertTrue(code(view).contains("\"maxConcurrency\": 4,"), "validating changed nothing");
        assertTrue(robot.lookup("#validation-list").queryAs(ListView.class).getItems().isEmpty());
        // a value ADF refuses that came in through the code view: Validate lists it with the form's reason
        fx(() -> view.model().code().apply(view.model().code().textProperty().get().replace("\"00:15:00\"", "\"15 minutes\"")));
        robot.clickOn("#editor-validate");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> view.model().problems().size()) == 1);
        assertTrue(fx(() -> view.model().problems().get(0).message()).contains("Delay: a time span like 00:05:00"));
        assertTrue(robot.lookup("#trigger-fire-note").queryAs(Label.class).getText().startsWith("Delay: a time span"));
    }

    @Test
    void newTriggerFromThePlusMenuIsADailyScheduleSavedWithItsPipeline(FxRobot robot) throws Exception {
        openFactory();
        robot.clickOn("#new-resource").clickOn("#new-trigger");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.authorView().activePane() instanceof TriggerEditorView));
        TriggerEditorView view = fx(() -> (TriggerEditorView) window.authorView().activePane());
        assertEquals("trigger1", fx(() -> view.model().resource().name()));
        assertEquals("Day", robot.lookup("#trigger-frequency").queryAs(ComboBox.class).getValue());
        assertEquals("Stopped", robot.lookup("#trigger-state").queryAs(ComboBox.class).getValue());
        assertEquals(5, fireTimes(robot).size());
        ComboBox<?> choice = robot.lookup("#trigger-add-pipeline-choice").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) choice).setValue("PL_Supplier_Files"));
        robot.clickOn("#trigger-add-pipeline");
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(fixture.root.resolve("trigger/trigger1.json")));
        JsonNode saved = JSON.readTree(onDisk("trigger/trigger1.json"));
        assertEquals("ScheduleTrigger", saved.at("/properties/type").asText());
        assertEquals("PL_Supplier_Files", saved.at("/properties/pipelines/0/pipelineReference/referenceName").asText());
        assertTrue(saved.at("/properties/typeProperties/recurrence/startTime").asText().endsWith("Z"));

        // not published yet, it can become another type: the form follows, the pipeline moves along
        robot.clickOn("#trigger-kind").clickOn("Tumbling window");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tumbling window trigger", robot.lookup("#trigger-type").queryAs(Label.class).getText());
        assertEquals("00:00:00", field(robot, "trigger-delay").getText());
        assertTrue(fireTimes(robot).get(0).contains(" · window "), fireTimes(robot).toString());
        assertEquals("PL_Supplier_Files", robot.lookup("#trigger-pipeline-0").queryAs(ComboBox.class).getValue());
        assertTrue(code(view).contains("\"pipeline\": {"), code(view));
    }

    @Test
    void storageEventTriggerForm(FxRobot robot) throws Exception {
        Files.writeString(fixture.root.resolve("trigger/TR_Blob_Arrivals.json"), """
                {
                \t"name": "TR_Blob_Arrivals",
                \t"properties": {
                \t\t"annotations": [],
                \t\t"runtimeState": "Stopped",
                \t\t"pipelines": [],
                \t\t"type": "BlobEventsTrigger",
                \t\t"typeProperties": {
                \t\t\t"blobPathBeginsWith": "/sales/blobs/incoming/",
                \t\t\t"ignoreEmptyBlobs": true,
                \t\t\t"scope": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sales",
                \t\t\t"events": [
                \t\t\t\t"Microsoft.Storage.BlobCreated"
                \t\t\t]
                \t\t}
                \t}
                }""");
        TriggerEditorView view = openTrigger("TR_Blob_Arrivals", "2026-01-01T00:00:00Z");
        assertEquals("Storage events trigger", robot.lookup("#trigger-type").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#trigger-fire-note").queryAs(Label.class).getText().startsWith("Fires when a matching blob is created"));
        type(robot, field(robot, "trigger-ends-with"), ".csv");
        robot.clickOn("#trigger-events-Blob-created");
        assertTrue(robot.lookup("#trigger-events-error").queryAs(Label.class).getText().startsWith("Event: tick"), "no event is refused");
        robot.clickOn("#trigger-events-Blob-deleted");
        robot.clickOn("#trigger-ignore-empty");
        assertFalse(robot.lookup("#trigger-ignore-empty").queryAs(CheckBox.class).isSelected());
        ComboBox<?> choice = robot.lookup("#trigger-add-pipeline-choice").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) choice).setValue("PL_Supplier_Files"));
        robot.clickOn("#trigger-add-pipeline");
        JsonNode tp = JSON.readTree(code(view)).path("properties").path("typeProperties");
        assertEquals(".csv", tp.path("blobPathEndsWith").asText(), field(robot, "trigger-ends-with").getText() + " " + tp);
        assertEquals("[\"Microsoft.Storage.BlobDeleted\"]", tp.path("events").toString());
        assertFalse(tp.path("ignoreEmptyBlobs").asBoolean());
        assertEquals("PL_Supplier_Files", JSON.readTree(code(view)).at("/properties/pipelines/0/pipelineReference/referenceName").asText());
        assertTrue(fx(() -> view.model().fireTimes().isEmpty()));
    }
}
