package dev.pipewright.studio.connect;

import dev.pipewright.runtime.connect.Connections;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Map;

/**
 * Preview data of one dataset in its own window, as ADF opens it from a Copy activity's Source or Sink tab: the
 * first rows with the schema, progress, Cancel and the IR and region used. Closing the window cancels the call.
 */
public final class DataPreviewWindow {
    private DataPreviewWindow() {
    }

    /** Previews what {@code source} reads (its query's result for a source with one) in a new window. */
    public static Stage show(Window owner, ConnectViewModel connect, PreviewSource source) {
        String dataset = source.dataset();
        DataPreviewView view = new DataPreviewView(connect);
        view.setId("preview-window");
        Stage stage = new Stage();
        stage.setTitle("Preview data: " + dataset);
        if (owner != null) stage.initOwner(owner);
        Scene scene = new Scene(view, 900, 420);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnHidden(e -> connect.cancel());
        stage.show();
        // the dataset's own defaults for its parameters; one without a default is reported as a problem
        connect.preview(source, Connections.DEFAULT_ROWS, Map.of());
        return stage;
    }
}
