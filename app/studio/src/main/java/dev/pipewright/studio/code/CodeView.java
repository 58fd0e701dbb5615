package dev.pipewright.studio.code;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON code view (RichTextFX): highlighted, with line numbers. Ctrl+Enter or Apply sends the text to the
 * model; a refusal shows line:column under the editor and the text stays as typed.
 */
public final class CodeView extends BorderPane {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")|(?<NUMBER>-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(?<LITERAL>\\btrue\\b|\\bfalse\\b|\\bnull\\b)");
    private final CodeViewModel viewModel;
    private final CodeArea area = new CodeArea();
    private boolean showing;
    private boolean stale;
    private boolean showingModel;

    public CodeView(CodeViewModel viewModel) {
        this(viewModel, true);
    }

    /** @param showing false when the view starts hidden (a background tab): see {@link #setShowing}. */
    public CodeView(CodeViewModel viewModel, boolean showing) {
        this.viewModel = viewModel;
        this.showing = showing;
        getStyleClass().add("code-view");
        area.setId("code-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.textProperty().addListener((o, a, b) -> {
            area.setStyleSpans(0, highlight(b));
            if (!showingModel) viewModel.typed(b); // typed by the user: the tab is dirty until applied or reverted
        });
        show(viewModel.textProperty().get());
        viewModel.textProperty().addListener((o, a, b) -> show(b));
        viewModel.restoredProperty().addListener((o, a, b) -> {
            if (b != null && !area.getText().equals(b)) area.replaceText(b);
        });
        if (viewModel.unappliedProperty().get() && viewModel.typedText() != null) area.replaceText(viewModel.typedText());
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                apply();
                e.consume();
            }
        });
        Button apply = new Button("Apply");
        apply.setId("code-apply");
        apply.setOnAction(e -> apply());
        Button revert = new Button("Revert");
        revert.setId("code-revert");
        revert.setOnAction(e -> {
            viewModel.reload();
            show(viewModel.textProperty().get());
        });
        Label error = new Label();
        error.setId("code-error");
        error.getStyleClass().add("code-error");
        error.textProperty().bind(viewModel.errorProperty());
        // Under the toolbar, not in it: a toolbar hides what does not fit behind its overflow chevron.
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        setTop(new javafx.scene.layout.VBox(new ToolBar(apply, revert), error));
        setCenter(new VirtualizedScrollPane<>(area));
    }

    /** Sends the typed text to the model. */
    public boolean apply() {
        return viewModel.apply(area.getText());
    }

    public CodeArea area() {
        return area;
    }

    /**
     * Whether the view is on screen. While it is not (its tab is in the background), the model's text is not copied
     * and highlighted on every edit, which costs much on a large resource; it is when the view shows again.
     */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) show(viewModel.textProperty().get());
    }

    private void show(String text) {
        stale = !showing;
        if (showing && !area.getText().equals(text)) {
            showingModel = true;
            try {
                area.replaceText(text);
            } finally {
                showingModel = false;
            }
        }
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("KEY") != null ? "json-key" : m.group("STRING") != null ? "json-string"
                    : m.group("NUMBER") != null ? "json-number" : "json-literal";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
