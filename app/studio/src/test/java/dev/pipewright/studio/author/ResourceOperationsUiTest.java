package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.studio.canvas.CanvasViewModel;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.trigger.TriggerEditorView;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.scene.Node;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Factory Resources' New, Rename and Delete, code-only editors, the unsaved-changes prompts and the shared profile. */
class ResourceOperationsUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    private ResourceEditorViewModel active() throws Exception {
        return fx(() -> viewModel.editors().activeEditorProperty().get());
    }

    /** Selects a resource in the tree (opening its folders) and opens the tree's context menu at its row. */
    private void rightClick(FxRobot robot, ResourceCategory category, String name) throws Exception {
        fx(() -> {
            var resource = viewModel.factoryProperty().get().get(category.kind(), name).orElseThrow();
            viewModel.resourceTree().selectedProperty().set(ResourceEntry.of(category, resource));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> name.equals(c.getText())).query();
        robot.clickOn(cell);
        // headless Monocle sends no context-menu event for a secondary click: show the tree's menu there as it would
        fx(() -> {
            window.authorView().resourceTree().treeView().getContextMenu().show(cell, javafx.geometry.Side.RIGHT, 0, 0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a button of the unsaved-changes prompt (not a toolbar's button of the same text). */
    private static void answer(FxRobot robot, javafx.scene.control.ButtonType button) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-prompt").tryQuery().isPresent());
        javafx.scene.control.DialogPane prompt = robot.lookup("#unsaved-prompt").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(fx(() -> prompt.lookupButton(button)));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }

    private ResourceEntry entry(ResourceCategory category, String name) throws Exception {
        return fx(() -> ResourceEntry.of(category, viewModel.factoryProperty().get().get(category.kind(), name).orElseThrow()));
    }

    private void rename(ResourceCategory category, String from, String to) throws Exception {
        ResourceEntry entry = entry(category, from);
        fx(() -> {
            viewModel.resources().rename(viewModel.resources().planRename(entry, to), entry, to);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.geometry.Point2D firstActivityAt(String pipeline) throws Exception {
        PipelineEditorViewModel editor = (PipelineEditorViewModel) open(ResourceKind.PIPELINE, pipeline);
        javafx.geometry.Point2D at = fx(() -> {
            var node = editor.canvas().nodes().get(0);
            return new javafx.geometry.Point2D(node.xProperty().get(), node.yProperty().get());
        });
        fx(() -> {
            viewModel.editors().close(editor);
            return null;
        });
        return at;
    }

    @Test
    void aRenamedPipelineKeepsItsCanvasPositionsAndEditorsWhoseReferencesItRewroteForgetTheirHistory() throws Exception {
        openFactory();
        PipelineEditorViewModel sales = (PipelineEditorViewModel) open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        javafx.geometry.Point2D moved = fx(() -> {
            var node = sales.canvas().nodes().get(0);
            javafx.geometry.Point2D start = new javafx.geometry.Point2D(node.xProperty().get(), node.yProperty().get());
            sales.canvas().select(List.of(node.name()));
            sales.canvas().moveSelected(java.util.Map.of(node.name(), start), 300, 200);
            var after = sales.canvas().nodes().get(0); // the canvas rebuilds its node models after an edit
            return new javafx.geometry.Point2D(after.xProperty().get(), after.yProperty().get());
        });
        assertEquals(new javafx.geometry.Point2D(340, 240), moved, "moved from the auto-layout's (40, 40)");
        assertTrue(fx(() -> sales.stack().canUndo()), "the move is on the editor's history");

        // the pipeline uses this dataset: the rename rewrites its references, so its edits recorded before would undo to the old name
        rename(ResourceCategory.DATASETS, "DS_Blob_SalesCsv", "DS_Blob_Sales");
        assertFalse(fx(() -> sales.stack().canUndo()), "the pipeline editor's history is forgotten");
        assertTrue(fx(() -> sales.statusProperty().get()).startsWith("Undo history cleared: renaming dataset DS_Blob_SalesCsv to DS_Blob_Sales"),
                fx(() -> sales.statusProperty().get()));
        fx(() -> {
            viewModel.editors().close(sales);
            return null;
        });

        // renamed while not open, the pipeline keeps its positions; undoing the rename keeps them too
        rename(ResourceCategory.PIPELINES, "PL_Daily_Sales_Load", "PL_Sales_Daily");
        assertEquals(moved, firstActivityAt("PL_Sales_Daily"));
        fx(() -> {
            viewModel.resources().undo();
            return null;
        });
        assertTrue(fx(() -> viewModel.factoryProperty().get().get(ResourceKind.PIPELINE, "PL_Daily_Sales_Load").isPresent()));
        assertEquals(moved, firstActivityAt("PL_Daily_Sales_Load"));
    }

    @Test
    void newPipelineRenameWithReferencesAndDeleteRefused(FxRobot robot) throws Exception {
        openFactory();
        robot.clickOn("#new-resource").clickOn("Pipeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pipeline1 *", fx(() -> active().titleProperty().get()), "the new pipeline opens in its editor, unsaved");

        rightClick(robot, ResourceCategory.PIPELINES, "pipeline1");
        robot.clickOn("#resource-rename");
        TextField name = robot.lookup("#name-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("PL-Bad/Name"));
        assertTrue(robot.lookup("#name-error").queryAs(Label.class).getText().contains("'/'"), "ADF's naming rules, as typed");
        robot.interact(() -> name.setText("PL_New"));
        assertEquals(List.of("pipeline/pipeline1.json → pipeline/PL_New.json"), robot.lookup("#rename-changes").queryAs(ListView.class).getItems());
        robot.clickOn("OK");
        assertEquals("PL_New *", fx(() -> active().titleProperty().get()), "the open editor follows the rename");
        javafx.scene.control.TabPane tabs = robot.lookup("#editor-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertTrue(fx(() -> tabs.getTabs().stream().anyMatch(t -> "tab-PL_New".equals(t.getId()))), "and so does its tab");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(fixture.root.resolve("pipeline/PL_New.json")));
        assertFalse(Files.exists(fixture.root.resolve("pipeline/pipeline1.json")));

        // a rename that other resources follow: the trigger that runs the pipeline
        rightClick(robot, ResourceCategory.PIPELINES, "PL_Daily_Sales_Load");
        robot.clickOn("#resource-rename");
        robot.interact(() -> robot.lookup("#name-field").queryAs(TextField.class).setText("PL_Sales_Daily"));
        assertEquals(List.of("pipeline/PL_Daily_Sales_Load.json → pipeline/PL_Sales_Daily.json",
                        "trigger/TR_Daily_0600: /properties/pipelines/0/pipelineReference/referenceName"),
                robot.lookup("#rename-changes").queryAs(ListView.class).getItems());
        robot.clickOn("OK");
        assertTrue(status(robot).startsWith("Rename pipeline PL_Daily_Sales_Load to PL_Sales_Daily"), status(robot));
        assertTrue(fx(() -> viewModel.factoryProperty().get().get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow().json().toString())
                .contains("\"referenceName\":\"PL_Sales_Daily\""));

        // delete is refused while used, with the users listed
        rightClick(robot, ResourceCategory.DATASETS, "DS_Blob_SalesCsv");
        robot.clickOn("#resource-delete");
        Label refusal = robot.lookup("#resource-alert .content").queryAs(Label.class);
        assertTrue(refusal.getText().contains("pipeline/PL_Sales_Daily"), refusal.getText());
        robot.clickOn("OK");
        assertTrue(fx(() -> viewModel.factoryProperty().get().get(ResourceKind.DATASET, "DS_Blob_SalesCsv").isPresent()));

        // an unused one goes (its file with Save all), and Undo in Factory Resources brings it back
        rightClick(robot, ResourceCategory.PIPELINES, "PL_New");
        robot.clickOn("#resource-delete");
        robot.clickOn("OK");
        assertTrue(fx(() -> viewModel.editors().editors().stream().noneMatch(e -> e.resource().name().equals("PL_New"))), "its tab closed");
        assertTrue(Files.exists(fixture.root.resolve("pipeline/PL_New.json")), "the file goes only with Save all");
        rightClick(robot, ResourceCategory.PIPELINES, "PL_Sales_Daily");
        robot.clickOn("#resource-undo");
        assertTrue(fx(() -> viewModel.factoryProperty().get().get(ResourceKind.PIPELINE, "PL_New").isPresent()));
        assertEquals("Undone: Delete pipeline PL_New", status(robot));
    }

    @Test
    void codeEditorsAndClosePromptsOfDirtyTabsAndTheWindow(FxRobot robot) throws Exception {
        openFactory();
        String onDisk = onDisk("trigger/TR_Daily_0600.json");
        ResourceEditorViewModel trigger = open(ResourceKind.TRIGGER, "TR_Daily_0600");
        TriggerEditorView view = fx(() -> (TriggerEditorView) window.authorView().activePane());
        robot.clickOn("#trigger-tab-code");
        fx(() -> {
            view.codeView().area().replaceText(view.codeView().area().getText().replace("after the stores' uploads", "after uploads"));
            return view.codeView().apply();
        });
        assertEquals("TR_Daily_0600 *", fx(() -> trigger.titleProperty().get()));
        robot.clickOn("#editor-validate");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> trigger.statusProperty().get()).startsWith("Validated"));

        // closing the dirty tab: Cancel keeps it, Don't save closes it and forgets the edit
        Node close = robot.lookup("#tab-TR_Daily_0600 .tab-close-button").query();
        robot.clickOn(close);
        answer(robot, javafx.scene.control.ButtonType.CANCEL);
        assertTrue(fx(() -> viewModel.editors().editors().contains(trigger)));
        robot.clickOn(close);
        answer(robot, UnsavedPrompt.DONT_SAVE);
        assertFalse(fx(() -> viewModel.editors().editors().contains(trigger)));
        assertFalse(fx(() -> trigger.resource().isModified()), "Don't save puts the content back");
        assertEquals(onDisk, onDisk("trigger/TR_Daily_0600.json"));

        // Save in the prompt writes the file, then closes
        ResourceEditorViewModel again = open(ResourceKind.TRIGGER, "TR_Daily_0600");
        TriggerEditorView view2 = fx(() -> (TriggerEditorView) window.authorView().activePane());
        robot.clickOn("#trigger-tab-code");
        fx(() -> {
            view2.codeView().area().replaceText(view2.codeView().area().getText().replace("after the stores' uploads", "after uploads"));
            return view2.codeView().apply();
        });
        robot.clickOn((Node) robot.lookup("#tab-TR_Daily_0600 .tab-close-button").query());
        answer(robot, UnsavedPrompt.SAVE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> viewModel.editors().editors().contains(again)));
        assertTrue(onDisk("trigger/TR_Daily_0600.json").contains("after uploads"));

        // the window: reloading with unsaved changes asks first
        ResourceEditorViewModel flow = open(ResourceKind.DATA_FLOW, "DF_Sales_Enrich");
        fx(() -> {
            flow.stack().execute(new dev.pipewright.core.edit.SetPropertyCommand(flow.resource(), "/properties/description",
                    com.fasterxml.jackson.databind.node.TextNode.valueOf("edited")));
            return null;
        });
        var before = fx(() -> viewModel.factoryProperty().get());
        robot.push(KeyCode.F5);
        answer(robot, javafx.scene.control.ButtonType.CANCEL);
        assertSame(before, fx(() -> viewModel.factoryProperty().get()), "Cancel keeps the factory as it is");
        robot.push(KeyCode.F5);
        answer(robot, UnsavedPrompt.DONT_SAVE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewModel.factoryProperty().get()) != null
                && fx(() -> viewModel.factoryProperty().get()) != before);
        assertNotSame(before, fx(() -> viewModel.factoryProperty().get()));
        assertFalse(onDisk("dataflow/DF_Sales_Enrich.json").contains("edited"));
    }

    @Test
    void placementBadgesFollowTheProfileChosenInManage() throws Exception {
        openFactory();
        PipelineEditorViewModel editor = (PipelineEditorViewModel) open(ResourceKind.PIPELINE, "PL_Export_Store_Reports");
        CanvasViewModel canvas = editor.canvas();
        fx(() -> {
            canvas.open("FE_Stores", 0);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> canvas.node("CP_StoreReport").orElseThrow().badgeProperty().get())
                .equals("AutoResolve · East US"));
        useDemoProfile(); // the landing account is in West US there: the copy runs in its sink's region
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> canvas.node("CP_StoreReport").orElseThrow().badgeProperty().get())
                .equals("AutoResolve · West US"));
        fx(() -> {
            fixture.services.profileProperty().set(EnvironmentProfile.defaults());
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> canvas.node("CP_StoreReport").orElseThrow().badgeProperty().get())
                .equals("AutoResolve · East US"));
    }
}
