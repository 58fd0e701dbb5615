package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New dataset as ADF asks for it: the data store (ADF's names), then the format, then a linked service of that store. */
class NewDatasetUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void storeThenFormatThenLinkedService(FxRobot robot) throws Exception {
        openFactory();
        robot.clickOn("#new-resource").clickOn("#new-dataset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dataset-store").tryQuery().isPresent());
        ComboBox<String> store = combo(robot, "#dataset-store");
        assertTrue(store.getItems().contains("AzureBlobFS"));
        assertEquals("Azure Data Lake Storage Gen2", fx(() -> store.getConverter().toString("AzureBlobFS")), "ADF's names for the stores");

        robot.interact(() -> store.setValue("AzureBlobFS"));
        assertEquals(List.of("DelimitedText", "Json", "Parquet", "Binary"), combo(robot, "#dataset-type").getItems());
        assertEquals(List.of("LS_Lake_Curated"), combo(robot, "#dataset-linked-service").getItems(), "only that store's linked services");
        robot.interact(() -> combo(robot, "#dataset-type").setValue("Parquet"));
        assertEquals("Parquet1", robot.lookup("#name-field").queryTextInputControl().getText());

        robot.interact(() -> store.setValue("PostgreSql"));
        assertEquals(List.of("PostgreSqlTable"), combo(robot, "#dataset-type").getItems(), "a database has its table type");
        robot.interact(() -> store.setValue("AzureBlobFS"));
        robot.interact(() -> combo(robot, "#dataset-type").setValue("Parquet"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(fx(() -> pane.lookupButton(ButtonType.OK)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewModel.factoryProperty().get().get(ResourceKind.DATASET, "Parquet1").isPresent()));
        var created = fx(() -> viewModel.factoryProperty().get().get(ResourceKind.DATASET, "Parquet1").orElseThrow());
        assertEquals("Parquet", fx(() -> created.properties().path("type").asText()));
        assertEquals("LS_Lake_Curated", fx(() -> created.properties().path("linkedServiceName").path("referenceName").asText()));
        assertEquals("AzureBlobFSLocation", fx(() -> created.properties().path("typeProperties").path("location").path("type").asText()));
    }
}
