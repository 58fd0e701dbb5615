package dev.pipewright.studio.dataset;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.edit.SetPropertyCommand;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.shell.Snapshots;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADF's dataset view on the demo factory: the form and the code view in step, Preview data on the stand-ins, Save. */
class DatasetEditorUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    private DatasetEditorView openDataset(String name) throws Exception {
        openFactory();
        useDemoProfile();
        open(ResourceKind.DATASET, name);
        return fx(() -> (DatasetEditorView) window.authorView().activePane());
    }

    private static String json(DatasetEditorView view) throws Exception {
        return fx(() -> new String(view.model().resource().canonicalBytes(), StandardCharsets.UTF_8));
    }

    private static String status(DatasetEditorView view) throws Exception {
        return fx(() -> view.model().connect().statusProperty().get());
    }

    @Test
    void formAndCodeViewFollowEachOtherAndPreviewShowsTheRows(FxRobot robot) throws Exception {
        DatasetEditorView view = openDataset("DS_Blob_SalesCsv");
        String original = onDisk("dataset/DS_Blob_SalesCsv.json");
        assertEquals("sales/daily", robot.lookup("#ds-location-folderPath").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#ds-firstRowAsHeader").queryAs(CheckBox.class).isSelected());

        robot.doubleClickOn("#ds-location-folderPath").eraseText(12).write("sales/archive").type(KeyCode.ENTER);
        ComboBox<?> delimiter = robot.lookup("#ds-columnDelimiter").queryAs(ComboBox.class);
        robot.clickOn(delimiter.getEditor()).eraseText(1).write(";").type(KeyCode.ENTER);
        String edited = json(view);
        assertTrue(edited.contains("\"folderPath\": \"sales/archive\""), edited);
        assertTrue(edited.contains("\"columnDelimiter\": \";\""), edited);
        assertEquals("DS_Blob_SalesCsv *", fx(() -> view.model().titleProperty().get()));
        robot.clickOn("#ds-tab-code");
        assertTrue(fx(() -> view.codeView().area().getText()).contains("\"folderPath\": \"sales/archive\""), "the code view follows the form");

        // the code view back to the form: invalid JSON is refused with line:column and changes nothing
        fx(() -> {
            view.codeView().area().replaceText(view.codeView().area().getText().replace("\"sales/archive\"", "\"sales/archive\",,"));
            return view.codeView().apply();
        });
        assertTrue(fx(() -> view.model().code().errorProperty().get()).matches("Not applied: line \\d+, column \\d+: .*"));
        assertEquals(edited, json(view));
        fx(() -> {
            view.codeView().area().replaceText(view.model().code().textProperty().get().replace("\"sales/archive\"", "\"sales/daily\"")
                    .replace("\"columnDelimiter\": \";\"", "\"columnDelimiter\": \",\""));
            return view.codeView().apply();
        });
        robot.clickOn("#ds-tab-connection");
        assertEquals("sales/daily", robot.lookup("#ds-location-folderPath").queryAs(TextField.class).getText(), "the form follows the JSON");
        assertEquals(",", fx(delimiter.getEditor()::getText));
        TextField nullValue = robot.lookup("#ds-nullValue").queryAs(TextField.class); // below the fold: typed as Enter would commit it
        robot.interact(() -> {
            nullValue.setText("NULL");
            nullValue.fireEvent(new javafx.event.ActionEvent());
        });

        robot.clickOn("#ds-preview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fx(() -> view.model().connect().runningProperty().get())
                && status(view).contains(" via "));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#preview-table").queryAs(TableView.class);
        assertTrue(fx(() -> view.model().connect().problems().isEmpty()), fx(() -> view.model().connect().problemLines().toString()));
        assertTrue(fx(() -> table.getItems().size()) >= 2);
        assertEquals("SaleId (integer)", fx(() -> table.getColumns().get(0).getText()));
        assertTrue(status(view).contains("via AutoResolveIntegrationRuntime"), status(view));
        robot.clickOn("#ds-tab-schema").clickOn("#ds-import-schema");
        assertTrue(json(view).contains("\"name\": \"SaleId\",\n\t\t\t\t\"type\": \"String\""), json(view));
        assertEquals("SaleId", fx(() -> ((DatasetEditorViewModel) view.model()).schema().get(0).name()));
        robot.clickOn("#ds-tab-connection");
        Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "dataset-editor.png"));

        // another resource has unsaved changes too: Save writes only the dataset's file
        PipelineEditorViewModel pipeline = (PipelineEditorViewModel) open(ResourceKind.PIPELINE, "PL_Ingest_Stores");
        String pipelineOnDisk = onDisk("pipeline/PL_Ingest_Stores.json");
        fx(() -> {
            pipeline.canvas().run(new SetPropertyCommand(pipeline.pipeline(), "/properties/description", TextNode.valueOf("changed")));
            return null;
        });
        open(ResourceKind.DATASET, "DS_Blob_SalesCsv");
        robot.clickOn("#ds-tab-schema");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> view.model().dirtyProperty().get()));
        String saved = onDisk("dataset/DS_Blob_SalesCsv.json");
        assertEquals(json(view), saved);
        assertTrue(saved.contains("\"firstRowAsHeader\": true,\n\t\t\t\"nullValue\": \"NULL\",\n\t\t\t\"quoteChar\""), "a new setting goes where ADF puts it: " + saved);
        assertNotEquals(original, saved);
        assertEquals(pipelineOnDisk, onDisk("pipeline/PL_Ingest_Stores.json"), "Save writes the active tab's resource only");
        assertTrue(fx(() -> pipeline.dirtyProperty().get()));
        assertEquals("DS_Blob_SalesCsv", fx(() -> view.model().titleProperty().get()));
    }

    @Test
    void previewAsksForParametersWithoutDefaultAndTestConnectionSaysWhereItRan(FxRobot robot) throws Exception {
        DatasetEditorView view = openDataset("DS_Blob_StoreReport");
        DatasetEditorViewModel vm = (DatasetEditorViewModel) view.model();
        robot.clickOn("#ds-preview");
        robot.clickOn("#ds-param-value-storeId").write("S001");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(view).contains(" via "));
        assertTrue(fx(() -> vm.connect().problems().isEmpty()), fx(() -> vm.connect().problemLines().toString()));
        assertTrue(fx(() -> vm.connect().rows().size()) > 0);

        robot.clickOn("#ds-test-connection");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(view).startsWith("Connection"));
        assertTrue(status(view).startsWith("Connection successful via AutoResolveIntegrationRuntime"), status(view));

        // the Parameters tab: a default makes the question go away; the edit is undoable
        robot.clickOn("#ds-tab-parameters");
        robot.clickOn("#ds-param-name").write("storeId");
        robot.clickOn("#ds-param-default").write("S002");
        robot.clickOn("#ds-param-add");
        assertTrue(json(view).contains("\"storeId\": {\n\t\t\t\t\"type\": \"string\",\n\t\t\t\t\"defaultValue\": \"S002\"\n\t\t\t}"), json(view));
        assertTrue(fx(() -> vm.parametersWithoutDefault().isEmpty()));
        fx(() -> {
            vm.undo();
            return null;
        });
        assertEquals(List.of("storeId"), fx(vm::parametersWithoutDefault));
    }

    @Test
    void previewDataOnACopySourceTabOpensAWindowWithTheRows(FxRobot robot) throws Exception {
        Stage preview = previewCopySource(robot, "PL_Ingest_Stores", "CP_Stores_To_Sql", "DS_SqlServer_Stores");
        TableView<?> table = fx(() -> (TableView<?>) preview.getScene().lookup("#preview-table"));
        assertTrue(fx(() -> table.getColumns().size()) > 1, "the schema is in the headers");
        fx(() -> {
            preview.close();
            return null;
        });
    }

    @Test
    void aCopySourceWithAQueryPreviewsTheQuerysResult(FxRobot robot) throws Exception {
        // PL_Refresh_Loyalty's source reads SELECT member_id, tier, joined_on FROM public.members (5 columns in the table)
        Stage preview = previewCopySource(robot, "PL_Refresh_Loyalty", "CP_Members_To_Sql", "DS_Postgres_Members");
        TableView<?> table = fx(() -> (TableView<?>) preview.getScene().lookup("#preview-table"));
        assertEquals(List.of("member_id", "tier", "joined_on"), fx(() -> table.getColumns().stream().map(c -> c.getText().replaceAll(" \\(.*\\)$", "")).toList()));
        dev.pipewright.studio.shell.Snapshots.inBothThemes(preview.getScene(), "preview-source-query");
        fx(() -> {
            preview.close();
            return null;
        });
    }

    /** Clicks Preview data on the Source tab of {@code activity} and returns the preview window once it shows rows. */
    private Stage previewCopySource(FxRobot robot, String pipeline, String activity, String dataset) throws Exception {
        openFactory();
        useDemoProfile();
        open(ResourceKind.PIPELINE, pipeline);
        var editor = fx(() -> window.authorView().activeEditor());
        robot.clickOn(fx(() -> (javafx.scene.Node) editor.canvas().activityViews().get(activity)));
        robot.clickOn("#tab-source");
        robot.clickOn("#preview-source");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && ("Preview data: " + dataset).equals(s.getTitle()))));
        Stage preview = fx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Preview data")).map(Stage.class::cast).findFirst().orElseThrow());
        TableView<?> table = fx(() -> (TableView<?>) preview.getScene().lookup("#preview-table"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()));
        return preview;
    }
}
