package dev.pipewright.studio.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The narrow left rail with one toggle button per {@link Hub}; exactly one is always selected. */
final class NavigationRail extends VBox {
    private final ToggleGroup group = new ToggleGroup();

    NavigationRail(ObjectProperty<Hub> hub) {
        getStyleClass().add("rail");
        for (Hub h : Hub.values()) {
            ToggleButton button = new ToggleButton(h.displayName());
            button.setId(h.buttonId());
            button.setUserData(h);
            button.setToggleGroup(group);
            button.getStyleClass().add("rail-button");
            button.setContentDisplay(ContentDisplay.TOP);
            button.setFocusTraversable(false);
            button.setMaxWidth(Double.MAX_VALUE);
            Region icon = new Region();
            icon.getStyleClass().addAll("rail-icon", "icon-" + h.name().toLowerCase(java.util.Locale.ROOT));
            button.setGraphic(icon);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // clicking the selected hub again must not leave the rail empty
            } else {
                hub.set((Hub) now.getUserData());
            }
        });
        hub.addListener((obs, old, now) -> select(now));
        select(hub.get());
    }

    private void select(Hub h) {
        group.getToggles().stream().filter(t -> t.getUserData() == h).findFirst().ifPresent(group::selectToggle);
    }
}
