package dev.pipewright.studio.hub.arm;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.editor.ProblemCell;
import dev.pipewright.studio.publish.PublishDialog;
import dev.pipewright.studio.publish.PublishViewModel;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Manage › ARM template, as in ADF: Export ARM template (validated, written to a folder) and Edit parameter
 * configuration (the definition file in a code editor: Check, Save, Revert; problems at line and column).
 */
public final class ArmTemplateView extends BorderPane {
    private final ArmTemplateViewModel vm;
    private final CodeArea area = new CodeArea();

    public ArmTemplateView(ArmTemplateViewModel vm) {
        this.vm = vm;
        getStyleClass().add("arm-template-view");
        area.setId("arm-definition");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(vm.textProperty().get());
        vm.textProperty().addListener((obs, old, now) -> {
            if (!area.getText().equals(now)) area.replaceText(now);
        });

        Button export = new Button("Export ARM template…");
        export.setId("arm-export");
        export.setOnAction(e -> PublishDialog.show(getScene() == null ? null : getScene().getWindow(),
                new PublishViewModel(vm.factory(), null, vm.io()), true));
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.factory().getValue() == null, vm.factory()));
        Button check = new Button("Check");
        check.setId("arm-check");
        check.setOnAction(e -> vm.check(area.getText()));
        Button save = new Button("Save parameter configuration");
        save.setId("arm-save");
        save.setOnAction(e -> vm.save(area.getText()));
        Button revert = new Button("Revert");
        revert.setId("arm-revert");
        revert.setOnAction(e -> {
            vm.reload();
            area.replaceText(vm.textProperty().get());
        });
        Label status = new Label();
        status.setId("arm-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label title = new Label("Edit parameter configuration: which properties become template parameters"
                + " (arm-template-parameters-definition.json at the root folder)");
        title.setWrapText(true);

        ListView<Problem> problems = new ListView<>(vm.problems());
        problems.setId("arm-problems");
        problems.setCellFactory(ProblemCell::of);
        problems.setPlaceholder(new Label("Check to see the definition's problems here."));
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), problems);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.8);

        setTop(new VBox(new ToolBar(export), new VBox(4, title, new ToolBar(check, save, revert), status)));
        setCenter(split);
    }

    public CodeArea area() {
        return area;
    }
}
