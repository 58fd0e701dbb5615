package dev.pipewright.studio;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Pipewright studio window. */
public class StudioApp extends Application {
    public static void main(String[] args) {
        launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Pipewright");
        stage.setScene(new Scene(new Label("Pipewright"), 1200, 800));
        stage.show();
    }
}
