package dev.pipewright.studio;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.profile.ActiveProfiles;
import dev.pipewright.studio.hub.profile.ProfileKeeper;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import dev.pipewright.studio.shell.SessionKeeper;
import dev.pipewright.studio.workspace.Sessions;
import dev.pipewright.studio.workspace.WorkspaceStore;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Pipewright studio application. Opens the factory given as the first argument, else the one named
 * by {@code -Dpipewright.demo}, else an empty window that says how to open one. {@code --env=FILE} makes that
 * environment profile active for it; otherwise the profile last made active for the factory is used again.
 */
public class StudioApp extends Application {
    private ExecutorService background;
    private WorkspaceStore workspace;
    private HubServices services;

    public static void main(String[] args) {
        launch(StudioApp.class, args);
    }

    private SessionKeeper sessionKeeper;
    private dev.pipewright.studio.shell.CrashJournal crashJournal;

    @Override
    public void start(Stage stage) {
        services = HubServices.standard();
        background = services.tasks().tracking(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "pipewright-background");
            thread.setDaemon(true); // never keep the JVM alive after the window closes
            return thread;
        }));
        workspace = openWorkspace();
        MainWindowViewModel viewModel = workspace == null ? new MainWindowViewModel(background, Factory::load)
                : new MainWindowViewModel(background, Factory::load, workspace, workspace);
        MainWindow window = new MainWindow(viewModel, services, workspace == null ? dev.pipewright.git.GitSettingsStore.inMemory() : workspace);
        window.sourceControl().setBrowser(getHostServices()::showDocument);
        // closing the window with unsaved changes asks Save / Don't save / Cancel first
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.whenChangesHandled("close Pipewright", stage::close);
        });

        sessionKeeper = new SessionKeeper(viewModel, workspace == null ? Sessions.none() : workspace,
                () -> new Sessions.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()),
                bounds -> place(stage, bounds));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(window.createScene(1280, 800));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.show();

        if (workspace != null) crashJournal = window.useEditJournal(workspace);
        ActiveProfiles remembered = workspace == null ? ActiveProfiles.inMemory() : workspace;
        ProfileKeeper profiles = new ProfileKeeper(viewModel.factoryProperty(), services, remembered,
                FactoryLocation.option(getParameters().getRaw(), "env").orElse(null));
        profiles.messageProperty().addListener((o, was, now) -> System.err.println("Pipewright: " + now));
        FactoryLocation.resolve(getParameters().getRaw(), System.getProperty(FactoryLocation.DEMO_PROPERTY))
                .ifPresentOrElse(viewModel::open, viewModel::showNoFactory);
    }

    /** The local workspace (positions, recent factories); without it the studio still works, remembering nothing. */
    private static WorkspaceStore openWorkspace() {
        try {
            return WorkspaceStore.open(WorkspaceStore.defaultLocation());
        } catch (RuntimeException e) {
            System.err.println("Pipewright: the workspace store could not be opened, positions will not be kept: " + e.getMessage());
            return null;
        }
    }

    /** Puts the window where it was left, when that place is still on a screen (a monitor may be gone). */
    private static void place(Stage stage, Sessions.Bounds bounds) {
        if (bounds.width() < 200 || bounds.height() < 150) return;
        if (javafx.stage.Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty()) return;
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    @Override
    public void stop() {
        if (sessionKeeper != null) sessionKeeper.keep();
        if (crashJournal != null) crashJournal.closedCleanly(); // every change was saved or discarded when asked
        if (workspace != null) workspace.close();
        if (services != null) services.close();
        if (background != null) background.shutdownNow();
    }
}
