package dev.pipewright.studio.canvas;

import dev.pipewright.studio.shell.Snapshots;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline parameters' Type boxes keep showing their type when the properties pane is narrow (at 1024 px they
 * were squeezed to their arrow and read blank): the boxes keep their width, the text fields give way.
 */
class ParameterTypesUiTest extends EditorUiBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @AfterEach
    void restoreSize() throws Exception {
        Snapshots.restoreSize(stage);
    }

    private void open() throws Exception {
        openPipeline(temp.resolve("factory"), "P", """
                {
                \t\t"activities": [],
                \t\t"parameters": {"Count": {"type": "int", "defaultValue": 3}, "Key": {"type": "securestring"}, "Flag": {"type": "bool"}}
                \t}""");
    }

    /** What each Type box shows: the text drawn in its button cell (elided text reads as drawn). */
    private static List<String> shownTypes(FxRobot robot) throws Exception {
        return fx(() -> {
            List<String> shown = new ArrayList<>();
            for (int r = 0; ; r++) {
                var found = robot.lookup("#field-pipeline-parameters-" + r + "-1").tryQuery();
                if (found.isEmpty()) return shown;
                ComboBox<?> box = (ComboBox<?>) found.get();
                ListCell<?> cell = box.lookupAll(".list-cell").stream().map(ListCell.class::cast)
                        .filter(c -> c.isVisible() && c.getItem() != null).findFirst().orElseThrow();
                Text text = (Text) cell.lookup(".text");
                shown.add(text == null || !text.isVisible() ? "" : text.getText());
            }
        });
    }

    @Test
    void typeBoxesShowTheirTypeInANarrowWindowAndAfterEdits(FxRobot robot) throws Exception {
        fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        open();
        robot.clickOn("#tab-parameters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Int", "SecureString", "Bool"), shownTypes(robot));

        // the table is drawn again after every edit (+ New sits below the fold of the short pane: fired, not clicked)
        robot.interact(() -> robot.lookup("#field-pipeline-parameters-add").queryButton().fire());
        robot.clickOn("#field-pipeline-parameters-0-2").type(KeyCode.END).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Int", "SecureString", "Bool", "String"), shownTypes(robot));

        fx(() -> {
            stage.setWidth(800);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Int", "SecureString", "Bool", "String"), shownTypes(robot), "narrower still");
        javafx.scene.control.TextField name = robot.lookup("#field-pipeline-parameters-0-0").queryAs(javafx.scene.control.TextField.class);
        double textWidth = fx(() -> {
            Text probe = new Text("Count");
            probe.setFont(name.getFont());
            return probe.getLayoutBounds().getWidth();
        });
        assertTrue(fx(name::getWidth) > textWidth, "the name fields keep room for a few characters too: " + fx(name::getWidth));
    }
}
