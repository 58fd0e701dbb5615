package dev.pipewright.studio.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.ReplaceJsonCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.workspace.WorkspaceStore;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * The studio as a child process for {@link CrashRecoveryTest}: opens the factory, edits a pipeline as the canvas does
 * (an undoable command) and types text that is not valid JSON into a dataset's code view, then says "JOURNALED" once
 * the edit journal holds both, and waits to be killed.
 */
public final class CrashChild {
    static final String READY = "JOURNALED";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path workspace = Path.of(args[1]);
        Path stores = Path.of(args[2]);
        Platform.startup(() -> {
            WorkspaceStore store = WorkspaceStore.open(workspace);
            MainWindowViewModel vm = new MainWindowViewModel(Executors.newSingleThreadExecutor(), Factory::load, store, store);
            HubServices services = new HubServices(stores.resolve("secrets.db"), stores.resolve("state.db"), Clock.systemUTC(), 1);
            MainWindow window = new MainWindow(vm, services, store);
            Stage stage = new Stage();
            stage.setScene(window.createScene(1280, 800));
            stage.show();
            CrashJournal journal = window.useEditJournal(store);
            vm.factoryProperty().addListener((obs, old, factory) -> {
                if (factory == null) return;
                var pipeline = vm.editors().open(ResourceKind.PIPELINE, CrashRecoveryTest.PIPELINE).orElseThrow();
                ObjectNode edited = pipeline.resource().json().deepCopy();
                ((ObjectNode) edited.get("properties")).put("description", CrashRecoveryTest.EDIT);
                pipeline.stack().execute(new ReplaceJsonCommand(pipeline.resource(), edited));
                var dataset = vm.editors().open(ResourceKind.DATASET, CrashRecoveryTest.DATASET).orElseThrow();
                dataset.codeView().typed(CrashRecoveryTest.TYPED);
                waitForJournal(store, root);
            });
            vm.open(root);
        });
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Says READY once both edits are in the store, checking again until they are (the journal writes after a pause). */
    private static void waitForJournal(WorkspaceStore store, Path root) {
        Thread watcher = new Thread(() -> {
            while (store.journaled(root).size() < 2) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println(READY);
            System.out.flush();
        });
        watcher.setDaemon(true);
        watcher.start();
    }
}
