package dev.pipewright.studio.shell;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Scene snapshots for tests: {@code Scene.snapshot} on the FX thread, copied pixel by pixel into a PNG
 * (no javafx-swing needed), with simple statistics to tell a drawn window from a blank one.
 */
public final class Snapshots {
    public record Stats(int width, int height, int distinctColors, double meanLuminance) {
    }

    private Snapshots() {
    }

    /** The scene in both themes, for docs/screenshots: target/screenshots/{@code name}-light.png and -dark.png. */
    public static void inBothThemes(Scene scene, javafx.beans.property.ObjectProperty<dev.pipewright.studio.theme.Theme> theme,
            String name) throws Exception {
        for (var t : dev.pipewright.studio.theme.Theme.values()) {
            WaitForAsyncUtils.asyncFx(() -> theme.set(t)).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            save(scene, Path.of("target", "screenshots", name + "-" + t.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }
    }

    /**
     * A dialog or window of its own in both themes (its scene takes the main scene's theme as the theme switches),
     * asserting each is drawn: target/screenshots/{@code name}-light.png and -dark.png.
     */
    public static void windowInBothThemes(Scene main, javafx.beans.property.ObjectProperty<dev.pipewright.studio.theme.Theme> theme,
            Scene window, String name) throws Exception {
        for (var t : dev.pipewright.studio.theme.Theme.values()) {
            WaitForAsyncUtils.asyncFx(() -> {
                theme.set(t);
                for (var any : dev.pipewright.studio.theme.Theme.values()) window.getStylesheets().removeAll(any.stylesheets());
                window.getStylesheets().addAll(0, t.stylesheets());
                // a dialog keeps the theme it was opened with on its pane: switch that too
                var own = window.getRoot().getStylesheets();
                boolean themed = false;
                for (var any : dev.pipewright.studio.theme.Theme.values()) themed |= own.removeAll(any.stylesheets());
                if (themed) own.addAll(0, t.stylesheets());
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Stats stats = save(window, Path.of("target", "screenshots", name + "-" + t.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
            if (stats.distinctColors() < 20) throw new AssertionError(name + " in " + t + " is not drawn: " + stats);
        }
        WaitForAsyncUtils.asyncFx(() -> theme.set(dev.pipewright.studio.theme.Theme.LIGHT)).get(10, TimeUnit.SECONDS);
    }

    /**
     * A scene of its own (a dialog, a preview window, the Manage hub alone) in both themes, for docs/screenshots: its
     * stylesheets are swapped for each theme's and put back after.
     */
    public static void inBothThemes(Scene scene, String name) throws Exception {
        java.util.List<String> kept = WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(scene.getStylesheets())).get(10, TimeUnit.SECONDS);
        try {
            for (var t : dev.pipewright.studio.theme.Theme.values()) {
                WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().setAll(t.stylesheets())).get(10, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                save(scene, Path.of("target", "screenshots", name + "-" + t.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().setAll(kept)).get(10, TimeUnit.SECONDS);
        }
    }

    /** Puts the stage back to the size test windows start at: the next test class gets the same stage. */
    public static void restoreSize(javafx.stage.Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(10, TimeUnit.SECONDS);
    }

    public static Stats save(Scene scene, Path png) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Set<Integer> colors = new HashSet<>();
        double luminance = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = pixels.getArgb(x, y);
                out.setRGB(x, y, argb);
                colors.add(argb);
                int r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
                luminance += (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
            }
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(out, "png", png.toFile());
        return new Stats(width, height, colors.size(), width * height == 0 ? 0 : luminance / (width * height));
    }
}
