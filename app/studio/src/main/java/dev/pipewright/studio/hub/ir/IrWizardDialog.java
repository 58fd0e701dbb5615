package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.studio.hub.FormGrid;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.HubStyles;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * ADF's integration runtime setup as one dialog: name (checked while typing), description and the kind's
 * pages. "Create" (or "Apply") checks everything as ADF does; a refused value stays in the dialog with its
 * message and its control marked. Self-hosted IRs show their keys and nodes when edited.
 */
public final class IrWizardDialog extends Dialog<ButtonType> {
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private final IrWizardViewModel vm;
    private final FormGrid common = new FormGrid();
    private AzureIrPane azurePane;
    private SsisIrPane ssisPane;
    private final FormGrid linkedForm = new FormGrid();
    private final ListView<String> problems = new ListView<>();

    public IrWizardDialog(Window owner, IrListViewModel list, IrWizardViewModel vm, HubServices services) {
        this.vm = vm;
        initOwner(owner);
        setResizable(true);
        setTitle(vm.isEditing() ? "Edit integration runtime" : "Integration runtime setup");
        getDialogPane().getStyleClass().add("ir-wizard");
        HubStyles.apply(this, owner);
        getDialogPane().setPrefSize(720, 620);

        String title = vm.isEditing() ? vm.kind.get().label() + " integration runtime" : "New " + vm.kind.get().label() + " integration runtime";
        Label heading = new Label(title);
        heading.setId("ir-wizard-title");
        heading.getStyleClass().add("hub-title");

        TextField name = common.text("Name", vm.name, "ir-name", "name", null);
        name.setDisable(vm.isEditing());
        Label nameMessage = common.note("", null);
        nameMessage.setId("ir-name-message");
        nameMessage.getStyleClass().add("field-message");
        nameMessage.textProperty().bind(vm.nameMessageProperty());
        common.text("Description", vm.description, "ir-description", null, null);

        StackPane body = new StackPane(page(vm.kind.get(), services));
        problems.setId("ir-problems");
        problems.setPrefHeight(90);
        problems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(problems, line -> line);
        problems.visibleProperty().bind(Bindings.isNotEmpty(problems.getItems()));
        problems.managedProperty().bind(problems.visibleProperty());

        BorderPane content = new BorderPane(body);
        content.setTop(new VBox(8, heading, common));
        content.setBottom(problems);
        BorderPane.setMargin(body, new javafx.geometry.Insets(8, 0, 8, 0));
        getDialogPane().setContent(content);

        ButtonType ok = vm.isEditing() ? APPLY : CREATE;
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("ir-ok");
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("ir-cancel");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.writesSecrets() && !services.isUnlocked()) {
                showProblems(List.of("Unlock the local secret store first (Manage › Unlock secret store): passwords and "
                        + "tokens go there, never into the factory files."));
                e.consume();
                return;
            }
            boolean accepted = list.submit(vm);
            showFindings(vm.problems());
            if (!accepted) e.consume();
        });
        // findings change after a check too: a name fixed after Create clears its finding and its mark
        vm.problems().addListener((javafx.collections.ListChangeListener<FieldProblem>) c -> showFindings(vm.problems()));
    }

    private Node page(IntegrationRuntime.Kind kind, HubServices services) {
        switch (kind) {
            case AZURE -> {
                azurePane = new AzureIrPane(vm.azure);
                return azurePane;
            }
            case AZURE_SSIS -> {
                ssisPane = new SsisIrPane(vm);
                return ssisPane;
            }
            case LINKED_SELF_HOSTED -> {
                linkedForm.text("Resource ID", vm.linkedResourceId, "ir-linked-resource-id", dev.pipewright.core.ir.IrFields.LINKED_RESOURCE_ID, null);
                linkedForm.note("Copy the resource ID from the shared IR's Sharing tab in the other factory; this factory's "
                        + "managed identity needs the Contributor role on it (RBAC authorization).", null);
                return linkedForm;
            }
            default -> {
                if (vm.isEditing()) return new SelfHostedNodesPane(vm.runtimes(), vm.name.get(), services);
                FormGrid note = new FormGrid();
                note.note("After creating, open the IR again to see its authentication keys and register this machine's "
                        + "embedded runtime as a node.", null);
                return note;
            }
        }
    }

    private void showFindings(List<FieldProblem> found) {
        showProblems(found.stream().map(p -> p.severity().label() + " " + p.code().code() + " " + p.field() + ": " + p.message()).toList());
        List<String> fields = found.stream().map(FieldProblem::field).toList();
        common.mark(fields);
        if (azurePane != null) azurePane.mark(fields);
        if (ssisPane != null) ssisPane.mark(fields);
        linkedForm.mark(fields);
    }

    private void showProblems(List<String> lines) {
        problems.getItems().setAll(lines);
    }
}
