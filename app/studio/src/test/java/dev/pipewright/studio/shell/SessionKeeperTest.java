package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.workspace.Sessions;
import dev.pipewright.studio.workspace.WorkspaceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A factory opens again with the tabs it was left with, and the window where it was (the workspace store, SQLite). */
@ExtendWith(ApplicationExtension.class)
class SessionKeeperTest {
    private static final Sessions.Bounds LEFT_AT = new Sessions.Bounds(40, 30, 1100, 720, false);
    @TempDir
    Path temp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private Path copyOfDemo(String name) {
        Path root = temp.resolve(name);
        assertTrue(FactoryWriter.export(Factory.load(Path.of(System.getProperty("pipewright.demo"))), root).ok());
        return root;
    }

    private void openAndWait(MainWindowViewModel vm, Path root) throws Exception {
        fx(() -> vm.open(root));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> vm.factoryProperty().get() != null
                && vm.factoryProperty().get().root().equals(root.toAbsolutePath().normalize()) && !vm.loadingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> tabs(MainWindowViewModel vm) throws Exception {
        return fx(() -> vm.editors().editors().stream().map(e -> e.resource().name()).toList());
    }

    @Test
    void tabsAndWindowComeBackPerFactory() throws Exception {
        Path a = copyOfDemo("a");
        Path b = copyOfDemo("b");
        AtomicReference<Sessions.Bounds> placed = new AtomicReference<>();
        try (WorkspaceStore store = WorkspaceStore.open(temp.resolve("workspace.db"))) {
            MainWindowViewModel vm = fx(() -> new MainWindowViewModel(executor, Factory::load, store, store));
            SessionKeeper keeper = fx(() -> new SessionKeeper(vm, store, () -> LEFT_AT, placed::set));

            openAndWait(vm, a);
            fx(() -> {
                vm.editors().open(ResourceKind.PIPELINE, "PL_Export_Store_Reports");
                vm.editors().open(ResourceKind.DATASET, "DS_Blob_SalesCsv");
                vm.editors().open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
                vm.editors().activeEditorProperty().set(vm.editors().editors().get(1));
                return null;
            });
            openAndWait(vm, b);
            assertEquals(List.of(), tabs(vm), "another factory starts with its own tabs (none yet)");
            assertNull(placed.get());

            openAndWait(vm, a);
            assertEquals(List.of("PL_Export_Store_Reports", "DS_Blob_SalesCsv", "PL_Daily_Sales_Load"), tabs(vm));
            assertEquals("DS_Blob_SalesCsv", fx(() -> vm.editors().activeEditorProperty().get().resource().name()));
            assertEquals(LEFT_AT, placed.get(), "the window goes where it was left");

            fx(() -> {
                vm.editors().close(vm.editors().editors().get(0));
                keeper.keep();
                return null;
            });
            store.flush();
        }
        try (WorkspaceStore reopened = WorkspaceStore.open(temp.resolve("workspace.db"))) {
            Sessions.Session kept = reopened.sessionOf(a).orElseThrow();
            assertEquals(List.of("dataset/DS_Blob_SalesCsv", "pipeline/PL_Daily_Sales_Load"), kept.tabs(), "kept across restarts");
            assertEquals(LEFT_AT, kept.window());
        }
    }
}
