package dev.pipewright.studio.git;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.merge.JsonMerge;
import dev.pipewright.core.merge.MergeConflict;
import dev.pipewright.core.merge.MergeResult;
import dev.pipewright.core.merge.Resolution;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.git.ConflictVersions;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One conflicted file, resolved per member: the JSON-aware merge of base, ours and theirs lists the members changed
 * two ways; for each, pick ours, theirs or base; the result (ADF's format) shows below and can be edited before it
 * is saved. A file that is not an ADF resource, or not JSON, is edited as text with git's markers.
 */
final class MergePane extends BorderPane {
    private final CodeArea result = new CodeArea();
    private final Label title = new Label();
    private final Label error = new Label();
    private final VBox conflicts = new VBox(10);
    private final Map<String, Resolution> choices = new LinkedHashMap<>();
    private MergeResult merge;
    private ConflictVersions shown;

    /** @param save writes a resolution (path, text) and stages it */
    MergePane(BiConsumer<String, String> save) {
        getStyleClass().add("merge-pane");
        title.getStyleClass().add("hub-title");
        result.setId("merge-result");
        result.setParagraphGraphicFactory(LineNumberFactory.get(result));
        error.setId("merge-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Button saveButton = new Button("Save resolution");
        saveButton.setId("merge-save");
        saveButton.setOnAction(e -> {
            if (shown == null) return;
            String text = result.getText();
            if (merge != null && !merge.fellBackToText()) {
                var parsed = JsonReader.read(text, shown.path());
                if (parsed.hasErrors()) {
                    Problem p = parsed.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
                    error.setText("Not saved: line " + p.line() + ", column " + p.column() + ": " + p.message());
                    return;
                }
                text = AdfJsonWriter.pretty(parsed.root());
            } else if (text.contains("<<<<<<<") || text.contains(">>>>>>>")) {
                error.setText("Not saved: the text still holds conflict markers (<<<<<<< … >>>>>>>)");
                return;
            }
            error.setText("");
            save.accept(shown.path(), text);
        });
        Button ours = side("merge-all-ours", "All ours", Resolution.OURS);
        Button theirs = side("merge-all-theirs", "All theirs", Resolution.THEIRS);
        ScrollPane list = new ScrollPane(conflicts);
        list.setFitToWidth(true);
        conflicts.setPadding(new Insets(8));
        SplitPane split = new SplitPane(list, new VirtualizedScrollPane<>(result));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setTop(new VBox(4, title, new ToolBar(ours, theirs, saveButton), error));
        setCenter(split);
    }

    void show(ConflictVersions versions) {
        shown = versions;
        choices.clear();
        conflicts.getChildren().clear();
        error.setText("");
        merge = versions.ours() == null || versions.theirs() == null ? null : JsonMerge.merge(versions.base(), versions.ours(), versions.theirs());
        if (merge == null || merge.fellBackToText()) {
            title.setText(versions.path() + ": edit the text, remove the markers, then Save resolution");
            result.replaceText(versions.working() != null ? versions.working() : versions.ours() != null ? versions.ours() : versions.theirs());
            return;
        }
        title.setText(versions.path() + ": " + merge.conflicts().size() + (merge.conflicts().size() == 1 ? " member" : " members")
                + " changed two ways; the rest merged");
        int i = 0;
        for (MergeConflict c : merge.conflicts()) {
            choices.put(c.path(), Resolution.OURS);
            conflicts.getChildren().add(row(c, i++));
        }
        preview();
    }

    /** The result with the choices made so far. */
    private void preview() {
        if (merge == null) return;
        MergeResult resolved = merge.resolve(choices);
        result.replaceText(resolved.clean() ? resolved.mergedText() : resolved.textWithMarkers());
    }

    private VBox row(MergeConflict c, int index) {
        Label path = new Label(c.path().isEmpty() ? "the whole file" : c.path());
        path.getStyleClass().add("merge-member");
        ToggleGroup group = new ToggleGroup();
        GridPane sides = new GridPane();
        sides.setHgap(8);
        sides.setVgap(2);
        int r = 0;
        for (var side : new Object[][] {{"Ours", c.ours(), Resolution.OURS}, {"Theirs", c.theirs(), Resolution.THEIRS}, {"Base", c.base(), Resolution.BASE}}) {
            RadioButton pick = new RadioButton((String) side[0]);
            pick.setId("merge-" + index + "-" + ((String) side[0]).toLowerCase(java.util.Locale.ROOT));
            pick.setToggleGroup(group);
            pick.setUserData(side[2]);
            Label value = new Label(shortly((JsonNode) side[1]));
            value.setWrapText(true);
            value.getStyleClass().add("merge-value");
            GridPane.setHgrow(value, Priority.ALWAYS);
            sides.addRow(r++, pick, value);
            if (side[2] == Resolution.OURS) pick.setSelected(true);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) return;
            choices.put(c.path(), (Resolution) now.getUserData());
            preview();
        });
        return new VBox(2, path, sides);
    }

    private Button side(String id, String text, Resolution all) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            for (var row : conflicts.getChildren()) {
                row.lookupAll(".radio-button").forEach(n -> {
                    RadioButton rb = (RadioButton) n;
                    if (rb.getUserData() == all) rb.setSelected(true);
                });
            }
        });
        return b;
    }

    /** A value as one short line: deleted, or its JSON cut at 300 characters. */
    static String shortly(JsonNode value) {
        if (value == null) return "(deleted)";
        String text = AdfJsonWriter.minified(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The path of the conflicted file shown, or null. */
    String shownPath() {
        return shown == null ? null : shown.path();
    }

    CodeArea resultArea() {
        return result;
    }
}
