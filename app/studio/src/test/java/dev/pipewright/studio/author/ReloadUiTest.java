package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import static org.junit.jupiter.api.Assertions.assertSame;

/** File › Reload from disk (F5) keeps the open tabs: the same resources, read again; only those whose files are gone close. */
class ReloadUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void f5ReopensTheOpenResourcesAndClosesOnlyTheDeletedOnes(FxRobot robot) throws Exception {
        openFactory();
        open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        open(ResourceKind.TRIGGER, "TR_Daily_0600");
        open(ResourceKind.DATASET, "DS_Sql_DimStore");
        open(ResourceKind.DATA_FLOW, "DF_Sales_Enrich");
        open(ResourceKind.DATASET, "DS_Sql_DimStore"); // the active tab
        Files.delete(fixture.root.resolve("trigger/TR_Daily_0600.json")); // gone from disk behind the studio's back

        Factory before = fx(() -> viewModel.factoryProperty().get());
        robot.clickOn("#editor-tabs");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewModel.factoryProperty().get()) != null
                && fx(() -> viewModel.factoryProperty().get()) != before);
        WaitForAsyncUtils.waitForFxEvents();

        Factory after = fx(() -> viewModel.factoryProperty().get());
        List<ResourceEditorViewModel> editors = fx(() -> List.copyOf(viewModel.editors().editors()));
        assertEquals(List.of("PL_Daily_Sales_Load", "DS_Sql_DimStore", "DF_Sales_Enrich"),
                editors.stream().map(e -> e.resource().name()).toList(), "the tabs stay, in their order, without the deleted trigger");
        for (ResourceEditorViewModel e : editors) {
            assertSame(after.get(e.resource().id()).orElseThrow(), e.resource(), "each tab shows the resource as read again");
        }
        ResourceEditorViewModel active = fx(() -> viewModel.editors().activeEditorProperty().get());
        assertEquals("DS_Sql_DimStore", active.resource().name(), "the active tab stays active");
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        assertEquals(List.of("tab-PL_Daily_Sales_Load", "tab-DS_Sql_DimStore", "tab-DF_Sales_Enrich"),
                fx(() -> tabs.getTabs().stream().map(Tab::getId).toList()));
        assertEquals("tab-DS_Sql_DimStore", fx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
