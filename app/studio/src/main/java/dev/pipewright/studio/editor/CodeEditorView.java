package dev.pipewright.studio.editor;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.code.CodeView;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * A code-only editor tab: Save, Validate, Undo and Redo over the resource's JSON code view (Apply or Ctrl+Enter sends
 * the text to the model), the validation list and the status line.
 */
public final class CodeEditorView extends BorderPane implements EditorPane {
    private final CodeEditorViewModel viewModel;
    private final CodeView codeView;

    public CodeEditorView(CodeEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("code-editor");
        codeView = new CodeView(viewModel.code());
        ListView<Problem> problems = new ListView<>(viewModel.problems());
        problems.setId("validation-list");
        problems.setPlaceholder(new Label("Validate to see this resource's problems here."));
        problems.setCellFactory(ProblemCell::of);
        problems.setPrefHeight(90);
        SplitPane centre = new SplitPane(codeView, problems);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.82);
        setTop(EditorBars.toolbar(this));
        setCenter(centre);
        setBottom(EditorBars.status(viewModel));
    }

    @Override
    public CodeEditorViewModel model() {
        return viewModel;
    }

    /** Applies the typed text first, so Save and Validate see what is on screen. */
    @Override
    public void save() {
        if (codeView.apply()) viewModel.save();
    }

    @Override
    public void validate() {
        if (codeView.apply()) viewModel.validate();
    }

    public CodeView codeView() {
        return codeView;
    }
}
