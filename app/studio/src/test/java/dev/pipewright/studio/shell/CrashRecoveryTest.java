package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.workspace.WorkspaceStore;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash recovery for real: the studio runs as a child process, edits, is killed with SIGKILL; the next studio offers
 * the unsaved work per resource, with a diff against the file, and restores it as unsaved changes (nothing written).
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {
    static final String PIPELINE = "PL_Daily_Sales_Load";
    static final String DATASET = "DS_Blob_SalesCsv";
    static final String EDIT = "edited before the crash";
    static final String TYPED = "{\n\t\"name\": \"DS_Blob_SalesCsv\",\n\t\"properties\": { typed but not valid";
    @TempDir
    Path temp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Process child;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Stage stage;

    @AfterEach
    void stop() {
        if (child != null) child.destroyForcibly();
        executor.shutdownNow();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private Process startChild(Path root, Path workspace) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless",
                "pipewright.git.timestamps", "pipewright.secrets", "pipewright.state")) {
            if (System.getProperty(p) != null) command.add("-D" + p + "=" + System.getProperty(p));
        }
        Path stores = Files.createDirectories(temp.resolve("child-stores"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                root.toString(), workspace.toString(), stores.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void editsOfAKilledStudioAreOfferedAndRestoredAsUnsavedChanges(FxRobot robot) throws Exception {
        Path root = temp.resolve("factory");
        assertTrue(FactoryWriter.export(Factory.load(Path.of(System.getProperty("pipewright.demo"))), root).ok());
        Path workspace = temp.resolve("workspace.db");
        String pipelineBefore = Files.readString(root.resolve("pipeline/" + PIPELINE + ".json"));
        String datasetBefore = Files.readString(root.resolve("dataset/" + DATASET + ".json"));

        child = startChild(root, workspace);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.equals(CrashChild.READY)) return true;
                }
            } catch (java.io.IOException e) {
                return false;
            }
            return false;
        });
        assertTrue(ready.get(120, TimeUnit.SECONDS), "the child journaled its edits; it said:\n" + seen);
        child.destroyForcibly(); // SIGKILL: no stop(), no clean close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(pipelineBefore, Files.readString(root.resolve("pipeline/" + PIPELINE + ".json")), "nothing was saved");

        HubFixture fixture = new HubFixture(Files.createTempDirectory("pipewright-crash"), true);
        try (WorkspaceStore store = WorkspaceStore.open(workspace)) {
            MainWindowViewModel vm = fx(() -> new MainWindowViewModel(executor, Factory::load, store, store));
            MainWindow window = fx(() -> {
                MainWindow w = new MainWindow(vm, fixture.services, store);
                stage.setScene(w.createScene(1280, 800));
                stage.show();
                w.useEditJournal(store);
                vm.open(root);
                return w;
            });
            NotificationPane bar = robot.lookup("#disk-changes").queryAs(NotificationPane.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> bar.isShowing() && bar.getText().startsWith("Unsaved work from a session")));
            assertTrue(fx(bar::getText).contains("2 resources"));
            assertFalse(fx(vm::hasUnsavedChanges), "nothing restored silently");

            fx(() -> {
                bar.getActions().stream().filter(a -> a.getText().equals("Review…")).findFirst().orElseThrow().handle(null);
                return null;
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restore-list").tryQuery().isPresent());
            ListView<CrashJournal.Recoverable> list = robot.lookup("#restore-list").queryListView();
            assertEquals(List.of("dataset/" + DATASET + ".json", "pipeline/" + PIPELINE + ".json"),
                    fx(() -> list.getItems().stream().map(r -> r.entry().path()).toList()));
            assertEquals(pipelineBefore, fx(() -> list.getItems().get(1).onDisk()), "shown against the file on disk");
            fx(() -> {
                list.getSelectionModel().select(1);
                return null;
            });
            Snapshots.windowInBothThemes(stage.getScene(), vm.themeProperty(), list.getScene(), "restore");

            robot.clickOn("#restore-all");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.crashJournal().recoverableProperty().get().isEmpty()));
            var pipeline = fx(() -> vm.editors().editors().stream().filter(e -> e.resource().name().equals(PIPELINE)).findFirst().orElseThrow());
            assertEquals(EDIT, fx(() -> pipeline.resource().properties().path("description").asText()));
            assertTrue(fx(() -> pipeline.dirtyProperty().get()), "restored as an unsaved change");
            var dataset = fx(() -> vm.editors().editors().stream().filter(e -> e.resource().name().equals(DATASET)).findFirst().orElseThrow());
            assertEquals(TYPED, fx(() -> dataset.codeView().typedText()), "the typed text is back in the code view");
            assertTrue(fx(() -> dataset.dirtyProperty().get()));
            assertEquals(pipelineBefore, Files.readString(root.resolve("pipeline/" + PIPELINE + ".json")), "nothing written until saved");
            assertEquals(datasetBefore, Files.readString(root.resolve("dataset/" + DATASET + ".json")));
        } finally {
            fixture.close();
        }
    }

    @Test
    void savedOrCleanlyClosedWorkLeavesNothingToRecover() throws Exception {
        Path root = temp.resolve("factory");
        assertTrue(FactoryWriter.export(Factory.load(Path.of(System.getProperty("pipewright.demo"))), root).ok());
        HubFixture fixture = new HubFixture(Files.createTempDirectory("pipewright-journal"), true);
        try (WorkspaceStore store = WorkspaceStore.open(temp.resolve("workspace.db"))) {
            MainWindowViewModel vm = fx(() -> new MainWindowViewModel(executor, Factory::load, store, store));
            CrashJournal journal = fx(() -> new MainWindow(vm, fixture.services, store).useEditJournal(store));
            fx(() -> vm.open(root));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> vm.factoryProperty().get() != null));
            var pipeline = fx(() -> vm.editors().open(dev.pipewright.core.factory.ResourceKind.PIPELINE, PIPELINE).orElseThrow());
            fx(() -> {
                pipeline.codeView().typed("{ typed");
                return null;
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                store.flush();
                return store.journaled(root).size() == 1;
            });
            assertTrue(store.journaled(root).get(0).typed());

            fx(() -> {
                pipeline.codeView().reload(); // Revert
                return null;
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                store.flush();
                return store.journaled(root).isEmpty();
            });
            fx(() -> {
                pipeline.codeView().typed("{ again");
                journal.write();
                journal.closedCleanly();
                return null;
            });
            store.flush();
            assertEquals(List.of(), store.journaled(root), "a clean close keeps nothing");
        } finally {
            fixture.close();
        }
    }
}
