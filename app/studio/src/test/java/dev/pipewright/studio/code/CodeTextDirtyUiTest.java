package dev.pipewright.studio.code;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.canvas.PipelineEditorView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text typed in a code view is an unsaved change: the tab is dirty, Save applies valid JSON and refuses invalid JSON. */
class CodeTextDirtyUiTest extends AuthorUiBase {
    private static final String PIPELINE = "PL_Daily_Sales_Load";
    private static final String FILE = "pipeline/" + PIPELINE + ".json";

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    private PipelineEditorView openCode() throws Exception {
        openFactory();
        open(ResourceKind.PIPELINE, PIPELINE);
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        fx(() -> {
            editor.showTab("tab-code");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return editor;
    }

    private void type(PipelineEditorView editor, String text) throws Exception {
        fx(() -> {
            editor.codeView().area().replaceText(text);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typedTextMakesTheTabDirtyAndSaveAppliesAndWritesIt(FxRobot robot) throws Exception {
        PipelineEditorView editor = openCode();
        String before = onDisk(FILE);
        assertFalse(fx(() -> editor.model().dirtyProperty().get()));

        // one real keystroke at the end of the text is already work
        robot.clickOn(fx(() -> editor.codeView().area()));
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> editor.model().dirtyProperty().get()));
        assertTrue(fx(() -> editor.model().titleProperty().get()).endsWith(" *"));
        assertTrue(fx(viewModel::hasUnsavedChanges), "closing the tab or the studio asks");

        String edited = fx(() -> editor.codeView().area().getText()).replaceFirst("\"description\": \"[^\"]*\"",
                "\"description\": \"typed in the code view\"");
        type(editor, edited);
        var saved = fx(() -> editor.model().save());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::isDone);
        assertTrue(saved.get().ok(), saved.get().problems() + " " + fx(() -> editor.model().statusProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> editor.model().dirtyProperty().get()), fx(() -> editor.model().statusProperty().get()) + " unapplied="
                + fx(() -> editor.viewModel().code().unappliedProperty().get()) + " modified=" + fx(() -> editor.model().resource().isModified()));
        assertTrue(onDisk(FILE).contains("\"description\": \"typed in the code view\""));
        assertTrue(!onDisk(FILE).equals(before));
    }

    @Test
    void invalidTypedTextIsRefusedAtItsLineAndKeptAsTyped() throws Exception {
        PipelineEditorView editor = openCode();
        String before = onDisk(FILE);
        String broken = fx(() -> editor.codeView().area().getText()).replaceFirst("\"properties\": \\{", "\"properties\": {\n\t\toops,");
        type(editor, broken);
        assertTrue(fx(() -> editor.model().dirtyProperty().get()));

        var saved = fx(() -> editor.model().save());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::isDone);
        assertFalse(saved.get().ok());
        assertEquals(4, saved.get().problems().get(0).line(), "the line of the bad text");
        assertTrue(fx(() -> editor.model().statusProperty().get()).startsWith("Not saved: line 4"), fx(() -> editor.model().statusProperty().get()));
        assertEquals(broken, fx(() -> editor.codeView().area().getText()), "the text stays as typed");
        assertTrue(fx(() -> editor.model().dirtyProperty().get()));
        assertEquals(before, onDisk(FILE), "nothing written");

        var all = fx(() -> viewModel.editors().saveAll());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, all::isDone);
        assertFalse(all.get().ok(), "Save all refuses it too");
        assertEquals(before, onDisk(FILE));

        fx(() -> {
            editor.codeView().lookup("#code-revert");
            ((javafx.scene.control.Button) editor.codeView().lookup("#code-revert")).fire();
            return null;
        });
        assertFalse(fx(() -> editor.model().dirtyProperty().get()), "Revert gives the typed text up");
    }
}
