package dev.pipewright.studio;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Pipewright studio application. Opens the factory given as the first argument, else the one named
 * by {@code -Dpipewright.demo}, else an empty window that says how to open one.
 */
public class StudioApp extends Application {
    private ExecutorService background;

    public static void main(String[] args) {
        launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "pipewright-background");
            thread.setDaemon(true); // never keep the JVM alive after the window closes
            return thread;
        });
        MainWindowViewModel viewModel = new MainWindowViewModel(background, Factory::load);
        MainWindow window = new MainWindow(viewModel);

        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(window.createScene(1280, 800));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.show();

        FactoryLocation.resolve(getParameters().getRaw(), System.getProperty(FactoryLocation.DEMO_PROPERTY))
                .ifPresentOrElse(viewModel::open, viewModel::showNoFactory);
    }

    @Override
    public void stop() {
        if (background != null) background.shutdownNow();
    }
}
