package dev.pipewright.studio.code;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.hub.HubStyles;
import dev.pipewright.studio.theme.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code views follow the theme: the JSON editor (RichTextFX) and the plain code text areas take the palette's code
 * background, and every syntax colour reads at a WCAG contrast of at least 4.5:1 on it, in both themes — as
 * rendered, from the colours the nodes really got.
 */
@ExtendWith(ApplicationExtension.class)
class CodeThemeUiTest {
    private static final String JSON = "{\n\t\"name\": \"P\",\n\t\"properties\": {\n\t\t\"n\": 42,\n\t\t\"b\": true,\n\t\t\"s\": \"text\"\n\t}\n}";
    private Scene scene;
    private CodeView view;
    private TextArea plain;

    @Start
    void start(Stage stage) {
        ObjectNode json = (ObjectNode) JsonReader.read(JSON, "pipeline/P.json").root();
        view = new CodeView(new CodeViewModel(Resource.create(ResourceKind.PIPELINE, json), new EditStack()));
        plain = new TextArea(JSON);
        plain.getStyleClass().add("code-view");
        VBox box = new VBox(view, plain);
        scene = new Scene(box, 700, 500);
        HubStyles.apply(box);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void codeViewsTakeTheThemesBackgroundAndEverySyntaxColourReadsOnIt(FxRobot robot) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                scene.getStylesheets().setAll(theme.stylesheets());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Color background = fill(view.area());
            boolean dark = theme == Theme.DARK;
            assertEquals(dark, luminance(background) < 0.2, theme + ": code background " + background);

            Map<String, Color> colours = new TreeMap<>();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !texts(view.area()).isEmpty());
            for (Text t : texts(view.area())) {
                String style = t.getStyleClass().stream().filter(c -> c.startsWith("json-")).findFirst().orElse("plain");
                colours.put(style, (Color) t.getFill());
            }
            assertEquals(List.of("json-key", "json-literal", "json-number", "json-string", "plain"), List.copyOf(colours.keySet()));
            for (Map.Entry<String, Color> c : colours.entrySet()) {
                double ratio = contrast(c.getValue(), background);
                assertTrue(ratio >= 4.5, theme + " " + c.getKey() + " " + c.getValue() + " on " + background + ": " + ratio);
            }
            Region content = (Region) plain.lookup(".content");
            Color plainBackground = fill(content);
            assertEquals(dark, luminance(plainBackground) < 0.2, theme + ": text-area code view background " + plainBackground);
            assertTrue(contrast((Color) ((Text) plain.lookup(".text")).getFill(), plainBackground) >= 4.5, theme + ": text-area text");
        }
    }

    /** The colour a region shows: its top fill, or where that is modena's slight gradient, the gradient's end. */
    private static Color fill(Region region) {
        javafx.scene.paint.Paint top = region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill();
        if (top instanceof javafx.scene.paint.LinearGradient g) return g.getStops().get(g.getStops().size() - 1).getColor();
        return (Color) top;
    }

    private static List<Text> texts(Parent parent) {
        List<Text> found = new ArrayList<>();
        for (Node n : parent.lookupAll(".text")) if (n instanceof Text t && !t.getText().isBlank() && !inLineNumber(t)) found.add(t);
        return found;
    }

    private static boolean inLineNumber(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p.getStyleClass().contains("lineno")) return true;
        return false;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
