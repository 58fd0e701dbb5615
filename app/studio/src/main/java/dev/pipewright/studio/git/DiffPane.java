package dev.pipewright.studio.git;

import dev.pipewright.core.merge.LineChanges;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A resource against HEAD, side by side (RichTextFX, read-only): HEAD on the left with the lines a shortest edit
 * removes marked, the working tree on the right with the lines it adds marked. The two sides scroll together.
 */
public final class DiffPane extends SplitPane {
    private final CodeArea before = area("diff-before");
    private final CodeArea after = area("diff-after");
    private final Label beforeTitle = new Label("HEAD");
    private final Label afterTitle = new Label("Working tree");

    public DiffPane() {
        setOrientation(Orientation.HORIZONTAL);
        getStyleClass().add("diff-pane");
        VirtualizedScrollPane<CodeArea> left = new VirtualizedScrollPane<>(before);
        VirtualizedScrollPane<CodeArea> right = new VirtualizedScrollPane<>(after);
        // follow each other's vertical scroll, as a side-by-side diff does
        left.estimatedScrollYProperty().addListener((o, was, now) -> {
            if (Math.abs(right.getEstimatedScrollY() - now.doubleValue()) > 0.5) right.estimatedScrollYProperty().setValue(now);
        });
        right.estimatedScrollYProperty().addListener((o, was, now) -> {
            if (Math.abs(left.getEstimatedScrollY() - now.doubleValue()) > 0.5) left.estimatedScrollYProperty().setValue(now);
        });
        beforeTitle.getStyleClass().add("diff-title");
        afterTitle.getStyleClass().add("diff-title");
        getItems().addAll(titled(beforeTitle, left), titled(afterTitle, right));
    }

    /** Shows {@code headText} (null: not in HEAD) against {@code workingText} (null: deleted). */
    public void show(String headText, String workingText, String beforeLabel, String afterLabel) {
        beforeTitle.setText(beforeLabel);
        afterTitle.setText(afterLabel);
        String a = headText == null ? "" : headText;
        String b = workingText == null ? "" : workingText;
        List<String> aLines = a.isEmpty() ? List.of() : List.of(a.split("\n", -1));
        List<String> bLines = b.isEmpty() ? List.of() : List.of(b.split("\n", -1));
        LineChanges.Marked marked = LineChanges.marked(aLines, bLines);
        set(before, a, aLines, marked.removed(), "diff-removed");
        set(after, b, bLines, marked.added(), "diff-added");
        // open where the change is, with a little context above it
        int first = Math.min(firstOr(marked.removed(), Integer.MAX_VALUE), firstOr(marked.added(), Integer.MAX_VALUE));
        if (first != Integer.MAX_VALUE) {
            int top = Math.max(0, first - 3);
            if (top < before.getParagraphs().size()) before.showParagraphAtTop(top);
            if (top < after.getParagraphs().size()) after.showParagraphAtTop(top);
        }
    }

    private static int firstOr(BitSet lines, int none) {
        int i = lines.nextSetBit(0);
        return i < 0 ? none : i;
    }

    void clear() {
        before.clear();
        after.clear();
    }

    CodeArea beforeArea() {
        return before;
    }

    CodeArea afterArea() {
        return after;
    }

    private static void set(CodeArea area, String text, List<String> lines, BitSet changed, String style) {
        area.replaceText(text);
        if (text.isEmpty()) return;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).length() + (i < lines.size() - 1 ? 1 : 0);
            spans.add(changed.get(i) ? List.of(style) : Collections.emptyList(), length);
        }
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    private static CodeArea area(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        return area;
    }

    private static BorderPane titled(Label title, javafx.scene.Node content) {
        BorderPane pane = new BorderPane(content);
        pane.setTop(new VBox(title));
        return pane;
    }
}
