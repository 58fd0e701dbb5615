package dev.pipewright.studio.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Placeholder for a hub that is not built yet. */
final class ComingSoonView extends VBox {
    ComingSoonView(Hub hub, String what) {
        getStyleClass().add("coming-soon");
        setAlignment(Pos.CENTER);
        setSpacing(6);
        Label title = new Label(hub.displayName() + " — coming soon");
        title.getStyleClass().add("coming-soon-title");
        Label detail = new Label(what);
        detail.getStyleClass().add("coming-soon-detail");
        detail.setWrapText(true);
        getChildren().addAll(title, detail);
    }
}
