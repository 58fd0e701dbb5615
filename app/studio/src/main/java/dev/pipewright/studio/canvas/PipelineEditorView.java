package dev.pipewright.studio.canvas;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.code.CodeView;
import dev.pipewright.studio.connect.PreviewSource;
import dev.pipewright.studio.editor.EditorBars;
import dev.pipewright.studio.editor.EditorPane;
import dev.pipewright.studio.editor.ProblemCell;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.properties.PropertiesView;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pipeline editor tab's content: a toolbar with the breadcrumb, the Activities toolbox on the left, the canvas
 * in the middle and the bottom panel (validation output). Actions are public so the window's menu and shortcuts
 * reach them.
 */
public final class PipelineEditorView extends BorderPane implements EditorPane {
    private final PipelineEditorViewModel viewModel;
    private final CanvasView canvas;
    /** Where the canvas is: the pipeline, then each container opened (ControlsFX's BreadCrumbBar). */
    private final org.controlsfx.control.BreadCrumbBar<CanvasViewModel.Crumb> breadcrumb = new org.controlsfx.control.BreadCrumbBar<>();
    private final ListView<Problem> problems = new ListView<>();
    private final TabPane bottom = new TabPane();
    private final CodeView codeView;
    private Consumer<PreviewSource> onPreviewData = source -> { };

    public PipelineEditorView(PipelineEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("pipeline-editor");
        canvas = new CanvasView(viewModel.canvas());
        canvas.setMenuActions(() -> showTab("tab-code"), () -> showTab("tab-general"));
        ToolboxView toolbox = new ToolboxView(viewModel.toolbox(), kind -> viewModel.canvas().addBesideOthers(kind));
        toolbox.setPrefWidth(220);
        toolbox.setMinWidth(140);

        breadcrumb.getStyleClass().add("breadcrumb");
        breadcrumb.setId("breadcrumb");
        setUpBreadcrumb();
        viewModel.canvas().breadcrumb().addListener((ListChangeListener<CanvasViewModel.Crumb>) c -> showBreadcrumb());
        showBreadcrumb();
        // the breadcrumb has a row of its own: the toolbar keeps its buttons in view down to a 1024 px window
        ToolBar bar = new ToolBar(
                EditorBars.button("Save", "editor-save", this::save),
                EditorBars.button("Validate", "editor-validate", this::validate),
                EditorBars.button("Debug", "editor-debug", "Run the pipeline as saved on this machine (the parameters' defaults), as ADF's Debug", this::debug),
                EditorBars.button("Undo", "editor-undo", viewModel::undo),
                EditorBars.button("Redo", "editor-redo", viewModel::redo),
                EditorBars.button("Auto layout", "editor-layout", "Arrange the activities left to right by their dependencies",
                        () -> viewModel.canvas().autoLayout()),
                EditorBars.button("−", "editor-zoom-out", "Zoom out (or the mouse wheel)", canvas::zoomOut),
                EditorBars.button("+", "editor-zoom-in", "Zoom in (or the mouse wheel)", canvas::zoomIn),
                EditorBars.button("100 %", "editor-zoom-reset", "Reset zoom: show the canvas at 100 %", canvas::actualSize),
                EditorBars.button("Fit", "editor-fit", "Zoom to fit: show every activity (Ctrl+0)", canvas::fit));
        bar.getStyleClass().add("editor-toolbar");

        problems.setId("validation-list");
        problems.setItems(viewModel.problems());
        problems.setPlaceholder(new Label("Validate to see this pipeline's problems here."));
        problems.setCellFactory(ProblemCell::of);
        problems.setOnMouseClicked(e -> {
            Problem p = problems.getSelectionModel().getSelectedItem();
            if (p != null) viewModel.reveal(p);
        });
        // a Copy or Lookup source with a query previews the query's result: the activity goes along, as it is now
        PropertiesView properties = new PropertiesView(viewModel.properties(), dataset -> onPreviewData.accept(new PreviewSource(dataset,
                viewModel.properties().form().shownJson(), viewModel.pipeline().json().at("/properties/parameters").deepCopy())));
        codeView = new CodeView(viewModel.code(), false);
        Tab code = tab("Code", "tab-code", codeView);
        Tab validation = tab("Validation", "tab-validation", problems);
        Tab output = viewModel.debug() == null ? null : tab("Output", "tab-output", new dev.pipewright.studio.debug.DebugOutputView(viewModel.debug()));
        Runnable showTabs = () -> {
            Tab selected = bottom.getSelectionModel().getSelectedItem();
            String keep = selected == null ? null : selected.getText();
            List<Tab> all = new ArrayList<>(properties.tabs());
            all.add(code);
            all.add(validation);
            if (output != null) all.add(output);
            bottom.getTabs().setAll(all);
            bottom.getTabs().stream().filter(t -> t.getText().equals(keep)).findFirst()
                    .ifPresentOrElse(t -> bottom.getSelectionModel().select(t), () -> bottom.getSelectionModel().select(0));
        };
        properties.tabs().addListener((ListChangeListener<Tab>) c -> showTabs.run());
        showTabs.run();
        bottom.getStyleClass().add("editor-bottom");
        // the code view follows the model only while its tab is the one shown
        bottom.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                codeView.setShowing(now != null && "tab-code".equals(now.getId())));

