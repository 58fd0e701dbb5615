package dev.pipewright.studio.theme;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The studio's color themes. Each theme is the shared {@code base.css} (all rules, colors only through
 * looked-up {@code -pw-*} colors) plus one palette stylesheet that defines those colors; switching a
 * theme swaps the scene's stylesheets, nothing in Java knows a color.
 */
public enum Theme {
    LIGHT("Light", "light.css"),
    DARK("Dark", "dark.css");

    /** Where the themes module keeps its stylesheets on the class path. */
    private static final String THEME_FOLDER = "/dev/pipewright/themes/";

    private final String displayName;
    private final String paletteFile;

    Theme(String displayName, String paletteFile) {
        this.displayName = displayName;
        this.paletteFile = paletteFile;
    }

    public String displayName() {
        return displayName;
    }

    /** The other theme of the light/dark pair. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Stylesheet URLs for {@code Scene.getStylesheets()}: the palette, then the shared rules, then the canvas rules. */
    public List<String> stylesheets() {
        return List.of(url(paletteFile), url("base.css"), url("canvas.css"));
    }

    private static String url(String file) {
        URL url = Theme.class.getResource(THEME_FOLDER + file);
        // A missing stylesheet means the themes jar is not on the class path: fail loudly, not unstyled.
        return Objects.requireNonNull(url, "Theme stylesheet not found on the class path: " + THEME_FOLDER + file)
                .toExternalForm();
    }
}
