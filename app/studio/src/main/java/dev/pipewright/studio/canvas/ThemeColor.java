package dev.pipewright.studio.canvas;

import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** A colour for Canvas drawing, read from the theme: the background of a hidden region styled by a theme rule. */
final class ThemeColor {
    private ThemeColor() {
    }

    /** A hidden, unmanaged region with {@code styleClass}, to add to the drawing node's children. */
    static Region probe(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setManaged(false);
        r.setVisible(false);
        return r;
    }

    /**
     * The probe's colour as the last CSS pass left it (no CSS pass of its own: this is read every frame); transparent
     * before the probe was first styled. Listen to {@code probe.backgroundProperty()} to follow theme switches.
     */
    static Paint of(Region probe) {
        Background bg = probe.getBackground();
        return bg == null || bg.getFills().isEmpty() ? Color.TRANSPARENT : bg.getFills().get(0).getFill();
    }
}
