package dev.pipewright.studio.hub;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.net.URL;
import java.util.Objects;

/** Adds the hubs' stylesheet (themes module, hub.css) to a hub view or a hub dialog. */
public final class HubStyles {
    private static final String HUB_CSS = "/dev/pipewright/themes/hub.css";

    private HubStyles() {
    }

    public static String url() {
        URL url = HubStyles.class.getResource(HUB_CSS);
        return Objects.requireNonNull(url, "hub.css is missing from the themes jar").toExternalForm();
    }

    public static void apply(Parent view) {
        view.getStylesheets().add(url());
    }

    /** A dialog is its own scene: it gets the owner's theme stylesheets and the hub's. */
    public static void apply(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getStylesheets().add(url());
    }
}