        SplitPane centre = new SplitPane(canvas, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(bottom, false);
        SplitPane main = new SplitPane(toolbox, centre);
        dev.pipewright.studio.controls.SidePane.shrinkWith(main, toolbox, 0.2);
        HBox crumbs = new HBox(breadcrumb);
        crumbs.getStyleClass().add("editor-crumbs");
        setTop(new javafx.scene.layout.VBox(crumbs, bar));
        setCenter(main);

        setBottom(EditorBars.status(viewModel));

        canvas.setOnKeyPressed(e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) return; // the in-place rename field
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                canvas.renameSelected();
                e.consume();
            }
        });
    }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }


    private void showBreadcrumb() {
        var crumbs = viewModel.canvas().breadcrumb();
        javafx.scene.control.TreeItem<CanvasViewModel.Crumb> last = null;
        for (CanvasViewModel.Crumb crumb : crumbs) {
            javafx.scene.control.TreeItem<CanvasViewModel.Crumb> item = new javafx.scene.control.TreeItem<>(crumb);
            if (last != null) last.getChildren().add(item);
            last = item;
        }
        breadcrumb.setSelectedCrumb(last);
    }

    /** A crumb's place in the path: 0 for the pipeline. */
    private static int depth(javafx.scene.control.TreeItem<?> item) {
        int depth = 0;
        for (var up = item.getParent(); up != null; up = up.getParent()) depth++;
        return depth;
    }

    /** Each crumb a button ({@code crumb-<depth>}) that goes back to its level; the current one is marked. */
    private void setUpBreadcrumb() {
        breadcrumb.setAutoNavigationEnabled(false);
        breadcrumb.setCrumbFactory(item -> {
            var button = new org.controlsfx.control.BreadCrumbBar.BreadCrumbButton(item.getValue() == null ? "" : item.getValue().label());
            int depth = depth(item);
            button.setId("crumb-" + depth);
            if (item.getChildren().isEmpty()) button.getStyleClass().add("crumb-current");
            return button;
        });
        breadcrumb.setOnCrumbAction(e -> viewModel.canvas().back(depth(e.getSelectedCrumb())));
    }

    public PipelineEditorViewModel viewModel() {
        return viewModel;
    }

    @Override
    public ResourceEditorViewModel model() {
        return viewModel;
    }

    public CanvasView canvas() {
        return canvas;
    }


    /** The JSON code view (bottom panel, Code tab). */
    public CodeView codeView() {
        return codeView;
    }

    /**
     * What the Preview data buttons of Copy source and sink and Lookup do with the dataset and the activity (the data
     * preview panel is wired here by whoever hosts the editor; by default they do nothing).
     */
    public void setOnPreviewData(Consumer<PreviewSource> action) {
        onPreviewData = action == null ? source -> { } : action;
    }

    /**
     * Shows a bottom panel tab by its id: tab-general, the selected activity's tabs (tab-source, tab-sink,
     * tab-mapping, tab-settings …) or the pipeline's (tab-parameters, tab-variables, tab-settings), tab-code,
     * tab-validation.
     */
    public void showTab(String id) {
        bottom.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> bottom.getSelectionModel().select(t));
    }

    /**
     * ADF's Debug: the pipeline as saved (unsaved edits are not run: the status says so), its parameters asked first
     * with their defaults filled in, in the local run engine; the Output tab shows the activity runs.
     */
    public void debug() {
        if (viewModel.debug() == null) return;
        if (viewModel.dirtyProperty().get()) {
            viewModel.showStatus("Debug runs the pipeline as saved: save it first (Ctrl+S) to run your changes");
            return;
        }
        var declared = viewModel.pipeline().properties().path("parameters");
        if (declared.isEmpty()) {
            viewModel.debug().debug(java.util.Map.of());
            showTab("tab-output");
            return;
        }
        // as ADF's Debug: the pipeline's parameters asked first, their defaults filled in
        javafx.scene.control.Dialog<java.util.Map<String, String>> ask = new javafx.scene.control.Dialog<>();
        ask.setTitle("Pipeline run");
        ask.setHeaderText("Debug " + viewModel.pipeline().name() + ": the parameters of this run");
        if (getScene() != null) ask.initOwner(getScene().getWindow());
        ask.getDialogPane().setId("debug-parameters");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        java.util.Map<String, javafx.scene.control.TextField> fields = new java.util.LinkedHashMap<>();
        int row = 0;
        for (var it = declared.fields(); it.hasNext(); ) {
            var p = it.next();
            com.fasterxml.jackson.databind.JsonNode d = p.getValue().get("defaultValue");
            javafx.scene.control.TextField field = new javafx.scene.control.TextField(d == null ? "" : d.isTextual() ? d.asText() : d.toString());
            field.setId("debug-param-" + p.getKey());
            field.setPromptText(d == null ? "required: no default" : "");
            fields.put(p.getKey(), field);
            grid.addRow(row++, new javafx.scene.control.Label(p.getKey()), new javafx.scene.control.Label(p.getValue().path("type").asText("String")), field);
        }
        ask.getDialogPane().setContent(grid);
        ask.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setResultConverter(b -> {
            if (b != javafx.scene.control.ButtonType.OK) return null;
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            fields.forEach((name, field) -> {
                if (!field.getText().isEmpty()) values.put(name, field.getText());
            });
            return values;
        });
        ask.resultProperty().addListener((obs, old, values) -> {
            if (values == null) return;
            viewModel.debug().debug(values);
            showTab("tab-output");
        });
        ask.show();
    }

    @Override
    public void validate() {
        showTab("tab-validation");
        viewModel.validate();
    }

    @Override
    public void delete() {
        canvas.deleteSelection();
    }

    @Override
    public void copy() {
        viewModel.canvas().copySelected().ifPresent(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Override
    public void paste() {
        viewModel.canvas().paste(Clipboard.getSystemClipboard().getString());
    }

    @Override
    public void selectAll() {
        viewModel.canvas().selectAll();
    }

    @Override
    public void fit() {
        canvas.fit();
    }
}
