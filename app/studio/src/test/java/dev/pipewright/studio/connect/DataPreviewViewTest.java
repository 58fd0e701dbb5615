package dev.pipewright.studio.connect;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.testkit.SilentServer;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.studio.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preview data and Test connection in the studio, on the demo factory and its stand-ins, off the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class DataPreviewViewTest {
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private SilentServer silent;
    private ConnectViewModel vm;
    private DataPreviewView view;

    @Start
    void start(Stage stage) throws Exception {
        silent = new SilentServer();
        // the demo profile, with the REST API bound to a server that never answers (for Cancel)
        String profile = Files.readString(REPO.resolve("demo-env/local.json"))
                .replace("\"folder\": \"../demo-data/http/promotions\"", "\"url\": \"http://127.0.0.1:" + silent.port() + "/\"");
        ProfileReader.Result read = ProfileReader.parse(profile, REPO.resolve("demo-env/local.json").toString(), RegionCatalog.standard());
        Factory factory = Factory.load(REPO.resolve("demo-factory"));
        vm = new ConnectViewModel(() -> new Connections(factory, read.profile(), REPO.resolve("demo-env")), executor);
        view = new DataPreviewView(vm);
        Scene scene = new Scene(view, 900, 400);
        scene.getStylesheets().addAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdownNow();
        silent.close();
    }

    @Test
    void previewShowsTheSchemaRowsAndWhereItRan(FxRobot robot) throws Exception {
        robot.interact(() -> vm.preview("DS_Sql_FactSales", 100, Map.of()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.statusProperty().get().contains(" via "));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.problems().isEmpty(), vm.problemLines().toString());
        assertEquals(6, view.table().getItems().size());
        assertEquals("SaleId (integer)", view.table().getColumns().get(0).getText());
        TableColumn<Object[], ?> amount = view.table().getColumns().get(5);
        assertEquals("Amount (decimal)", amount.getText());
        assertEquals("39.98", amount.getCellData(0));
        assertEquals("6 rows via AutoResolveIntegrationRuntime (East US)", vm.statusProperty().get().replaceFirst(" in .*", ""));
    }

    @Test
    void testConnectionCanBeCancelledAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        robot.interact(() -> vm.testConnection("LS_Rest_Promotions"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.runningProperty().get());
        long start = System.nanoTime();
        robot.clickOn("#preview-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertEquals("PW713", vm.problems().get(0).code(), vm.problemLines().toString());
        assertTrue(vm.statusProperty().get().startsWith("Connection failed via AutoResolveIntegrationRuntime"), vm.statusProperty().get());

        robot.interact(() -> vm.testConnection("LS_SqlServer_Stores"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.statusProperty().get().startsWith("Connection successful"));
        assertTrue(vm.statusProperty().get().contains("via SHIR-Corp"), vm.statusProperty().get());
        assertTrue(vm.problems().stream().noneMatch(Problem::isError));
    }
}
