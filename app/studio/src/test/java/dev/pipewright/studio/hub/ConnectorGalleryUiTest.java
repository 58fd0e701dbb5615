package dev.pipewright.studio.hub;

import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New linked service through the connector gallery: ADF's names, grouped, searched, the type and a name suggested. */
class ConnectorGalleryUiTest extends HubTestBase {
    @Test
    void galleryTilesUseAdfNamesAndTheChosenConnectorStartsANewLinkedService(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        robot.clickOn("#ls-gallery");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-AzureBlobFS").tryQuery().isPresent());
        assertEquals("Azure Data Lake Storage Gen2", robot.lookup("#tile-AzureBlobFS").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup(".gallery-group").queryAllAs(Labeled.class).stream().anyMatch(l -> l.getText().startsWith("Services and apps")));
        dev.pipewright.studio.shell.Snapshots.windowInBothThemes(null, new javafx.beans.property.SimpleObjectProperty<>(),
                robot.lookup("#gallery-search").query().getScene(), "connector-gallery");

        robot.clickOn("#gallery-search").write("gen2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tile-AzureBlobStorage").tryQuery().isEmpty(), "the search leaves the others out");
        robot.doubleClickOn("#tile-AzureBlobFS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gallery-search").tryQuery().isEmpty());

        assertEquals("AzureBlobFS", robot.lookup("#ls-new-type").queryComboBox().getValue());
        assertEquals("AzureBlobFS1", robot.lookup("#ls-new-name").queryTextInputControl().getText(), "ADF's name for a first one");
        robot.clickOn("#ls-new");
        WaitForAsyncUtils.waitForFxEvents();
        String json = ((javafx.scene.control.TextInputControl) HubUi.node(robot, "#ls-json")).getText();
        assertTrue(json.contains("\"type\": \"AzureBlobFS\"") && json.contains("\"name\": \"AzureBlobFS1\""), json);
    }
}
