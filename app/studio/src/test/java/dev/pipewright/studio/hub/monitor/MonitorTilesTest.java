package dev.pipewright.studio.hub.monitor;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.hub.ManageHubViewModel;
import dev.pipewright.studio.theme.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Monitor hub's IR tiles with ADF's fields, and Azure-SSIS start/stop from a tile. */
@ExtendWith(ApplicationExtension.class)
class MonitorTilesTest {
    @TempDir
    static Path temp;
    private HubFixture fixture;
    private MonitorHubView view;

    @Start
    void start(Stage stage) {
        fixture = new HubFixture(temp, true);
        ManageHubViewModel manage = new ManageHubViewModel(new SimpleObjectProperty<Factory>(fixture.factory), fixture.services);
        view = new MonitorHubView(new Label("runs"), manage);
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().addAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private IrTile tile(String name) {
        return view.viewModel().tiles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private String status(FxRobot robot, String name) {
        return robot.lookup("#tile-status-" + name).queryAs(Label.class).getText();
    }

    @Test
    void tilesShowAdfsFieldsAndStartStopAzureSsis(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().tiles().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        IrTile ssis = tile("SSIS-EastUS");
        assertEquals(List.of("Azure-SSIS", "East US", "Standard_D4_v3", "0/1", "Initial"),
                List.of(ssis.type(), ssis.region(), ssis.nodeSize(), ssis.nodes(), ssis.status()));
        assertTrue(ssis.cost().startsWith("US$0.58/hour"), ssis.cost());
        IrTile vnet = tile("IR-ManagedVNet");
        assertEquals(List.of("Azure · Managed Virtual Network", "Auto Resolve", "Running"), List.of(vnet.type(), vnet.region(), vnet.status()));
        assertEquals("0/0", tile("SHIR-Corp").nodes());
        assertEquals("Need registration", status(robot, "SHIR-Corp"));

        robot.clickOn("#tile-start-SSIS-EastUS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile("SSIS-EastUS").status().equals("Started"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Started", status(robot, "SSIS-EastUS"));
        assertEquals("1/1", tile("SSIS-EastUS").nodes());
        robot.clickOn("#tile-stop-SSIS-EastUS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile("SSIS-EastUS").status().equals("Stopped"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tile-start-SSIS-EastUS").tryQuery().isPresent(), "a stopped IR can start again");
    }
}
