package dev.pipewright.studio.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.AuthorUiBase;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files another program changes under the open factory are read again, or the user is asked when edits are unsaved. */
class DiskChangesUiTest extends AuthorUiBase {
    private static final String DATASET = "DS_Blob_SalesCsv";
    private static final String FILE = "dataset/" + DATASET + ".json";

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    /** Writes the dataset file as another program would, with {@code description} added. */
    private void writeOutside(String description) throws Exception {
        String text = onDisk(FILE).replaceFirst("\"properties\": \\{", "\"properties\": {\n\t\t\"description\": \"" + description + "\",");
        Files.writeString(fixture.root.resolve(FILE), text);
    }

    private String description(Factory factory) {
        return factory.get(ResourceKind.DATASET, DATASET).orElseThrow().properties().path("description").asText();
    }

    private void editHere(String description) throws Exception {
        fx(() -> ((ObjectNode) viewModel.factoryProperty().get().get(ResourceKind.DATASET, DATASET).orElseThrow().properties())
                .put("description", description));
        assertTrue(fx(viewModel::hasUnsavedChanges));
    }

    private NotificationPane bar(FxRobot robot) {
        return robot.lookup("#disk-changes").queryAs(NotificationPane.class);
    }

    /** Presses the bar's button (fired, not clicked: the bar slides in, so a click could land while it moves). */
    private void click(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .button")
                .match((Button b) -> text.equals(b.getText()) && b.isVisible()).tryQuery().isPresent());
        Button button = robot.lookup(".notification-bar .button").match((Button b) -> text.equals(b.getText())).queryButton();
        fx(() -> {
            button.fire();
            return null;
        });
    }

    @Test
    void withNothingUnsavedTheFactoryIsReadAgain(FxRobot robot) throws Exception {
        openFactory();
        Factory before = fx(() -> viewModel.factoryProperty().get());

        writeOutside("pulled in a terminal");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Factory now = viewModel.factoryProperty().get();
            return now != null && now != before && description(now).equals("pulled in a terminal");
        });
        assertTrue(fx(() -> window.diskWatch().noteProperty().get()).contains(FILE + " changed on disk"));
        assertFalse(fx(() -> bar(robot).isShowing()), "nothing to ask");
    }

    @Test
    void withUnsavedEditsTheUserKeepsTheirVersionAndSavingReplacesTheFile(FxRobot robot) throws Exception {
        openFactory();
        Factory factory = fx(() -> viewModel.factoryProperty().get());
        editHere("mine");

        writeOutside("theirs");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.diskWatch().pendingProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar(robot).isShowing());
        String text = fx(() -> bar(robot).getText());
        assertTrue(text.contains(FILE) && text.contains("unsaved changes to " + FILE), text);
        assertSame(factory, fx(() -> viewModel.factoryProperty().get()), "unsaved edits are not thrown away unasked");

        click(robot, "Keep mine");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.diskWatch().pendingProperty().get() == null);
        var saved = fx(() -> viewModel.editors().saveAll());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::isDone);
        assertTrue(saved.get().ok(), saved.get().problems().toString());
        assertTrue(onDisk(FILE).contains("\"description\": \"mine\""));
        assertSame(factory, fx(() -> viewModel.factoryProperty().get()));
    }

    @Test
    void withUnsavedEditsReloadingFromTheBarTakesTheFilesOnDisk(FxRobot robot) throws Exception {
        openFactory();
        Factory factory = fx(() -> viewModel.factoryProperty().get());
        editHere("mine");

        writeOutside("theirs");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar(robot).isShowing());
        click(robot, "Reload from disk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.diskWatch().pendingProperty().get() == null);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Factory now = viewModel.factoryProperty().get();
            return now != null && now != factory && description(now).equals("theirs");
        });
        assertFalse(fx(viewModel::hasUnsavedChanges));
        assertEquals("theirs", description(fx(() -> viewModel.factoryProperty().get())));
    }
}
